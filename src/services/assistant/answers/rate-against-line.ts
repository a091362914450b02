import type { DateRange } from '../time-expression.parser';
import { meets } from '../reading/operation';
import { everyoneSeen, percent, RATE_SAID, when } from './format';
import type { Question, Step } from './plan';

/** Teams asked for as such: "which teams were above 95%" lists them; "was company attendance above 95%" does not. */
const TEAMS_ASKED = /\b(?:any|which|what|each|every|all) (?:teams?|departments?|depts?)\b|\bteams\b|\b(?:who|any(?:one|body)|people|some(?:one|body))\b/;

/**
 * "Was company attendance for 1–14 November above 96%", "was DEV's rate over 95% in October": one rate, the
 * company's or the team's, against the line — yes or no first, then the rate; never the teams that pass.
 */
export function rateAgainstLine(q: Question, range: DateRange, to: string): Step | null {
  const t = q.reading.threshold;
  const teams = q.reading.teams;
  if (!q.reading.yesNo || t === null || !t.percent || q.reading.absenceRate || teams.length > 1 || TEAMS_ASKED.test(q.reading.said)) return null;
  return {
    intent: 'attendance_summary',
    measure: 'attendance_rate',
    operation: 'threshold',
    period: { from: range.from, to },
    calls: [{ name: 'attendance_rate', input: { from: range.from, to, ...(teams.length === 1 && { team_id: teams[0] }) } }],
    phrase: ([r]) => {
      const rate = (r as { totals: { average_rate: number | null } }).totals.average_rate;
      const where = teams.length === 1 ? `team ${teams[0]}` : everyoneSeen(q.context.role);
      const span = when({ ...range, to });
      if (rate === null) return `There is no attendance rate for ${where} ${span}: no one was expected at work then, so it is neither.`;
      return `${meets(rate, t.comparison, t.value) ? 'Yes' : 'No'}: the attendance rate for ${where} ${span} was ${percent(rate)} (asked: ${RATE_SAID[t.comparison]} ${percent(t.value)}).`;
    },
  };
}
