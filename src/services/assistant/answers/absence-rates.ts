import { meets } from '../reading/operation';
import { lastMonth } from './default-periods';
import { absence, COMPARED, everyoneSeen, inTheFuture, percent, plural, RATE_SAID, when } from './format';
import { cannot, type Question, type Step } from './plan';
import { TEAMS_SOUGHT } from '../reading/teams-sought';

interface Totals {
  expected: number;
  absent: number;
  average_rate: number | null;
}
interface RangeData {
  to: string;
  totals: Totals;
  teams: { team_id: string; totals: Totals }[];
}

const MEASURE = 'absence_rate';

const said = (t: Totals) => (t.average_rate === null ? 'no rate (no one expected)' : percent(absence(t.average_rate)));

/**
 * "Absence rate in DEV last month", "which team has the highest absence rate": the attendance rate's complement,
 * over the same days the work calendar expects, for a team, the teams the caller sees, or each of them.
 * One person's is given beside their attendance; other shapes (per person, by position, as a series) are named back.
 */
export function absenceRates(q: Question): Step {
  const { reading } = q;
  const unsupported =
    reading.filters.position !== undefined || reading.filters.job_title !== undefined
      ? 'by position'
      : // "Which team had the highest absence rate": the team is what is ranked, not another figure ("staff" is who, not one).
        reading.measures.some((m) => m !== 'attendance_rate' && m !== 'team' && m !== 'headcount')
        ? 'beside other figures in one question'
        : reading.perPerson || reading.unit === 'person' || q.people.length > 1
          ? 'person by person'
          : reading.operation === 'trend' || reading.ends !== null || reading.otherPeriod !== null
            ? 'over several periods'
            : null;
  if (unsupported !== null)
    return cannot(MEASURE, `I give the absence rate of a team, of each team you can see, or of one person, over one period; not ${unsupported}.`);
  const today = q.context.today;
  const range = reading.range ?? lastMonth(today);
  if (range.from > today) return cannot(MEASURE, inTheFuture(range.label, today));
  const to = range.to > today ? today : range.to;
  const teams = reading.teams;
  return {
    intent: 'attendance_summary',
    measure: MEASURE,
    operation: reading.operation,
    period: { from: range.from, to },
    calls: [{ name: 'attendance_rate', input: { from: range.from, to, ...(teams.length === 1 && { team_id: teams[0] }) } }],
    phrase: ([r]) => {
      const d = r as RangeData;
      const span = when({ ...range, to });
      const shown = teams.length > 1 ? d.teams.filter((t) => teams.includes(t.team_id)) : d.teams;
      const t = reading.threshold;
      const where = teams.length === 1 ? `team ${teams[0]}` : everyoneSeen(q.context.role);
      // "Did my team's absence rate go over 10%": one rate against the line, yes or no first.
      if (t !== null && t.percent && reading.yesNo && teams.length <= 1 && !TEAMS_SOUGHT.test(reading.said) && d.totals.average_rate !== null) {
        const rate = absence(d.totals.average_rate)!;
        return `${meets(rate, t.comparison, t.value) ? 'Yes' : 'No'}: the absence rate for ${where} ${span} was ${percent(rate)} (asked: ${RATE_SAID[t.comparison]} ${percent(t.value)}).`;
      }
      if (reading.operation === 'threshold' && t !== null && t.percent) {
        const hit = shown.filter((x) => x.totals.average_rate !== null && meets(absence(x.totals.average_rate)!, t.comparison, t.value));
        return hit.length === 0
          ? `No team had an absence rate ${COMPARED[t.comparison]} ${percent(t.value)} ${span}; by team: ${shown.map((x) => `${x.team_id} ${said(x.totals)}`).join(', ')}.`
          : `Teams with an absence rate ${COMPARED[t.comparison]} ${percent(t.value)} ${span}: ${hit.map((x) => `${x.team_id} (${said(x.totals)})`).join(', ')}.`;
      }
      if (teams.length > 1 || reading.operation === 'compare' || reading.operation === 'rank' || reading.perTeam || reading.unit === 'team') {
        // "Worst", "highest", "top": the most absent first; "best", "lowest": the least.
        const mostFirst = !/\b(?:best|lowest|least|fewest|bottom|smallest|strongest)\b/.test(reading.said);
        const sorted = [...shown].sort(
          (a, b) => (absence(b.totals.average_rate) ?? -1) - (absence(a.totals.average_rate) ?? -1) || a.team_id.localeCompare(b.team_id),
        );
        if (!mostFirst) sorted.reverse();
        if (reading.operation !== 'rank') return `Absence rate ${span} by team: ${sorted.map((x) => `${x.team_id} ${said(x.totals)}`).join(', ')}.`;
        const few = reading.limit === null ? sorted : sorted.slice(0, reading.limit);
        return `${mostFirst ? 'Highest' : 'Lowest'} absence rate ${span}: ${few.map((x) => `${x.team_id} ${said(x.totals)}`).join(', ')}.`;
      }
      if (d.totals.expected === 0 || d.totals.average_rate === null)
        return `There is no absence rate for ${where} ${span}: no one was expected at work then (no working day, or before anyone's records begin).`;
      return `Absence rate for ${where} ${span}: ${said(d.totals)} (attendance rate ${percent(d.totals.average_rate)} over ${plural(d.totals.expected, 'expected day')}; ${plural(d.totals.absent, 'day')} absent).`;
    },
  };
}
