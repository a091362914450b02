import { daysBetween } from '../../../core/work-calendar/dates';
import { meets } from '../reading/operation';
import { lastWeek } from './default-periods';
import { hoursByTeam } from './hours-by-team';
import { COMPARED, inTheFuture, listed, plural, round2, sentence, when } from './format';
import { cannot, type Question, type Step } from './plan';

interface PersonHours {
  employee_id: string;
  name: string;
  hours: number;
}

/** Whose hours: a position, a team, or everyone in scope. */
function group(q: Question): string {
  const position = q.reading.filters.position;
  const team = q.reading.teams[0];
  if (position) return `the ${position.toLowerCase()}s${team ? ` in ${team}` : ''}`;
  return team ? `team ${team}` : 'the people you can see';
}

/**
 * People by their hours ("who worked more than 40 hours", "the 3 who worked
 * most", "who worked fewer than 30 hours"), through hours_worked. Below a
 * line or the fewest, someone expected at work with no record counts with 0.
 */
function hoursByPerson(q: Question): Step {
  const range = q.reading.range ?? lastWeek(q.context.today);
  const { threshold, order, limit } = q.reading;
  const team = q.reading.teams[0];
  const position = q.reading.filters.position;
  if (threshold?.percent) return cannot('hours', 'I compare hours with a number of hours, not a percentage.');
  const below = threshold ? !['more', 'at_least'].includes(threshold.comparison) : order === 'bottom';
  const top = threshold ? undefined : (limit ?? 1);
  return {
    intent: 'hours',
    measure: 'hours',
    period: range,
    calls: [
      {
        name: 'hours_worked',
        input: {
          from: range.from,
          to: range.to,
          ...(team && { team_id: team }),
          ...(position && { position }),
          ...(threshold ? { [below ? 'max_hours' : 'min_hours']: threshold.value } : below ? { max_hours: 10_000, limit: top } : { limit: top }),
        },
      },
    ],
    phrase: ([r]) => {
      const found = (r as { people: PersonHours[] }).people.filter((p) => !threshold || meets(p.hours, threshold.comparison, threshold.value));
      const span = when(range);
      const line = (p: PersonHours) => `${p.name} (${p.employee_id}) ${p.hours} hours`;
      const where = `${position ? ` (${position})` : ''}${team ? ` in ${team}` : ''}`;
      if (threshold) {
        const bound = `${COMPARED[threshold.comparison]} ${plural(threshold.value, 'hour')}`;
        if (found.length === 0) return `Nobody you can see${where} worked ${bound} ${span}.`;
        return `${plural(found.length, 'person', 'people')}${where} worked ${bound} ${span}: ${listed(found, line)}.`;
      }
      if (found.length === 0) return `Nobody you can see${where} has hours recorded ${span}.`;
      return `${below ? 'Fewest' : 'Most'} hours${where} ${span}: ${listed(found, line)}.`;
    },
  };
}

/** "Were SEC's total hours over 300", "did DEV work more than 2000 hours": the group's total held against the line, not each person's. */
const PEOPLE_PAST_A_LINE = /\b(?:who|any(?:one|body)|some(?:one|body)|people|persons|employees|staff|members|each|every(?:one|body)|no(?:one|body)|ppl)\b/;
function totalAgainstLine(q: Question): boolean {
  const { threshold, yesNo, said, teams } = q.reading;
  if (threshold === null || threshold.percent || !yesNo || q.people.length > 0 || q.reading.me || PEOPLE_PAST_A_LINE.test(said)) return false;
  // "Were our hours last week above 400": more than anyone works in the period (12 hours a day) can only be a total.
  const range = q.reading.range;
  const beyondOne = range !== null && threshold.value > 12 * daysBetween(range.from, range.to);
  return /\b(?:total|in total|altogether|combined|in all|between them)\b/.test(said) || teams.length === 1 || beyondOne;
}

function totalHoursAgainstLine(q: Question, range: { from: string; to: string; label: string }): Step {
  const t = q.reading.threshold!;
  const team = q.reading.teams[0];
  const position = q.reading.filters.position;
  return {
    intent: 'hours',
    measure: 'hours',
    operation: 'threshold',
    period: range,
    calls: [{ name: 'hours_worked', input: { from: range.from, to: range.to, ...(team && { team_id: team }), ...(position && { position }) } }],
    phrase: ([r]) => {
      const total = (r as { total_hours: number }).total_hours;
      return `${meets(total, t.comparison, t.value) ? 'Yes' : 'No'}: ${group(q)} worked ${total} hours in all ${when(range)} (asked: ${COMPARED[t.comparison]} ${plural(t.value, 'hour')}).`;
    },
  };
}

/** Hours worked: a team's or everyone's total, or people picked by their hours. */
export function hours(q: Question): Step {
  const range = q.reading.range ?? lastWeek(q.context.today);
  if (range.from > q.context.today) return cannot('hours', inTheFuture(range.label, q.context.today, 'hours'));
  const { operation, unit, perTeam } = q.reading;
  if (q.reading.teams.length > 1 || perTeam || (unit === 'team' && (operation === 'rank' || operation === 'compare'))) return hoursByTeam(q);
  if (unit === 'team' && operation === 'threshold')
    return cannot('hours', 'I add up hours by team, and name people over or under a number of hours; not teams.');
  if (operation === 'threshold' && totalAgainstLine(q)) return totalHoursAgainstLine(q, range);
  if (operation === 'threshold' || operation === 'rank') return hoursByPerson(q);
  const { statistic } = q.reading;
  if (statistic !== null && statistic !== 'mean') return cannot('hours', `I add up hours, and average them per person; not their ${statistic}.`);
  const position = q.reading.filters.position;
  const team = q.reading.teams[0];
  const eachNamed = q.reading.perPerson && statistic === null;
  return {
    intent: 'hours',
    measure: 'hours',
    period: range,
    calls: [
      {
        name: 'hours_worked',
        // Each person named needs their names, which a limit asks for.
        input: { from: range.from, to: range.to, ...(team && { team_id: team }), ...(position && { position }), ...(eachNamed && { limit: 500 }) },
      },
    ],
    phrase: ([r]) => {
      const d = r as { total_hours: number; people: PersonHours[] };
      const total = `${sentence(group(q))} worked ${d.total_hours} hours in all ${when(range)}`;
      // "Hours for each person in SEC": every one of them, most first.
      if (eachNamed) return `${total}: ${listed(d.people, (p) => `${p.name} (${p.employee_id}) ${p.hours} hours`)}.`;
      if (statistic !== 'mean') return `${total}.`;
      // An average is over the people who have hours: someone with no record in the period has none to count.
      const counted = d.people.filter((p) => p.hours > 0).length;
      if (counted === 0) return `${total}: nobody has hours recorded, so there is no average.`;
      return `${total}: ${round2(d.total_hours / counted)} hours on average over the ${plural(counted, 'person', 'people')} with hours recorded.`;
    },
  };
}
