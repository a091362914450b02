import { inTheFuture, names, plural, when } from './format';
import type { DateRange } from '../time-expression.parser';
import { cannot, isPlan, type Question, type Step } from './plan';
import { MEASURE_STATUS, STATUS_TOTAL, STATUS_WORD } from './status-words';
import { teamCounts, type TeamCountStatus } from './team-counts';
import { leavingOut } from './unapplied';

/** The day's states whose people attendance_by_person lists, by measure. */
const STATES: Record<string, TeamCountStatus | undefined> = MEASURE_STATUS;

interface Brief {
  employee_id: string;
  name: string;
  hire_date: string;
  end_date: string | null;
}

/**
 * "Who in DEV was not late in October", "which security staff had no absences": the people of the group employed
 * through the whole period (hired by its first day, not gone before its last) that attendance_by_person does not
 * list for that state, so a person with no day of it. Anything else denied is refused naming the words.
 */
export function neverAmong(q: Question, measure: string, phrase: string): Step {
  const { reading } = q;
  const state = STATES[measure];
  const asked = reading.operation === 'list' || reading.operation === 'lookup' || reading.operation === 'count';
  const ofTeams = reading.unit === 'team' || reading.perTeam || reading.teamsRanked;
  if (state === undefined || !asked || reading.yesNo || q.people.length > 0 || reading.me || reading.teams.length > 1 || reading.filters.job_title)
    return leavingOut(phrase);
  const today = q.context.today;
  const range = reading.range;
  if (range === null) return cannot(measure, `tell me the period, for example "who was not ${STATUS_WORD[state]} in October".`);
  // Leave is booked ahead; any other day ahead is no one's yet.
  if (range.from > today && state !== 'on_leave') return cannot(measure, inTheFuture(range.label, today, `who will not be ${STATUS_WORD[state]}`));
  // Days not yet ended are no one's yet, except leave, which is booked ahead.
  const to = range.to > today && state !== 'on_leave' ? today : range.to;
  // "Which teams had no absences yesterday": the teams whose count is nought, from the same summary as each team's count.
  if (ofTeams) return teamsWithout(q, state, { ...range, to });
  const scope = { ...(reading.teams[0] && { team_id: reading.teams[0] }), ...(reading.filters.position && { position: reading.filters.position }) };
  const where = `${reading.filters.position ? ` (${reading.filters.position})` : ''}${reading.teams[0] ? ` in ${reading.teams[0]}` : ''}`;
  return {
    intent: 'attendance_by_person',
    measure,
    operation: reading.operation,
    period: { from: range.from, to },
    calls: [
      { name: 'employment_dates', input: { ...scope, status: 'any' } },
      { name: 'attendance_by_person', input: { from: range.from, to, status: state, ...scope } },
    ],
    phrase: ([e, a]) => {
      const employed = (e as { people: Brief[] }).people.filter((p) => p.hire_date <= range.from && (p.end_date === null || p.end_date >= to));
      const had = new Set((a as { people: { employee_id: string; days: number }[] }).people.filter((p) => p.days > 0).map((p) => p.employee_id));
      const none = employed.filter((p) => !had.has(p.employee_id));
      const span = when({ ...range, to });
      const of = `of the ${plural(employed.length, 'person', 'people')} employed throughout`;
      if (none.length === 0) return `Nobody${where} went without a day ${STATUS_WORD[state]} ${span}, ${of}: none.`;
      return `${plural(none.length, 'person', 'people')}${where} ${range.from > today ? 'have' : 'had'} no day ${STATUS_WORD[state]} ${span}, ${of}: ${names(none)}.`;
    },
  };
}

function teamsWithout(q: Question, state: TeamCountStatus, range: DateRange): Step {
  const counts = teamCounts(q, state, range);
  if (!isPlan(counts)) return counts;
  return {
    ...counts,
    phrase: ([r]) => {
      const teams = (r as { teams: { team_id: string; totals: Record<string, number> }[] }).teams;
      const none = teams.filter((t) => (t.totals[STATUS_TOTAL[state]] ?? 0) === 0).map((t) => t.team_id);
      const span = when(range);
      return none.length === 0
        ? `Every team you can see had a day ${STATUS_WORD[state]} ${span}: none without.`
        : `${plural(none.length, 'team')} had no day ${STATUS_WORD[state]} ${span}: ${none.join(', ')} (of ${teams.length}).`;
    },
  };
}
