import { addDays } from '../../../core/work-calendar/dates';
import { lastMonth, lastWeek, monthSoFar, yesterday } from './default-periods';
import type { DateRange } from '../time-expression.parser';
import { meets } from '../reading/operation';
import { absence, COMPARED, everyoneSeen, inTheFuture, listed, names, percent, periodFigure, plural, RATE_SAID, sentence, when } from './format';
import { hours } from './hours-answers';
import { personRates } from './person-rates';
import { rateAgainstLine } from './rate-against-line';
import { recordDays, type PersonRecords } from './record-days';
import { lineVerdict } from './one-figure';
import { cannot, type Question, type Step } from './plan';
import { teamsAgainstCountLine } from './team-count-line';
import { totalsLine, type Totals } from './totals-line';
import { IN_DAYS, MEASURE_STATUS, STATUS_TOTAL, STATUS_WORD } from './status-words';
import { asksTeamCounts, teamCounts } from './team-counts';

const STATUS: Record<string, 'late' | 'absent' | 'half-day' | 'missing_check_out' | 'on_leave' | 'not_checked_in' | 'checked_in'> = {
  ...MEASURE_STATUS,
  not_checked_in: 'not_checked_in',
  checked_in: 'checked_in',
};
const WORD: Record<string, string> = STATUS_WORD;
const COUNTED_PEOPLE =
  /\bhow many (?:of (?:my|our|the) )?(?:\w+ )?(?:testers|engineers|developers|devs|analysts|folks|guys|lot|juniors|seniors|mids|leads|managers|colleagues)\b/;
const TOTAL: Record<string, string> = STATUS_TOTAL;
const BOTH_ENDS = /\b(?:best and (?:the )?worst|worst and (?:the )?best|highest and (?:the )?lowest|lowest and (?:the )?highest|top and (?:the )?bottom)\b/;
const ABOUT_PEOPLE = /\b(?:who|any(?:one|body)|people|some(?:one|body))\b/;

interface RangeData {
  from: string;
  to: string;
  totals: Totals;
  teams: { team_id: string; totals: Totals }[];
}

function wholeOf(range: DateRange): DateRange {
  if (range.label === 'this month') return { ...range, to: addDays(`${addDays(`${range.from.slice(0, 8)}01`, 32).slice(0, 8)}01`, -1) };
  return { ...range, to: addDays(range.from, 6) };
}

/** The first `limit` of a ranked list, and those tied with the last of them when no number was asked for. */
function topWithTies<T extends { days: number }>(ranked: T[], limit: number, tiesKept: boolean): T[] {
  const first = ranked.slice(0, limit);
  if (!tiesKept || first.length === 0) return first;
  const edge = first.at(-1)!.days;
  return ranked.filter((p, i) => i < limit || p.days === edge);
}

