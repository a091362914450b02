import { HolidayExistsError } from '../../../core/errors';
import type { Page, PageRequest } from '../../../core/page';
import type { HolidayRepository } from '../../../core/ports';
import type { Holiday, HolidayFilter, HolidayPatch, NewHoliday } from '../../../core/work-calendar/holiday';
import type { AuditStamp } from '../../../core/audit/audit-entry';
import { auditSteps } from '../audit/audit-items';
import { STALE, type TableClient, type TransactStep } from '../table-client';
import { teamReferences } from '../employee/employee-steps';
import { GSI1, keys } from '../key-design';
import { holidayItem, holidayQuery, toHoliday } from './holiday-items';

/**
 * Holidays with one claim item per date and scope (unique by key, written
 * with attribute_not_exists in the holiday's own transaction), and a team
 * holiday counting on its team's references.
 */
export class DynamoHolidayRepository implements HolidayRepository {
  constructor(private readonly table: TableClient) {}

  private claim(holiday: Holiday): TransactStep {
    return {
      write: {
        Put: {
          TableName: this.table.name,
          Item: { ...keys.holidayClaim(holiday.date, holiday.team_id), holiday_id: holiday.holiday_id },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () => new HolidayExistsError(holiday.date, holiday.team_id),
    };
  }

  private release(holiday: Holiday): TransactStep {
    return { write: { Delete: { TableName: this.table.name, Key: keys.holidayClaim(holiday.date, holiday.team_id) } } };
  }

  private references(before: Holiday | null, after: Holiday | null): TransactStep[] {
    const deltas = new Map<string, number>();
    if (before?.team_id) deltas.set(before.team_id, -1);
    if (after?.team_id) deltas.set(after.team_id, (deltas.get(after.team_id) ?? 0) + 1);
    return teamReferences(this.table, deltas);
  }

  async create(input: NewHoliday, audit?: AuditStamp): Promise<Holiday> {
    const now = this.table.now();
    const holiday: Holiday = { ...input, created_at: now, updated_at: now };
    await this.table.transact([
      {
        write: { Put: { TableName: this.table.name, Item: holidayItem(holiday, 1), ConditionExpression: 'attribute_not_exists(PK)' } },
        onConditionFailed: () => new HolidayExistsError(holiday.date, holiday.team_id),
      },
      this.claim(holiday),
      ...this.references(null, holiday),
      ...auditSteps(this.table.name, audit, { action: 'create', entity: 'holiday', entity_id: holiday.holiday_id, after: holiday }),
    ]);
    return holiday;
  }

  async get(holidayId: string): Promise<Holiday | null> {
    const item = await this.table.get(keys.holiday(holidayId));
    return item ? toHoliday(item) : null;
  }

  update(holidayId: string, patch: HolidayPatch, audit?: AuditStamp): Promise<Holiday | null> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.holiday(holidayId));
      if (!item) return null;
      const current = toHoliday(item);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const next: Holiday = {
        ...current,
        ...defined,
        ...(patch.team_id === null && { team_id: null }),
        ...(patch.half === null && { half: null }),
        updated_at: this.table.now(),
      };
      const moved = next.date !== current.date || next.team_id !== current.team_id;
      await this.table.transact([
        {
          write: {
            Put: {
              TableName: this.table.name,
              Item: holidayItem(next, (item.version as number) + 1),
              ConditionExpression: 'version = :read',
              ExpressionAttributeValues: { ':read': item.version },
            },
          },
          onConditionFailed: () => STALE,
        },
        ...(moved ? [this.release(current), this.claim(next), ...this.references(current, next)] : []),
        ...auditSteps(this.table.name, audit, { action: 'update', entity: 'holiday', entity_id: holidayId, before: current, after: next }),
      ]);
      return next;
    });
  }

  delete(holidayId: string, audit?: AuditStamp): Promise<Holiday | null> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.holiday(holidayId));
      if (!item) return null;
      const current = toHoliday(item);
      await this.table.transact([
        {
          write: {
            Delete: {
              TableName: this.table.name,
              Key: keys.holiday(holidayId),
              ConditionExpression: 'version = :read',
              ExpressionAttributeValues: { ':read': item.version },
            },
          },
          onConditionFailed: () => STALE,
        },
        this.release(current),
        ...this.references(current, null),
        ...auditSteps(this.table.name, audit, { action: 'delete', entity: 'holiday', entity_id: holidayId, before: current }),
      ]);
      return current;
    });
  }

  list(filter: HolidayFilter, page: PageRequest): Promise<Page<Holiday>> {
    return this.table.queryPage(holidayQuery(filter), GSI1, page, toHoliday);
  }

  async inRange(from: string, to: string): Promise<Holiday[]> {
    return (await this.table.queryAll({ IndexName: GSI1, ...holidayQuery({ from, to }) })).map(toHoliday);
  }

  /** Each row its own transaction: an existing date and scope keeps its holiday (and id) and takes the new name and half. */
  upsertMany(holidays: NewHoliday[], audit?: AuditStamp): Promise<void> {
    return this.table.writeEach(holidays, async (holiday) => {
      const claim = await this.table.get(keys.holidayClaim(holiday.date, holiday.team_id));
      if (claim) {
        await this.update(claim.holiday_id as string, { name: holiday.name, half: holiday.half }, audit);
        return;
      }
      try {
        await this.create(holiday, audit);
      } catch (error) {
        // Claimed in between by another writer: update that one instead.
        if (!(error instanceof HolidayExistsError)) throw error;
        const taken = await this.table.get(keys.holidayClaim(holiday.date, holiday.team_id));
        if (!taken) throw error;
        await this.update(taken.holiday_id as string, { name: holiday.name, half: holiday.half }, audit);
      }
    });
  }
}
