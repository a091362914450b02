/*
 * "Our attendance rate in Sep, Oct and Nov so far", "my hours in week 44, 45 and 46", "how many hours did my team work
 * last week and the week before", "monthly breakdown of my attendance since August": several periods named apart, or
 * a series of what is answered one period at a time, each answered as if asked alone, side by side. A span
 * ("from week 43 to week 46") is one period, and a change between two ends is answered where changes are.
 */
import type { Reading } from '../reading/reading';
import type { Measure } from '../reading/measure';
import type { DateRange } from '../time-expression.parser';
import { ratesOverPeriods } from './attendance-periods';
import { MOST_IN_SERIES, periodsOf, SERIES_ASKED, seriesUnit } from './rate-series';
import { ATTENDANCE, countedPeople } from './measure-groups';
import { eachPeriod } from './side-by-side';
import { aboutOnePerson, type Question, type Step } from './plan';

/** Measures kept by day, whose figures differ from one period to the next. */
const DATED = new Set<Measure>([...ATTENDANCE, 'leave_taken', 'leave_requests', 'hires', 'leavers', 'holidays', 'working_days']);

/**
 * The periods named apart: a list, a series by week or month of what is answered one period at a time (one person's
 * records, hours, leave taken), or two ends of which the period read is one (a change, a comparison or a yes or no
 * between them is answered where those are); null when the question names one period.
 */
function periodsApart(reading: Reading, onePerson: boolean): readonly DateRange[] | null {
  if (reading.listed !== null) return reading.listed;
  const series = SERIES_ASKED.test(reading.said) && reading.range !== null && reading.quarters.length === 0;
  if (series && (onePerson || reading.measures.every((m) => m === 'hours' || m === 'leave_taken'))) {
    const unit = seriesUnit(reading.said);
    const periods = periodsOf(reading.range!, unit);
    return periods.length >= 2 && periods.length <= MOST_IN_SERIES[unit] ? periods : null;
  }
  const { ends, range } = reading;
  if (ends === null || range === null || reading.yesNo || reading.statistic !== null || !['lookup', 'count', 'list'].includes(reading.operation)) return null;
  return ends.some((end) => end.from !== end.to && end.from === range.from && end.to === range.to) ? ends : null;
}

export function listedPeriods(q: Question, compose: (q: Question) => Step, rateMeasure: 'attendance_rate' | 'absence_rate'): Step | null {
  const { reading } = q;
  const onePerson = aboutOnePerson(q);
  const periods = periodsApart(reading, onePerson);
  const measures = countedPeople(reading.measures);
  if (periods === null || measures.length === 0 || !measures.every((m) => DATED.has(m))) return null;
  const rates = reading.measures.every((m) => m === 'attendance_rate' || m === 'attendance');
  if (rates && q.people.length === 0 && !reading.me) return ratesOverPeriods(q, [...periods], rateMeasure);
  if (!onePerson && (q.people.length > 0 || reading.teams.length > 1)) return null;
  const each = { ...reading, measures, listed: null, said: reading.said.replace(SERIES_ASKED, ' ') };
  return eachPeriod({ ...q, reading: each }, periods, compose, onePerson ? 'lookup' : 'count');
}