/** One or more people's own attendance, through employee_attendance (the absence rule is the service's). */
function people(q: Question, measure: string): Step {
  const range = q.reading.range ?? monthSoFar(q.context.today);
  if (range.from > q.context.today && measure !== 'on_leave') return cannot(measure, inTheFuture(range.label, q.context.today));
  const ids = q.reading.me && q.people.length === 0 ? [undefined] : q.people.map((p) => p.employee_id);
  // "Was Leo late more than 3 times": one person's figure, and whether it is over the line.
  const line = lineVerdict(q, measure, ids.length);
  if (line === undefined || (q.reading.operation === 'rank' && ids.length < 2))
    return cannot(measure, 'thresholds and rankings are over several people; for one person I give their figures.');
  return {
    intent: q.reading.me ? 'my_attendance' : 'employee_attendance',
    measure,
    period: range,
    calls: ids.map((employee_id) => ({ name: 'employee_attendance', input: { ...(employee_id && { employee_id }), from: range.from, to: range.to } })),
    phrase: (results) =>
      results
        .map((r) => {
          const d = r as {
            employee_id: string;
            name: string;
            from: string;
            to: string;
            days_recorded: number;
            present: number;
            late: number;
            half_day: number;
            absent: number;
            on_leave_days: number;
            expected_days: number;
            rate: number | null;
            missing_check_out: number;
            hours_worked: number;
            records: PersonRecords['records'];
            absent_dates: PersonRecords['absent_dates'];
          };
          const whose = q.reading.me ? 'You' : `${d.name} (${d.employee_id})`;
          const span = when({ ...range, from: d.from, to: d.to });
          const rate =
            d.rate === null
              ? 'no attendance rate (no day you were expected on has ended: a day off, a holiday, leave, or today)'
              : q.reading.absenceRate
                ? `an absence rate of ${percent(absence(d.rate))} (attendance rate ${percent(d.rate)})`
                : `an attendance rate of ${percent(d.rate)}`;
          const verdict = line ? line(d) : '';
          if (measure === 'hours') return `${whose} worked ${d.hours_worked} hours ${span}.${verdict}`;
          return `${whose} ${span}: ${plural(d.days_recorded, 'day')} recorded, ${rate}, ${plural(d.absent, 'day')} absent, ${d.late} late, ${d.present} present, ${d.half_day} half-day, ${plural(d.on_leave_days, 'day')} on leave, ${plural(d.missing_check_out, 'missing check-out')}, ${d.hours_worked} hours worked.${verdict}${recordDays(q, measure, d)}`;
        })
        .join(' '),
  };
}

