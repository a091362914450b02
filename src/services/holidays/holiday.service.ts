import { randomUUID } from 'node:crypto';
import { requireRole, type Principal } from '../../core/access';
import { HolidayExistsError, NotFoundError, ValidationError, type HolidaySlot, type ImportReport } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import { stampFor, type AuditStamp } from '../../core/audit/audit-entry';
import type { Clock, HolidayRepository, TeamRepository } from '../../core/ports';
import type { Holiday, HolidayFilter, HolidayPatch, NewHoliday } from '../../core/work-calendar/holiday';
import { finishImport, type ImportRow } from '../import-verdicts';
import type { ImportMode } from '../import.service';
import { planHolidayImport, type HolidayRowInput } from './holiday-import';

export type HolidayInput = Omit<NewHoliday, 'holiday_id'>;

/**
 * Holidays of the organisation and of single teams: every role reads them,
 * only an admin writes them. The repository given here must be the cached
 * one (summary-cache.ts), so that each write invalidates the summaries the
 * calendar decides.
 */
export class HolidayService {
  constructor(
    private readonly holidays: HolidayRepository,
    private readonly teams: TeamRepository,
    /**
     * Told the dates whose holidays changed, once the change is written:
     * approved leave over them is charged again, audited with the holiday change's stamp.
     */
    private readonly datesChanged: (dates: string[], audit: AuditStamp) => Promise<void>,
    private readonly clock: Clock,
  ) {}

  list(_principal: Principal, filter: HolidayFilter, page: PageRequest): Promise<Page<Holiday>> {
    return this.holidays.list(filter, page);
  }

  async get(_principal: Principal, holidayId: string): Promise<Holiday> {
    const holiday = await this.holidays.get(holidayId);
    if (!holiday) throw new NotFoundError('Holiday', holidayId);
    return holiday;
  }

  /** @throws HolidayExistsError when the scope already has a holiday that date */
  async create(principal: Principal, input: HolidayInput): Promise<Holiday> {
    requireRole(principal, 'admin');
    await this.assertTeamExists(input.team_id);
    const audit = stampFor(principal, this.clock.now());
    const created = await this.holidays.create({ holiday_id: randomUUID(), ...input }, audit).catch((error: unknown) => this.named(error, input));
    await this.datesChanged([created.date], audit);
    return created;
  }

  /** Partial. @throws HolidayExistsError when the new date or scope already has one */
  async update(principal: Principal, holidayId: string, patch: HolidayPatch): Promise<Holiday> {
    requireRole(principal, 'admin');
    if (patch.team_id !== undefined) await this.assertTeamExists(patch.team_id);
    const before = await this.holidays.get(holidayId);
    const audit = stampFor(principal, this.clock.now());
    const holiday = await this.holidays.update(holidayId, patch, audit).catch((error: unknown) =>
      // The repository knows only the patch; the message names where the whole holiday would land.
      this.named(error, before && { date: patch.date ?? before.date, team_id: patch.team_id === undefined ? before.team_id : patch.team_id }, holidayId),
    );
    if (!holiday) throw new NotFoundError('Holiday', holidayId);
    await this.datesChanged([...new Set([before?.date ?? holiday.date, holiday.date])], audit);
    return holiday;
  }

  async delete(principal: Principal, holidayId: string): Promise<void> {
    requireRole(principal, 'admin');
    const audit = stampFor(principal, this.clock.now());
    const deleted = await this.holidays.delete(holidayId, audit);
    if (!deleted) throw new NotFoundError('Holiday', holidayId);
    await this.datesChanged([deleted.date], audit);
  }

  /** POST /holidays/bulk: rows checked first, then one write (see planHolidayImport). */
  async importRows(principal: Principal, rows: ImportRow<HolidayRowInput>[], mode: ImportMode): Promise<ImportReport> {
    requireRole(principal, 'admin');
    const values = rows.flatMap((r) => (r.value ? [r.value] : []));
    const dates = values.map((v) => v.date).sort();
    const teamIds = [...new Set(values.flatMap((v) => (v.team_id === null ? [] : [v.team_id])))];
    const [existing, known] = await Promise.all([
      dates.length === 0 ? [] : this.holidays.inRange(dates[0]!, dates[dates.length - 1]!),
      Promise.all(teamIds.map(async (id) => ((await this.teams.get(id)) ? [id] : []))).then((found) => new Set(found.flat())),
    ]);
    const { verdicts, writes } = planHolidayImport(rows, existing, known);
    const counts = { created: writes.filter((w) => w.created).length, updated: writes.filter((w) => !w.created).length };
    const audit = stampFor(principal, this.clock.now(), 'import');
    const report = await finishImport(
      verdicts,
      mode,
      counts,
      writes.map((w) => w.row),
      () =>
        this.holidays.upsertMany(
          writes.map((w) => w.holiday),
          audit,
        ),
    );
    await this.datesChanged([...new Set(writes.map((w) => w.holiday.date))], audit);
    return report;
  }

  /** Rethrows a clash as one naming the slot and the holiday holding it (read afterwards: the database only says the slot is taken). */
  private async named(error: unknown, slot: HolidaySlot | null, changed?: string): Promise<never> {
    if (!(error instanceof HolidayExistsError) || !slot) throw error;
    const holder = (await this.holidays.inRange(slot.date, slot.date)).find((h) => h.team_id === slot.team_id && h.holiday_id !== changed);
    throw HolidayExistsError.clash(slot, holder, changed);
  }

  private async assertTeamExists(teamId: string | null): Promise<void> {
    if (teamId !== null && !(await this.teams.get(teamId))) throw ValidationError.field('team_id', `Team ${teamId} does not exist`);
  }
}
