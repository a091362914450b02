import { randomUUID } from 'node:crypto';
import type { Half, Holiday, NewHoliday } from '../../core/work-calendar/holiday';
import { firstOccurrence, Verdicts, type ImportRow } from '../import-verdicts';

export interface HolidayRowInput {
  date: string;
  name: string;
  team_id: string | null;
  half: Half | null;
}

export interface HolidayImportPlan {
  verdicts: Verdicts;
  writes: { row: number; holiday: NewHoliday; created: boolean }[];
}

/** A holiday's scope and date: what makes it unique, and what an import row matches on. */
const keyOf = (holiday: { date: string; team_id: string | null }) => `${holiday.date}|${holiday.team_id ?? ''}`;

/**
 * What a holiday import writes: a row whose date and scope already have a
 * holiday updates its name and half (keeping its id), any other creates one.
 * A date and scope repeated in the file fail on the later rows; an unknown team fails its row.
 */
export function planHolidayImport(rows: ImportRow<HolidayRowInput>[], existing: readonly Holiday[], knownTeams: ReadonlySet<string>): HolidayImportPlan {
  const verdicts = new Verdicts();
  for (const r of rows) if (r.errors) verdicts.failAll(r.row, r.errors);
  const valid = rows.filter((r) => r.value);
  firstOccurrence(valid, verdicts, keyOf, 'date');
  const byKey = new Map(existing.map((h) => [keyOf(h), h]));
  const writes: HolidayImportPlan['writes'] = [];
  for (const { row, value } of valid) {
    const v = value!;
    if (v.team_id !== null && !knownTeams.has(v.team_id)) verdicts.fail(row, 'team_id', `Team ${v.team_id} does not exist`);
    if (!verdicts.ok(row)) continue;
    const current = byKey.get(keyOf(v));
    writes.push({ row, holiday: { holiday_id: current?.holiday_id ?? randomUUID(), ...v }, created: !current });
  }
  return { verdicts, writes };
}