function rates(q: Question, measure: string): Step {
  const issues = q.reading.statistic === 'issues' || (q.reading.operation === 'threshold' && q.reading.threshold?.percent === true);
  const range = q.reading.range ?? (issues ? lastMonth(q.context.today) : lastWeek(q.context.today));
  if (range.from > q.context.today) return cannot(measure, inTheFuture(range.label, q.context.today));
  const to = range.to > q.context.today ? q.context.today : range.to;
  const teams = q.reading.teams;
  if (q.reading.operation === 'threshold' && !q.reading.threshold?.percent)
    return cannot(measure, "I can list teams above or below an attendance rate, not people; ask for one person's rate, or who was absent.");
  const line = rateAgainstLine(q, range, to);
  if (line !== null) return line;
  const input = { from: range.from, to, ...(teams.length === 1 && { team_id: teams[0] }) };
  return {
    intent: issues ? 'attendance_issues' : 'attendance_summary',
    measure: 'attendance_rate',
    period: { from: range.from, to },
    calls: [{ name: 'attendance_rate', input }],
    phrase: ([r]) => {
      const d = r as RangeData & { alert_rate: number };
      const span = when({ ...range, to });
      const shown = teams.length > 1 ? d.teams.filter((t) => teams.includes(t.team_id)) : d.teams;
      if (q.reading.operation === 'threshold' || issues) {
        const t = q.reading.threshold;
        const limit = t?.value ?? d.alert_rate;
        const pass = (rate: number) => meets(rate, t?.comparison ?? 'less', limit);
        const hit = shown.filter((x) => x.totals.average_rate !== null && pass(x.totals.average_rate));
        // A line asked for that no team passes: none, and the nearest rate; issues with none found: each team's rate.
        if (hit.length === 0 && t !== null) {
          const rated = shown.map((x) => x.totals.average_rate).filter((rate): rate is number => rate !== null);
          const up = t.comparison === 'more' || t.comparison === 'at_least';
          const nearest = rated.length > 0 ? ` (the ${up ? 'highest' : 'lowest'} team rate was ${percent(up ? Math.max(...rated) : Math.min(...rated))})` : '';
          return `No team had an attendance rate ${RATE_SAID[t.comparison]} ${percent(t.value)} ${span}: none${nearest}.`;
        }
        return hit.length === 0
          ? `No team had attendance issues ${span}: none below the ${percent(limit)} alert rate (the lowest team rate was ${percent(Math.min(...shown.map((x) => x.totals.average_rate ?? 1)))}).`
          : `Teams ${t === null ? `below the ${percent(limit)} alert rate` : 'matching'} ${span}: ${hit.map((x) => `${x.team_id} (${percent(x.totals.average_rate)})`).join(', ')}.`;
      }
      // "How many have checked in": the people with an attending record, whatever its status.
      if (measure === 'present' && q.reading.operation === 'count' && teams.length <= 1) {
        const came = d.totals.present + d.totals.late + d.totals.half_day;
        return `${plural(came, 'person has', 'people have')} checked in ${span}${teams[0] ? ` in team ${teams[0]}` : ''} (${d.totals.present} present, ${d.totals.late} late, ${d.totals.half_day} half-day).`;
      }
      if (teams.length > 1 || q.reading.operation === 'compare' || q.reading.operation === 'rank' || q.reading.perTeam) {
        const sorted = [...shown].sort((a, b) => (b.totals.average_rate ?? -1) - (a.totals.average_rate ?? -1) || a.team_id.localeCompare(b.team_id));
        if (q.reading.order === 'bottom') sorted.reverse();
        // "Which team had the worst attendance": the ranked few, not every team.
        if (q.reading.operation === 'rank' && q.reading.limit !== null) {
          // "The best and worst team by attendance": both ends.
          if (BOTH_ENDS.test(q.reading.said) && sorted.length > 1) {
            const [top, bottom] = q.reading.order === 'bottom' ? [sorted.at(-1)!, sorted[0]!] : [sorted[0]!, sorted.at(-1)!];
            return `Highest attendance ${span}: ${top.team_id} ${percent(top.totals.average_rate)}; lowest: ${bottom.team_id} ${percent(bottom.totals.average_rate)}.`;
          }
          const few = sorted.slice(0, q.reading.limit);
          return `${q.reading.order === 'bottom' ? 'Lowest' : 'Highest'} attendance ${span}: ${few.map((x) => `${x.team_id} ${percent(x.totals.average_rate)}`).join(', ')}.`;
        }
        return `Attendance ${span} by team: ${sorted.map((x) => `${x.team_id} ${percent(x.totals.average_rate)}`).join(', ')}.`;
      }
      const where = teams.length === 1 ? `team ${teams[0]}` : everyoneSeen(q.context.role);
      // Nobody expected at all: no rate, and no row of zeros that would read as figures.
      if (d.totals.expected === 0 && range.from === to && q.reading.holidayName !== null)
        return `${range.from} was ${range.label}, a holiday: no one was expected at work, so there is no attendance rate for ${where} that day.`;
      if (d.totals.expected === 0)
        return `There is no attendance rate for ${where} ${span}: no one was expected at work then (a weekend or a holiday, or before anyone's records begin).`;
      return `Attendance for ${where} ${span}: ${totalsLine(d.totals)}.`;
    },
  };
}

