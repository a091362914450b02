import { ATTENDANCE } from './measure-groups';
import type { Measure } from '../reading/measure';
import { balances } from './leave-answers';
import { cannot, type Question, type Step } from './plan';
import { sideBySide } from './side-by-side';

/** A day's states a person may be counted or listed by. */
const DAY_STATES = new Set<Measure>(['late', 'half_day', 'absent', 'on_leave', 'missing_check_out', 'not_checked_in']);

/** Holidays "left" with no word of leave: the calendar's are meant as often as one's own days. */
const HOLIDAYS_LEFT =
  /^(?!.*\b(?:leave|annual|vacation|allowance|balance|entitlement|days?)\b).*(?<!\b(?:public|bank|national|company) )\bholidays? (?:are |is |have we |do we have |have i )?(?:got )?(?:still )?(?:left|remaining)\b/;
const restOfYear = (today: string) => ({ from: today, to: `${today.slice(0, 4)}-12-31`, label: 'the rest of the year' });

/** The whole organisation named beside a team ("DEV against the company average", "the data team, and organisation-wide too"). */
const COMPANY =
  /\b(?:(?:whole |entire )?(?:company|organi[sz]ation|org)(?:[- ]wide|'s)?(?: average| as a whole| overall)?|everyone else|the rest of the (?:company|organi[sz]ation))\b/;
/** The measures a team has an average of, to set beside one person's. */
const AVERAGED = new Set<Measure>(['attendance_rate', 'attendance', 'score']);
/** A headcount asked in so many words, beside another figure ("how many people … and their average"). */
const HOW_MANY_PEOPLE = /\b(?:how many (?:people|employees|staff|members|ppl|of (?:us|them))|headcount|number of (?:people|employees|staff))\b/;
const RATED = new Set<Measure>(['attendance_rate', 'attendance', 'late', 'half_day', 'absent', 'on_leave', 'missing_check_out', 'hours', 'score']);

/** The whole organisation as the group beside one person. */
const EVERYONE = '*';

/** A team's average asked beside one person's figure ("against the DEV average", "compared with my team's"): that team; null otherwise. */
function teamBeside(q: Question): string | null {
  const { reading } = q;
  const one = q.people.length === 1 || (reading.me && q.people.length === 0);
  if (!one || !(reading.operation === 'compare' || /\b(?:average|avg|mean)\b/.test(reading.said))) return null;
  if (reading.teams.length === 1) return reading.teams[0]!;
  // "Zoe's rate vs the company's", "is Felix above the company average": everyone's, beside hers; "above average"
  // alone is everyone's for the admin, and the person's own team's for a manager, who sees no one else.
  const plainAverage = /\b(?:above|below|over|under|than|vs\.?|versus|against|compared? (?:to|with)) (?:the )?(?:average|avg|mean)\b/.test(reading.said);
  if (reading.teams.length === 0 && (COMPANY.test(reading.said) || (plainAverage && q.context.role !== 'manager'))) return EVERYONE;
  if (reading.teams.length === 0 && plainAverage && q.context.role === 'manager') return q.people.length === 1 ? q.people[0]!.team_id : q.context.team_id;
  // "Her team's", "my team's average", "compared with the team": the person's own team, or the manager's.
  const teamWord = /\b(?:team|department|dept)(?:'s)? (?:average|avg|mean|rate)\b|\b(?:average|avg|mean) (?:of|for|in) (?:the |my |her |his |their )?team\b/;
  const withTeam = reading.operation === 'compare' && /\b(?:the|my|our|her|his|their) (?:team|department|dept)(?:'s\b|\s*$)/.test(reading.said);
  if (reading.teams.length > 0 || !(teamWord.test(reading.said) || withTeam)) return null;
  return q.people.length === 1 ? q.people[0]!.team_id : q.context.team_id;
}

/**
 * A question of several parts ("late or absent", "hires and leavers", "mean and median", "how many people and their
 * average score"): each part answered as if asked alone, side by side; null when the question is one part.
 */
export function severalParts(q: Question, compose: (q: Question) => Step): Step | null {
  const { reading } = q;
  // "My attendance rate and hours in September", "Chris's absences and hours": one person's attendance, which says
  // the hours worked beside it.
  const onePerson = q.people.length === 1 || (reading.me && q.people.length === 0 && q.context.employee_id !== null);
  if (
    onePerson &&
    reading.measures.includes('hours') &&
    reading.measures.some((m) => m !== 'hours' && ATTENDANCE.has(m)) &&
    reading.measures.every((m) => m === 'hours' || ATTENDANCE.has(m))
  )
    return compose({ ...q, reading: { ...reading, measures: reading.measures.filter((m) => m !== 'hours') } });
  // "Who was late or absent yesterday": each day's state answered, side by side, never one of them dropped.
  // "How many present, how many late": present is one of the states once another is asked beside it.
  const asked = reading.measures.filter((m) => DAY_STATES.has(m));
  const states = asked.length > 0 ? reading.measures.filter((m) => DAY_STATES.has(m) || m === 'present') : asked;
  if (
    states.length > 1 &&
    /\b(?:or|and)\b|[,&/]/.test(reading.said) &&
    q.people.length === 0 &&
    !reading.me &&
    reading.statistic === null &&
    (reading.operation === 'list' || reading.operation === 'count' || reading.operation === 'lookup')
  )
    return sideBySide(states.map((m) => compose({ ...q, reading: { ...reading, measures: [m] } })));
  // "How does DEV compare with the company": the team's figure beside everyone's, never the team's alone ("DEV's Q3
  // average against the company's": a quarter's average is of scores).
  const rated = reading.measures.length > 0 ? reading.measures : reading.quarters.length > 0 && reading.statistic === 'mean' ? ['score' as const] : [];
  if (
    reading.teams.length === 1 &&
    COMPANY.test(reading.said) &&
    q.people.length === 0 &&
    !reading.me &&
    rated.length > 0 &&
    rated.every((m) => RATED.has(m))
  ) {
    // Each side is one figure: the team's, then everyone's (not a table of teams).
    const each = { ...reading, said: reading.said.replace(COMPANY, ' '), operation: reading.operation === 'compare' ? ('lookup' as const) : reading.operation };
    return sideBySide([compose({ ...q, reading: each }), compose({ ...q, reading: { ...each, teams: [] } })]);
  }
  // "Pablo's attendance rate against the DAT average", "Lukas's Q3 score vs his team's": the person's figure beside the team's.
  const team = teamBeside(q);
  if (team === EVERYONE && q.context.role === 'employee')
    return cannot(
      reading.measures[0] ?? 'score',
      "I can't set your figure beside an average: the company's and the teams' figures are outside what you can see, and you can see your own figures only.",
    );
  if (team !== null) {
    // "Per person" is how a team's average is asked, not another figure.
    const measures = reading.measures.filter((m) => m !== 'headcount');
    if (measures.length === 0 && reading.quarters.length > 0) measures.push('score');
    if (measures.length === 0 || !measures.every((m) => AVERAGED.has(m)))
      return cannot(
        measures[0] ?? 'unknown',
        `I give a team's average beside one person's figure for attendance rates and scores; for ${measures.map((m) => m.replace(/_/g, ' ')).join(' and ') || 'this'} I give the team's total, not an average per person: ask for each separately.`,
      );
    const each = { ...reading, measures, operation: 'lookup' as const, perPerson: false, unit: null };
    const { position: _position, ...others } = reading.filters;
    return sideBySide([
      compose({ ...q, reading: { ...each, teams: [], filters: others, statistic: null, said: reading.said.replace(/\b(?:average|avg|mean)\b/g, ' ') } }),
      compose({
        ...q,
        people: [],
        // The team's side is its average alone, not who of the team is above it.
        reading: {
          ...each,
          me: false,
          teams: team === EVERYONE ? [] : [team],
          scope: team === EVERYONE ? 'organisation' : reading.scope,
          statistic: measures.includes('score') ? 'mean' : reading.statistic,
          said: reading.said.replace(/\b(?:above|over|below|under)\b/g, ' '),
        },
      }),
    ]);
  }
  // "How many people in my team and what's their avg score for Q3": the headcount now, then the figure asked of them.
  const figures = reading.measures.filter((m) => m !== 'headcount' && m !== 'profile');
  if (
    reading.measures.includes('headcount') &&
    HOW_MANY_PEOPLE.test(reading.said) &&
    /\band\b|\bheadcount\s*[,&]/.test(reading.said) &&
    (reading.statistic === null || reading.statistic === 'mean') &&
    figures.length > 0 &&
    figures.every((m) => AVERAGED.has(m)) &&
    q.people.length === 0 &&
    !reading.me
  )
    return sideBySide([
      compose({ ...q, reading: { ...reading, measures: ['headcount'], quarters: [], range: null, statistic: null, operation: 'count' } }),
      compose({ ...q, reading: { ...reading, measures: figures, operation: 'lookup' } }),
    ]);
  // "How many late arrivals this month, and who had the most?": the count, then the ranking, never one for both.
  const [one] = reading.measures;
  if (one !== undefined && reading.measures.length === 1 && DAY_STATES.has(one) && reading.operation === 'rank' && /\bhow many\b.*\band\b/.test(reading.said))
    return sideBySide([
      compose({ ...q, reading: { ...reading, operation: 'count', order: null, limit: null, unit: null, said: reading.said.replace(/\band\b.*$/, '') } }),
      compose({ ...q, reading: { ...reading, said: reading.said.replace(/^.*?\band\b/, '') } }),
    ]);
  // "Who in DEV or QA was late 5 or more times": each team's people, side by side.
  if (
    reading.teams.length > 1 &&
    reading.unit === 'person' &&
    q.people.length === 0 &&
    !reading.me &&
    (reading.operation === 'threshold' || reading.operation === 'list') &&
    reading.measures.length === 1 &&
    DAY_STATES.has(reading.measures[0]!)
  )
    return sideBySide(reading.teams.map((team) => compose({ ...q, reading: { ...reading, teams: [team] } })));
  // "Mid-level attendance rate in DAT vs SEC": each team's people of that level, side by side.
  if (
    reading.filters.position !== undefined &&
    reading.filters.position_also === undefined &&
    reading.teams.length > 1 &&
    q.people.length === 0 &&
    reading.measures.some((m) => RATED.has(m) && m !== 'score') &&
    reading.measures.every((m) => (RATED.has(m) && m !== 'score') || m === 'position')
  )
    return sideBySide(reading.teams.map((team) => compose({ ...q, reading: { ...reading, teams: [team], operation: 'lookup' } })));
  // "My annual leave: taken vs pending", "how many days are pending and how many are left": the days taken or left,
  // and the requests in that state, side by side.
  const leaveFigure = reading.measures.find((m) => m === 'leave_taken' || m === 'leave_balance');
  const { request_status: state, ...others } = reading.filters;
  // (Leave taken is the approved leave: "had leave approved" asks one thing.)
  if (leaveFigure !== undefined && state !== undefined && !(state === 'approved' && leaveFigure === 'leave_taken') && q.people.length <= 1)
    return sideBySide([
      compose({ ...q, reading: { ...reading, measures: [leaveFigure], filters: others, operation: 'lookup' } }),
      compose({ ...q, reading: { ...reading, measures: ['leave_requests'], operation: 'list' } }),
    ]);
  // "Sick leave this year", "unpaid days in 2025 for Daniel": a kind of leave over a year, with no word of taking,
  // is what was taken and what is left, side by side.
  const range = reading.range;
  const aYear = range !== null && range.from.endsWith('-01-01') && range.from.slice(0, 4) === range.to.slice(0, 4);
  if (
    aYear &&
    reading.measures.length === 1 &&
    reading.measures[0] === 'leave_taken' &&
    reading.filters.leave_type !== undefined &&
    !/\b(?:taken|used|took|take|taking|had|off)\b/.test(reading.said) &&
    q.people.length <= 1 &&
    // A level is no filter of balances: the question goes on to be refused naming it.
    reading.filters.position === undefined
  )
    return sideBySide([balances(q, 'leave_taken'), balances(q, 'leave_balance')]);
  // "Hires and leavers", "mean and median": each answered, side by side.
  if (reading.measures.includes('hires') && reading.measures.includes('leavers') && q.people.length === 0)
    return sideBySide([compose({ ...q, reading: { ...reading, measures: ['hires'] } }), compose({ ...q, reading: { ...reading, measures: ['leavers'] } })]);
  // "How many people on my team and their avg score last quarter": the headcount (of today) beside the scores.
  const countAndScore =
    (reading.measures.includes('headcount') || reading.filters.position !== undefined) &&
    (reading.measures.includes('score') || (reading.statistic !== null && ['mean', 'median', 'min', 'max'].includes(reading.statistic))) &&
    /\bhow many (?:people|employees|staff|ppl|members|folks|juniors|mids|seniors|leads|managers|(?:are|is) there)\b.*\band (?:what (?:was|is|were) )?(?:their|the|its)\b/.test(
      reading.said,
    );
  if (countAndScore && q.people.length === 0)
    return sideBySide([
      compose({ ...q, reading: { ...reading, measures: ['headcount'], statistic: null, quarters: [], range: null, operation: 'count' } }),
      compose({ ...q, reading: { ...reading, measures: ['score'], said: reading.said.replace(/\bhow many\b/g, ' ') } }),
    ]);
  // "Holidays left this year" may be the calendar's holidays still to come or one's annual leave: both, side by side.
  // ("Left" is no leaver there.)
  if (
    HOLIDAYS_LEFT.test(reading.said) &&
    reading.measures[0] === 'leave_balance' &&
    reading.measures.every((m) => m === 'leave_balance' || m === 'leavers' || m === 'holidays') &&
    q.people.length === 0
  ) {
    const balance = { ...reading, measures: ['leave_balance' as const] };
    return sideBySide([
      compose({ ...q, reading: { ...balance, measures: ['holidays'], range: restOfYear(q.context.today), operation: 'list' } }),
      balances({ ...q, reading: balance }, 'leave_balance'),
    ]);
  }
  if (reading.alsoStatistic !== null)
    return sideBySide([
      compose({ ...q, reading: { ...reading, alsoStatistic: null } }),
      compose({ ...q, reading: { ...reading, statistic: reading.alsoStatistic, alsoStatistic: null } }),
    ]);
  return null;
}
