import type { AuditedChange, AuditStamp } from '../../core/audit/audit-entry';
import { HolidayExistsError, ValidationError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { HolidayRepository } from '../../core/ports';
import type { Holiday, HolidayFilter, HolidayPatch, NewHoliday } from '../../core/work-calendar/holiday';
import { auditedWrite } from './audit/audit-log';
import { isForeignKeyViolation, isUniqueViolation } from './database-errors';
import { decodePosition, toPage } from './keyset';
import { PLAN_EACH_TIME, type SqlClient } from './sql-client';
import { sqlParams } from './sql-params';

const COLUMNS = `holiday_id, to_char(date, 'YYYY-MM-DD') AS date, name, team_id, half, created_at, updated_at`;

/** The database's refusals of a holiday, in the port's terms. */
function translated(error: unknown, holiday: { date?: string; team_id?: string | null }): unknown {
  if (isUniqueViolation(error, 'holidays_date_scope_key')) return new HolidayExistsError(holiday.date ?? '', holiday.team_id ?? null);
  if (isForeignKeyViolation(error, 'holidays_team_fk')) return ValidationError.field('team_id', `Team ${holiday.team_id ?? ''} does not exist`);
  return error;
}

const scopeKey = (h: Pick<Holiday, 'date' | 'team_id'>) => `${h.date}/${h.team_id ?? ''}`;

export class PostgresHolidayRepository implements HolidayRepository {
  constructor(private readonly sql: SqlClient) {}

  async create(holiday: NewHoliday, audit?: AuditStamp): Promise<Holiday> {
    try {
      return await auditedWrite(this.sql, audit, async (tx) => {
        const [row] = await tx.query<Holiday>(`INSERT INTO holidays (holiday_id, date, name, team_id, half) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`, [
          holiday.holiday_id,
          holiday.date,
          holiday.name,
          holiday.team_id,
          holiday.half,
        ]);
        return { result: row!, changes: [{ action: 'create', entity: 'holiday', entity_id: holiday.holiday_id, after: row }] };
      });
    } catch (error) {
      throw translated(error, holiday);
    }
  }

  async get(holidayId: string): Promise<Holiday | null> {
    const [row] = await this.sql.query<Holiday>(`SELECT ${COLUMNS} FROM holidays WHERE holiday_id = $1`, [holidayId]);
    return row ?? null;
  }

  async update(holidayId: string, patch: HolidayPatch, audit?: AuditStamp): Promise<Holiday | null> {
    const { params, bind } = sqlParams(holidayId);
    const sets = (['date', 'name', 'team_id', 'half'] as const)
      .filter((column) => patch[column] !== undefined)
      .map((column) => `${column} = ${bind(patch[column] ?? null)}`);
    sets.push('updated_at = now()');
    try {
      return await auditedWrite(this.sql, audit, async (tx) => {
        const [before] = audit ? await tx.query<Holiday>(`SELECT ${COLUMNS} FROM holidays WHERE holiday_id = $1 FOR UPDATE`, [holidayId]) : [];
        const [row] = await tx.query<Holiday>(`UPDATE holidays SET ${sets.join(', ')} WHERE holiday_id = $1 RETURNING ${COLUMNS}`, params);
        return { result: row ?? null, changes: row ? [{ action: 'update', entity: 'holiday', entity_id: holidayId, before, after: row }] : [] };
      });
    } catch (error) {
      throw translated(error, patch);
    }
  }

  async delete(holidayId: string, audit?: AuditStamp): Promise<Holiday | null> {
    return auditedWrite(this.sql, audit, async (tx) => {
      const [row] = await tx.query<Holiday>(`DELETE FROM holidays WHERE holiday_id = $1 RETURNING ${COLUMNS}`, [holidayId]);
      return { result: row ?? null, changes: row ? [{ action: 'delete', entity: 'holiday', entity_id: holidayId, before: row }] : [] };
    });
  }

  async list(filter: HolidayFilter, page: PageRequest): Promise<Page<Holiday>> {
    const { params, bind } = sqlParams();
    const where: string[] = [];
    if (filter.from !== undefined) where.push(`date >= ${bind(filter.from)}::date`);
    if (filter.to !== undefined) where.push(`date <= ${bind(filter.to)}::date`);
    if (filter.team_id !== undefined) where.push(`(team_id IS NULL OR team_id = ${bind(filter.team_id)})`);
    if (page.after !== undefined) {
      const [date, id] = decodePosition(page.after, 2) as [string, string];
      where.push(`(date, holiday_id) > (${bind(date)}::date, ${bind(id)})`);
    }
    const rows = await this.sql.query<Holiday>(
      `SELECT ${COLUMNS} FROM holidays ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY date, holiday_id LIMIT ${bind(page.limit + 1)}`,
      params,
      PLAN_EACH_TIME,
    );
    return toPage(rows, page.limit, (h) => [h.date, h.holiday_id]);
  }

  inRange(from: string, to: string): Promise<Holiday[]> {
    return this.sql.query<Holiday>(`SELECT ${COLUMNS} FROM holidays WHERE date BETWEEN $1::date AND $2::date ORDER BY date, holiday_id`, [from, to]);
  }

  /** One statement: a row whose date and scope exist keeps its id and takes the new name and half. */
  async upsertMany(holidays: NewHoliday[], audit?: AuditStamp): Promise<void> {
    if (holidays.length === 0) return;
    try {
      await auditedWrite(this.sql, audit, async (tx) => {
        const replaced = new Map<string, Holiday>();
        if (audit) {
          const rows = await tx.query<Holiday>(
            `SELECT ${COLUMNS} FROM holidays WHERE (date, coalesce(team_id, '')) IN (SELECT * FROM unnest($1::date[], $2::text[])) FOR UPDATE`,
            [holidays.map((h) => h.date), holidays.map((h) => h.team_id ?? '')],
          );
          for (const row of rows) replaced.set(scopeKey(row), row);
        }
        const written = await tx.query<Holiday>(
          `INSERT INTO holidays (holiday_id, date, name, team_id, half)
           SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::text[], $5::text[])
           ON CONFLICT (date, coalesce(team_id, '')) DO UPDATE SET name = EXCLUDED.name, half = EXCLUDED.half, updated_at = now()
           RETURNING ${COLUMNS}`,
          [
            holidays.map((h) => h.holiday_id),
            holidays.map((h) => h.date),
            holidays.map((h) => h.name),
            holidays.map((h) => h.team_id),
            holidays.map((h) => h.half),
          ],
        );
        const changes = written.map((after): AuditedChange => {
          const before = replaced.get(scopeKey(after));
          return before
            ? { action: 'update', entity: 'holiday', entity_id: after.holiday_id, before, after }
            : { action: 'create', entity: 'holiday', entity_id: after.holiday_id, after };
        });
        return { result: undefined, changes };
      });
    } catch (error) {
      throw translated(error, { team_id: holidays.find((h) => h.team_id !== null)?.team_id ?? null });
    }
  }
}
