import { addDays } from '../../../core/work-calendar/dates';
import { mondayOf, type DateRange } from '../time-expression.parser';

/* The period an answer takes when the question names none: each measure says which it defaults to. */

export const monthSoFar = (today: string): DateRange => ({ from: `${today.slice(0, 8)}01`, to: today, label: 'this month' });
export const yesterday = (today: string): DateRange => ({ from: addDays(today, -1), to: addDays(today, -1), label: 'yesterday' });
export const lastWeek = (today: string): DateRange => {
  const monday = mondayOf(today);
  return { from: addDays(monday, -7), to: addDays(monday, -1), label: 'last week' };
};
export const lastMonth = (today: string): DateRange => {
  const end = addDays(`${today.slice(0, 8)}01`, -1);
  return { from: `${end.slice(0, 8)}01`, to: end, label: 'last month' };
};
