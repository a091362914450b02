import { addDays } from '../../../core/work-calendar/dates';
import { lastDayOf, mondayOf, ymd, type DateRange } from '../time-expression.parser';
import { sinceTracking } from '../reading/period';
import { MONTH_NAMES } from '../reading/month-words';
import { ratesOverPeriods, type RateMeasure } from './attendance-periods';
import { inTheFuture } from './format';
import { cannot, type Question, type Step } from './plan';

export type SeriesUnit = 'week' | 'month' | 'quarter';

/** A series by week or month asked in so many words ("month by month", "weekly", "each week"). */
export const SERIES_ASKED = /\b(?:(?:by|per|each|every) (?:week|month)|(?:week|month)ly|(?:week|month) (?:by|to|on) (?:week|month))\b/;

/** The unit of a series asked for: "by week", "quarterly"; months otherwise. */
const SERIES_UNIT =
  /\b(?:(?:by|per|each|every) (week|month|quarter)|(week|month|quarter)ly|(week|month|quarter) (?:by|over|to|on) (?:week|month|quarter)|(?:over|across) (?:the )?(quarter)s)\b/;

/**
 * "My hours each month", "leave taken month by month", "Julia Fischer's attendance by month": a series asked of
 * what is not answered as one (a team's or everyone's rates and days are; scores by quarter are) is named back,
 * never added up into one figure for the whole span.
 */
export function seriesNotAnswered(q: Question): Step | null {
  const { said, measures } = q.reading;
  const asked = SERIES_ASKED.exec(said)?.[0];
  if (asked === undefined || measures.length === 0 || measures.some((m) => m === 'score' || m === 'kpi' || m === 'holidays' || m === 'working_days'))
    return null;
  return cannot(
    measures[0]!,
    `you asked ${asked}, and I give week-by-week or month-by-month figures only for the attendance rate and for days late, absent or on leave of a team or of everyone you can see; ask for each ${asked.includes('week') ? 'week' : 'month'} on its own.`,
  );
}

export function seriesUnit(said: string): SeriesUnit {
  const m = SERIES_UNIT.exec(said);
  return ((m && (m[1] ?? m[2] ?? m[3] ?? m[4])) ?? 'month') as SeriesUnit;
}

/** Enough points to see a trend, few enough to read in one answer. */
export const MOST_IN_SERIES: Record<SeriesUnit, number> = { week: 13, month: 12, quarter: 8 };

/** The unit's periods that the range touches, each cut to the range. */
export function periodsOf(range: DateRange, unit: SeriesUnit): DateRange[] {
  const periods: DateRange[] = [];
  if (unit === 'week') {
    for (let monday = mondayOf(range.from); monday <= range.to; monday = addDays(monday, 7)) {
      const from = monday < range.from ? range.from : monday;
      const sunday = addDays(monday, 6);
      periods.push({ from, to: sunday > range.to ? range.to : sunday, label: `the week of ${monday}` });
    }
    return periods;
  }
  const step = unit === 'month' ? 1 : 3;
  let year = Number(range.from.slice(0, 4));
  let month = Number(range.from.slice(5, 7));
  if (unit === 'quarter') month -= (month - 1) % 3;
  while (ymd(year, month, 1) <= range.to) {
    const end = ymd(year, month + step - 1, lastDayOf(year, month + step - 1));
    const start = ymd(year, month, 1);
    // A month by its name alone: its dates, said beside its figure, give the year.
    const label = unit === 'month' ? MONTH_NAMES[month - 1]! : `${year}-Q${(month + 2) / 3}`;
    periods.push({ from: start < range.from ? range.from : start, to: end > range.to ? range.to : end, label });
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return periods;
}

/** A period's default when a trend names none: the year so far by month or quarter, the last eight weeks by week. */
function defaultRange(unit: SeriesUnit, today: string): DateRange {
  return unit === 'week'
    ? { from: addDays(mondayOf(today), -7 * 7), to: today, label: 'the last 8 weeks' }
    : { from: `${today.slice(0, 4)}-01-01`, to: today, label: 'this year' };
}

/** The periods of a series asked for ("by month since august"), cut to today; or why there are none to give. */
export function seriesPeriods(q: Question, unit: SeriesUnit): DateRange[] | string {
  const today = q.context.today;
  const asked = q.reading.range ?? defaultRange(unit, today);
  if (asked.from > today) return inTheFuture(asked.label, today);
  const all = periodsOf({ ...asked, to: asked.to > today ? today : asked.to }, unit);
  // "By quarter since tracking started": the whole record is asked, so its latest periods, as many as one answer gives.
  const periods = asked.label === sinceTracking(today).label ? all.slice(-MOST_IN_SERIES[unit]) : all;
  return periods.length > MOST_IN_SERIES[unit]
    ? `I give at most ${MOST_IN_SERIES[unit]} ${unit}s side by side, and ${asked.label} has ${periods.length}: ask for a shorter period.`
    : periods;
}

/** "Attendance by month this year", "attendance trend": the rate of each period, side by side, never one rate over the span. */
export function rateSeries(q: Question, unit: SeriesUnit, measure: RateMeasure = 'attendance_rate'): Step {
  const periods = seriesPeriods(q, unit);
  return typeof periods === 'string' ? cannot(measure, periods) : ratesOverPeriods(q, periods, measure);
}
