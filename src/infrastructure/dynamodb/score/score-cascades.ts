/** What an employee's update and delete ask of their scores (cross-repository.ts). */
import { hundredths, type PerformanceScore } from '../../../core/performance';
import { PARTITION_PREFIXES, keys, partitions } from '../key-design';
import type { Item, TableClient, TransactStep } from '../table-client';
import { toScore } from './score-items';
import { deletionSteps, guardedPut, statsStep } from './score-steps';

/** A transaction holds 100 items; an employee write takes one of them. */
const MAX_ITEMS = 99;
/** Scores and their stats updates per transaction. */
const PURGE_BATCH = 49;

function employeeScores(table: TableClient, employeeId: string): Promise<Item[]> {
  return table.queryAll({
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :score)',
    ExpressionAttributeValues: { ':pk': partitions.employee(employeeId), ':score': PARTITION_PREFIXES.score },
    ConsistentRead: true,
  });
}

/** Rewrites the copies on every score of the employee that differ from the employee as now stored. Idempotent. */
export function propagateToScores(table: TableClient, employeeId: string): Promise<void> {
  return table.withFreshReads(async () => {
    const employee = await table.get(keys.employee(employeeId));
    if (!employee) return;
    const stale = (await employeeScores(table, employeeId)).filter((item) => item.employee_name !== employee.name || item.team_id !== employee.team_id);
    let steps: TransactStep[] = [];
    for (const item of stale) {
      const current = toScore(item);
      const next: PerformanceScore = { ...current, employee_name: employee.name as string, team_id: employee.team_id as string };
      const moves =
        next.team_id === current.team_id
          ? []
          : [
              statsStep(table.name, current.period, current.team_id, -1, -hundredths(current.final_score)),
              statsStep(table.name, next.period, next.team_id, 1, hundredths(next.final_score)),
            ];
      const group = [guardedPut(table.name, next, item.version as number), ...moves];
      if (steps.length + group.length > MAX_ITEMS) {
        await table.transact(steps);
        steps = [];
      }
      steps.push(...group);
    }
    if (steps.length > 0) await table.transact(steps);
  });
}

/** Every score of the employee and its stats, conditional on each score as read, so a rerun finishes the work. */
export async function purgeScores(table: TableClient, employeeId: string): Promise<void> {
  const items = await employeeScores(table, employeeId);
  for (let i = 0; i < items.length; i += PURGE_BATCH) {
    const batch = items.slice(i, i + PURGE_BATCH);
    await table.withFreshReads(() => table.transact(batch.flatMap((item) => deletionSteps(table.name, item))));
  }
}
