/** Corrections newest first (created_at, then correction_id, descending), filtered as the port says. */
import { CORRECTION_STATES, type AttendanceCorrection, type CorrectionFilter } from '../../../core/corrections/correction';
import type { Page, PageRequest } from '../../../core/page';
import type { TableClient } from '../table-client';
import { LEAVE_LIST_POSITION } from '../leave/leave-items';
import { mergedQuery, type QueryFilter } from '../merged-query';
import { GSI1, GSI2, PARTITION_PREFIXES, collections, partitions } from '../key-design';
import { correctionOrder, toCorrection } from './correction-items';
import { decodePosition, encodePosition } from '../../page-position';

export async function listCorrections(table: TableClient, filter: CorrectionFilter, page: PageRequest): Promise<Page<AttendanceCorrection>> {
  const after = page.after === undefined ? undefined : decodePosition(page.after, LEAVE_LIST_POSITION)[0];
  const found = filter.employee_id === undefined ? await fromIndex(table, filter, page.limit, after) : await fromPartition(table, filter, page.limit, after);
  const items = found.slice(0, page.limit);
  const last = items[items.length - 1];
  return { items, next: found.length > page.limit && last ? encodePosition([correctionOrder(last)]) : null };
}

/**
 * Everyone's (GSI1) or a team's (GSI2) corrections, one partition per state:
 * one Query for a state (a manager's pending queue), else the states merged
 * by their shared order. Days filter what the partitions hold.
 */
async function fromIndex(table: TableClient, filter: CorrectionFilter, limit: number, after: string | undefined): Promise<AttendanceCorrection[]> {
  const states = filter.state === undefined ? CORRECTION_STATES : [filter.state];
  const team = filter.team_id;
  const days: QueryFilter = { conditions: [], names: {}, values: {} };
  if (filter.from !== undefined || filter.to !== undefined) days.names['#date'] = 'date';
  if (filter.from !== undefined) {
    days.conditions.push('#date >= :from');
    days.values[':from'] = filter.from;
  }
  if (filter.to !== undefined) {
    days.conditions.push('#date <= :to');
    days.values[':to'] = filter.to;
  }
  const items = await mergedQuery(
    table,
    {
      index: team === undefined ? GSI1 : GSI2,
      partitions: states.map((state) => (team === undefined ? collections.corrections(state) : collections.teamCorrections(team, state))),
      ...(after !== undefined && { range: { condition: '#sk < :after', values: { ':after': after } } }),
      filter: days,
      descending: true,
    },
    limit,
  );
  return items.map(toCorrection);
}

/** One employee's corrections: few enough to read from their partition and order here. */
async function fromPartition(table: TableClient, filter: CorrectionFilter, limit: number, after: string | undefined): Promise<AttendanceCorrection[]> {
  const items = await table.queryAll({
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': partitions.employee(filter.employee_id!), ':prefix': PARTITION_PREFIXES.correction },
  });
  return items
    .map(toCorrection)
    .filter(
      (c) =>
        (filter.team_id === undefined || c.team_id === filter.team_id) &&
        (filter.state === undefined || c.state === filter.state) &&
        (filter.from === undefined || c.date >= filter.from) &&
        (filter.to === undefined || c.date <= filter.to) &&
        (after === undefined || correctionOrder(c) < after),
    )
    .sort((a, b) => (correctionOrder(a) < correctionOrder(b) ? 1 : -1))
    .slice(0, limit + 1);
}
