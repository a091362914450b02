import type { HolidayFilter, Holiday } from '../../../core/work-calendar/holiday';
import type { Item } from '../table-client';
import { collections, keys } from '../key-design';

const FIELDS = ['holiday_id', 'date', 'name', 'team_id', 'half', 'created_at', 'updated_at'] as const;

export function toHoliday(item: Item): Holiday {
  return Object.fromEntries(FIELDS.map((field) => [field, item[field] ?? null])) as unknown as Holiday;
}

export function holidayItem(holiday: Holiday, version: number): Item {
  return { ...keys.holiday(holiday.holiday_id), GSI1PK: collections.holidays, GSI1SK: `${holiday.date}#${holiday.holiday_id}`, ...holiday, version };
}

/** The Query of the holidays collection for a filter: the date range on the sort key, a team as a filter over the few holidays it holds. */
export function holidayQuery(filter: HolidayFilter) {
  const values: Record<string, unknown> = { ':c': collections.holidays, ':from': filter.from ?? '0000', ':to': `${filter.to ?? '9999'}#~` };
  const input = { KeyConditionExpression: 'GSI1PK = :c AND GSI1SK BETWEEN :from AND :to', ExpressionAttributeValues: values };
  if (filter.team_id === undefined) return input;
  values[':team'] = filter.team_id;
  values[':null'] = null;
  return { ...input, FilterExpression: 'team_id = :null OR team_id = :team' };
}
