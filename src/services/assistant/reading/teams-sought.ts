/** Teams sought as such, by a line or an order: "which teams were under 90%", "any departments with more than 10 people". */
export const TEAMS_SOUGHT = /\b(?:which|what|any) (?:teams|departments|depts)\b|\bteams (?:with|that|where|whose)\b/;

/** The same, where one team is asked for too: "which team averaged over 76". */
export const TEAM_OR_TEAMS_SOUGHT = /\b(?:which|what|any) (?:teams?|departments?|depts?)\b|\bteams (?:with|that|where|whose)\b/;
