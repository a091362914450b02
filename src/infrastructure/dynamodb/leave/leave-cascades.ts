/** What employee writes do to their leave on DynamoDB: a team move carries pending requests, a delete purges. */
import { STALE, type TableClient, type TransactStep } from '../table-client';
import { PARTITION_PREFIXES, keys, partitions } from '../key-design';
import { writeGuarded } from './leave-change';
import { toLeaveGuard } from './leave-items';
import { employeeRequests } from './leave-reads';

/** Deletes go in transactions of this many items. */
const MAX_ITEMS = 100;

/**
 * Pending requests go with the employee to their team as stored now (the
 * new team's manager decides them; their list keys move); decided ones stay.
 * A change under the employee's guard, so an approval racing it reads again.
 * Running it again finishes an interrupted one.
 */
export function carryPendingLeave(table: TableClient, employeeId: string): Promise<void> {
  return table.withFreshReads(async () => {
    const employee = await table.get(keys.employee(employeeId));
    if (!employee) return;
    const guard = toLeaveGuard(await table.get(keys.leaveGuard(employeeId)));
    // No guard: no leave was ever written for them.
    if (!guard.exists) return;
    const team = employee.team_id as string;
    const pending = await employeeRequests(table, employeeId, {}, { statuses: ['pending'], consistent: true });
    const moved = pending.filter((r) => r.team_id !== team).map((r) => ({ ...r, team_id: team }));
    await writeGuarded(table, [employeeId], new Map([[employeeId, guard]]), { entries: [], requests: moved, balances: [] });
  });
}

/**
 * Removes an employee's requests (with their pointers), ledger and balances,
 * then their guard together with their count on each type they named, so a
 * type stays in use until the last item naming it is gone. The employee is
 * deleted first, so no change can add to what this reads (each change checks
 * the employee exists); running it again finishes an interrupted one.
 */
export async function purgeEmployeeLeave(table: TableClient, employeeId: string): Promise<void> {
  const items = await table.queryAll({
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :leave)',
    ExpressionAttributeValues: { ':pk': partitions.employee(employeeId), ':leave': PARTITION_PREFIXES.leave },
    ProjectionExpression: 'PK, SK, request_id',
    ConsistentRead: true,
  });
  const guardKey = keys.leaveGuard(employeeId);
  const deletes = items
    .filter((item) => item.SK !== guardKey.SK)
    // A request's pointer first: cut short between the two, a rerun still finds the request.
    .flatMap((item) => {
      const request = (item.SK as string).startsWith(PARTITION_PREFIXES.leaveRequest);
      return [...(request ? [keys.leaveRequestPointer(item.request_id as string)] : []), { PK: item.PK, SK: item.SK }];
    })
    .map((key): TransactStep => ({ write: { Delete: { TableName: table.name, Key: key } } }));
  for (let i = 0; i < deletes.length; i += MAX_ITEMS) await table.transact(deletes.slice(i, i + MAX_ITEMS));
  await table.withFreshReads(async () => {
    const item = await table.get(guardKey);
    if (!item) return;
    const guard = toLeaveGuard(item);
    await table.transact([
      // Conditional on the version read, so two purges lower the counts once.
      {
        write: {
          Delete: { TableName: table.name, Key: guardKey, ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': guard.version } },
        },
        onConditionFailed: () => STALE,
      },
      ...[...guard.codes].map((code): TransactStep => ({
        write: {
          Update: {
            TableName: table.name,
            Key: keys.leaveType(code),
            UpdateExpression: 'ADD #uses :minus',
            ExpressionAttributeNames: { '#uses': 'uses' },
            ExpressionAttributeValues: { ':minus': -1 },
          },
        },
      })),
    ]);
  });
}
