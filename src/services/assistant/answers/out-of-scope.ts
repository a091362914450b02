import type { Measure } from '../reading/measure';
import { TEAMS_SOUGHT } from '../reading/teams-sought';
import { cannot, type Question, type Step } from './plan';

/** The measure a question is about: generic words ("people", "who is") give way to a specific one. */
export function primary(measures: Measure[]): Measure | null {
  const specific = measures.filter((m) => m !== 'headcount' && m !== 'profile' && m !== 'team');
  return specific[0] ?? measures.find((m) => m === 'team') ?? measures[0] ?? null;
}

/** The whole organisation named as the subject ("the company", "all teams"); "company holidays" are the calendar's. */
const ORGANISATION_WIDE =
  /\b(?:(?:the|whole|entire|our|all) (?:company|organi[sz]ation|org|business)(?:'s)?|company[- ]wide|org(?:ani[sz]ation)?[- ]wide|all (?:the )?(?:teams|departments)|every (?:team|department)|across (?:all )?(?:the )?(?:teams|departments|company|organi[sz]ation)|other teams|(?:total )?company(?= (?:attendance|rates?|headcount|hc|average|avg|mean|scores?|figures?|totals?|stats|numbers|hours|hrs|lates?|late arrivals|absences|leave|check-?outs)))\b/;

/** The employer, from an employee: "how many people work here", "do we have". */
const EMPLOYER =
  /\b(?:our (?:total |whole |overall )?(?:headcount|hc|head count|staff|people|employees|numbers|figures|average|avg|mean|attendance|absences)|(?:work|working|employed) (?:here|at (?:the|this|our) (?:company|firm|place))|in (?:the|this) company|do we (?:have|employ)|(?:did|have) we hired?|we have|we employ|(?:everyone|everybody|anyone|anybody) else(?:'s)?|everyone'?s|everybody'?s|(?:for|of|about) (?:everyone|everybody)|all (?:the )?(?:employees|staff|people)(?:'s)?)/;
/** What an employee said of the employer: "everyone's" and "all employees" as said, "work here" as the whole company. */
function employer(said: string): string | undefined {
  const asked = EMPLOYER.exec(said)?.[0];
  if (asked === undefined) return undefined;
  return /^(?:work|working|employed|in |do we|did we|have we|we |our )/.test(asked)
    ? 'the whole company'
    : asked.replace(/^(?:for|of|about) /, '').replace(/'s$/, "'s figures");
}

/** A team's figure, not one's own ("the team average", "my team's rate"). */
const TEAM_FIGURE = /\b(?:the|our|my) (?:team|department|dept)(?:'s)?(?! (?:holiday|day|offsite))\b/;

/**
 * A team the caller may not read is named back, never answered as empty ("0
 * employees in AI" would be a wrong figure): a manager reads their own team,
 * an employee no team's figures, their own records only. The calendar is everyone's.
 */
export function teamOutOfScope(q: Question): Step | null {
  const { role, team_id } = q.context;
  // The work calendar is everyone's: a team's holidays and working days are no one's records.
  const calendar = q.reading.measures.some((m) => m === 'holidays' || m === 'working_days');
  if (role === 'admin' || calendar || q.reading.holidayName !== null) return null;
  // An employee reads their own records only: even their own team's figures would be theirs alone, a wrong team figure.
  const sees = role === 'manager' ? `your own team's${team_id ? ` (${team_id})` : ''}` : 'your own';
  // "The company's attendance rate" from a manager: the whole organisation, which their team's figure would not answer.
  const wide = ORGANISATION_WIDE.exec(q.reading.said)?.[0] ?? (role === 'employee' ? employer(q.reading.said) : undefined);
  const measure = primary(q.reading.measures) ?? 'unknown';
  if (wide !== undefined && q.people.length === 0)
    return cannot(measure, `you asked about ${wide}, and the other teams are outside what you can see: you can see ${sees} figures only.`);
  // "Headcount by team", "which team has the best attendance", "which teams have more than 10 people": the other
  // teams' figures would be answered as empty, and their own team alone as if it were the only one past the line.
  const teamsAgainstLine = q.reading.threshold !== null && TEAMS_SOUGHT.test(q.reading.said);
  if ((q.reading.perTeam || q.reading.teamsRanked || teamsAgainstLine) && q.people.length === 0)
    return cannot(measure, `you asked team by team, and the other teams are outside what you can see: you can see ${sees} figures only.`);
  const outside = q.context.teams.filter((team) => q.reading.teams.includes(team.team_id) && (role === 'employee' || team.team_id !== team_id));
  if (outside.length > 0) {
    const named = outside.map((team) => (team.team_name.toLowerCase() === team.team_id.toLowerCase() ? team.team_id : `${team.team_name} (${team.team_id})`));
    return cannot(
      measure,
      `the ${outside.length === 1 ? 'team' : 'teams'} ${named.join(' and ')} ${outside.length === 1 ? 'is' : 'are'} outside what you can see: you can see ${sees} figures only.`,
    );
  }
  // "How does my score compare to the team average": a team's figure is others' records. ("Who was late", from an
  // employee, is answered within their scope, as API.md has it: themselves.)
  const team = role === 'employee' && q.people.length === 0 ? TEAM_FIGURE.exec(q.reading.said)?.[0] : undefined;
  if (team !== undefined)
    return cannot(measure, `you asked about ${team}${team_id ? ` (your team, ${team_id})` : ''}, and you can see your own figures only, not your team's.`);
  // "The seniors' average score", from an employee: a level's figure is others' records, which their own would not answer.
  const level = q.reading.filters.position;
  if (role === 'employee' && level !== undefined && !q.reading.me && q.people.length === 0)
    return cannot(measure, `you asked about the ${level.toLowerCase()}s, and the others are outside what you can see: you can see your own figures only.`);
  // "Show me the top 5 performers", from an employee: a ranking of others, which their own figure would not answer.
  if (role === 'employee' && q.reading.operation === 'rank' && !q.reading.me && q.people.length === 0 && measure !== 'leave_balance')
    return cannot(measure, 'you asked for a ranking of people, and the others are outside what you can see: you can see your own figures only.');
  return null;
}