function exceptions(q: Question, measure: string): Step {
  const status = STATUS[measure]!;
  const today = q.context.today;
  const named = q.reading.range ?? (status === 'on_leave' || status === 'not_checked_in' ? { from: today, to: today, label: 'today' } : yesterday(today));
  // Leave is planned ahead: "this week" and "this month" are the whole of them.
  const planned = status === 'on_leave' && named.to === today && /^this (week|month)$/.test(named.label) ? wholeOf(named) : named;
  // A period under way ("this quarter") is answered so far: its days ahead have no one absent or late yet.
  const range =
    status !== 'on_leave' && planned.from <= today && planned.to > today ? { from: planned.from, to: today, label: `${planned.label} so far` } : planned;
  const future = range.from > today || (range.to > today && status !== 'on_leave');
  if (future && status !== 'on_leave') return cannot(measure, inTheFuture(range.label, today, `who will be ${WORD[status]}`));
  if (asksTeamCounts(q, status) && !q.reading.filters.position) return teamCounts(q, status, range);
  const teams = q.reading.teams;
  if (teams.length > 1) return cannot(measure, `I list who was ${WORD[status]} for one team at a time, or for everyone you can see.`);
  const position = q.reading.filters.position;
  const team = { ...(teams[0] && { team_id: teams[0] }), ...(position && { position }) };
  const where = `${position ? ` (${position})` : ''}${teams[0] ? ` in ${teams[0]}` : ''}`;
  const { operation, threshold, order, limit } = q.reading;
  if (range.from === range.to && operation !== 'threshold' && operation !== 'rank' && !(operation === 'count' && IN_DAYS.test(q.reading.said))) {
    return {
      intent: 'late_or_absent',
      measure,
      operation,
      period: range,
      calls: [{ name: 'attendance_exceptions', input: { date: range.from, status, ...team } }],
      phrase: ([r]) => {
        const d = r as {
          date: string;
          people: { employee_id: string; name: string }[];
          closed: boolean;
          tracked: boolean;
          holiday: string | null;
          working_day: boolean;
        };
        if (status === 'absent' && !d.closed) return `${d.date} has not ended yet, so nobody counts as absent; ask who has not checked in instead.`;
        // A day ahead (leave is planned) is said in the present tense.
        const was = d.date > today ? 'is' : 'was';
        if (d.people.length === 0 && d.holiday) return `${d.date} ${was} a holiday (${d.holiday}): nobody ${was} ${WORD[status]}.`;
        if (d.people.length === 0 && !d.working_day) return `${d.date} ${was} not a working day: nobody ${was} ${WORD[status]}.`;
        if (d.people.length === 0) return `Nobody you can see${where} ${was} ${WORD[status]} on ${d.date}.`;
        const were = d.people.length === 1 ? was : d.date > today ? 'are' : 'were';
        return `${plural(d.people.length, 'person', 'people')}${where} ${were} ${WORD[status]} on ${d.date}: ${names(d.people)}.`;
      },
    };
  }
  if (status === 'not_checked_in') return cannot(measure, 'who has not checked in is known for today only.');
  // Past half a year, days are counted in all, not listed by person.
  const long = addDays(range.from, 185) < range.to;
  // "How many people were late": people, counted from the list; otherwise the days.
  const people = operation === 'count' && (q.reading.unit === 'person' || COUNTED_PEOPLE.test(q.reading.said)) && !long;
  // "Were there more than 60 late arrivals in October": the days in all against the line, not anyone's own.
  const inAll = operation === 'threshold' && q.reading.yesNo && !threshold!.percent && q.reading.unit !== 'person' && !ABOUT_PEOPLE.test(q.reading.said);
  // Leave wholly ahead is in no summary yet (summaries end today): each person's days say it, with the days in all.
  const booked = status === 'on_leave' && range.from > today;
  if (((operation === 'count' && !people) || inAll || (long && operation !== 'threshold' && operation !== 'rank')) && !q.reading.filters.position && !booked) {
    return {
      intent: 'attendance_summary',
      measure,
      operation,
      period: range,
      calls: [{ name: 'attendance_rate', input: { from: range.from, to: range.to > today ? today : range.to, ...(teams[0] && { team_id: teams[0] }) } }],
      phrase: ([r]) => {
        const d = r as RangeData;
        const n = d.totals[TOTAL[status] as keyof Totals] as number;
        return `${teams[0] ? `Team ${teams[0]}` : sentence(everyoneSeen(q.context.role))}, ${periodFigure({ ...range, to: d.to }, `${n} days ${WORD[status]} in all`)}; ${totalsLine(d.totals)}.`;
      },
    };
  }
  return {
    intent: 'attendance_by_person',
    measure,
    operation,
    period: range,
    calls: [{ name: 'attendance_by_person', input: { from: range.from, to: range.to, status, ...team } }],
    phrase: ([r]) => {
      const d = r as { from: string; to: string; people: { employee_id: string; name: string; days: number }[] };
      let list = d.people;
      if (threshold) {
        const t = threshold;
        list = list.filter((p) => (t.once ? p.days > 0 : meets(p.days, t.comparison, t.value)));
      }
      // "Who was late the most": everyone tied at the top; a number asked for ("top 3") is that many, ties by name.
      if (operation === 'rank') list = topWithTies(order === 'bottom' ? [...list].reverse() : list, limit ?? 1, q.reading.tiesKept);
      const span = when({ ...range, to: d.to });
      if (list.length === 0) return `Nobody you can see${where} ${threshold ? 'matches' : `was ${WORD[status]}`} ${span}.`;
      const total = list.reduce((n, p) => n + p.days, 0);
      const verb = range.from > today ? (list.length === 1 ? 'is' : 'are') : list.length === 1 ? 'was' : 'were';
      const bound = threshold ? (threshold.once ? ' at least once' : ` ${COMPARED[threshold.comparison]} ${plural(threshold.value, 'day')}`) : '';
      // A ranking names the first few by their days, not as everyone who was late or absent.
      if (operation === 'rank')
        return `${order === 'bottom' ? 'Fewest' : 'Most'} days ${WORD[status]}${where} ${span}: ${listed(list, (p) => `${p.name} (${p.employee_id}) ${plural(p.days, `day ${WORD[status]}`, `days ${WORD[status]}`)}`)}${list.length > (limit ?? 1) ? ' (tied)' : ''}.`;
      return `${plural(list.length, 'person', 'people')}${where} ${verb} ${WORD[status]}${bound} ${span}: ${listed(list, (p) => `${p.name} (${p.employee_id}) ${plural(p.days, `day ${WORD[status]}`, `days ${WORD[status]}`)}`)} (${plural(total, `day ${WORD[status]}`, `days ${WORD[status]}`)} in all).`;
    },
  };
}

