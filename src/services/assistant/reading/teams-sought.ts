/** "Which teams …", "any departments with …"; with `one`, "which team …" too. */
const sought = (one: boolean) => {
  const plural = one ? 's?' : 's';
  return new RegExp(String.raw`\b(?:which|what|any) (?:team${plural}|department${plural}|dept${plural})\b|\bteams (?:with|that|where|whose)\b`);
};

/** Teams sought as such, by a line or an order: "which teams were under 90%", "any departments with more than 10 people". */
export const TEAMS_SOUGHT = sought(false);

/** The same, where one team is asked for too: "which team averaged over 76". */
export const TEAM_OR_TEAMS_SOUGHT = sought(true);