/** Rates asked person by person: of a position, over or under a rate, or ranked, unless the question asks for teams. */
function byPerson(q: Question, measure: string): boolean {
  if (measure !== 'attendance_rate' && measure !== 'attendance') return false;
  const { filters, threshold, operation, unit, statistic, teams } = q.reading;
  if (unit === 'team' || q.reading.teamsRanked || q.reading.perTeam || operation === 'compare' || operation === 'trend' || statistic === 'issues') return false;
  if (filters.position !== undefined || q.reading.perPerson) return true;
  // "Was the QA attendance rate above 95%": the team's own rate against the line, not its people's.
  if (threshold?.percent) return unit === 'person' || (teams.length === 1 && !(q.reading.yesNo && !ABOUT_PEOPLE.test(q.reading.said)));
  return operation === 'rank' || (unit === 'person' && (operation === 'list' || operation === 'count'));
}

/** Attendance in any of its measures, for people, teams or everyone. */
export function attendance(q: Question, measure: string): Step {
  if (q.people.length > 0 || q.reading.me) return people(q, measure);
  if (measure === 'hours') return hours(q);
  const teamLine = teamsAgainstCountLine(q, measure);
  if (teamLine !== null) return teamLine;
  // "Who came in", "who has checked in": the people, by name; "how many" stays the day's counts.
  if (measure === 'present' && q.reading.operation !== 'count' && q.reading.unit === 'person') return exceptions(q, 'checked_in');
  if (measure in STATUS) return exceptions(q, measure);
  if (byPerson(q, measure)) return personRates(q, measure);
  // A position is applied to a rate person by person only: by team, compared, as a trend or as issues it is named back.
  const { position } = q.reading.filters;
  if (position !== undefined)
    return cannot(
      measure,
      `I can give the attendance rate of the ${position} employees (together, or person by person), not ${q.reading.operation === 'compare' ? 'compared' : q.reading.operation === 'trend' ? 'as a trend' : 'by team or as attendance issues'} by position.`,
    );
  return rates(q, measure);
}
