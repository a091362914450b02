import { STALE, type TableClient, type Item, type TransactStep } from '../table-client';
import { teamReferences } from '../employee/employee-steps';
import { toEmployee } from '../employee/employee-items';
import { periodItem } from '../team-periods/period-items';
import { GSI1, PARTITION_PREFIXES, collections, keys, partitions } from '../key-design';

/**
 * Data written before the work calendar, brought up to it once (the
 * DynamoDB counterpart of PostgreSQL's migration 007): every employee
 * without a membership period gets one from their hire date in their team,
 * and an inactive employee without an end date gets the date of their last
 * record, else the day they were last updated. Each employee is its own
 * conditional transaction, so two instances upgrading at once, or a rerun
 * after an interruption, write each change once. Reads the employees
 * collection by Query; nothing Scans. Run once per table by upgrades.ts.
 */
export async function upgradeToWorkCalendar(table: TableClient): Promise<void> {
  const employees = await table.queryAll({
    IndexName: GSI1,
    KeyConditionExpression: 'GSI1PK = :c',
    ExpressionAttributeValues: { ':c': collections.employees },
    ConsistentRead: false,
  });
  await table.writeEach(employees, (item) => table.withFreshReads(() => upgradeEmployee(table, item)));
}

async function upgradeEmployee(table: TableClient, indexed: Item): Promise<void> {
  const item = await table.get(keys.employee(indexed.employee_id as string));
  if (!item) return;
  const employee = toEmployee(item);
  const partition = partitions.employee(employee.employee_id);
  const hasPeriod = await table.queryFirst({
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': partition, ':p': PARTITION_PREFIXES.period },
    ConsistentRead: true,
  });
  let endDate = employee.end_date;
  if (employee.status === 'inactive' && endDate === null) {
    const last = await table.queryFirst({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :a)',
      ExpressionAttributeValues: { ':pk': partition, ':a': PARTITION_PREFIXES.attendance },
      ScanIndexForward: false,
      ConsistentRead: true,
    });
    const candidate = (last?.attendance_date as string | undefined) ?? employee.updated_at.slice(0, 10);
    endDate = candidate < employee.hire_date ? employee.hire_date : candidate;
  }
  if (hasPeriod && endDate === employee.end_date) return;
  const steps: TransactStep[] = [];
  if (endDate !== employee.end_date) {
    steps.push({
      write: {
        Update: {
          TableName: table.name,
          Key: keys.employee(employee.employee_id),
          UpdateExpression: 'SET end_date = :end, version = :next',
          ConditionExpression: 'version = :read',
          ExpressionAttributeValues: { ':end': endDate, ':read': item.version, ':next': (item.version as number) + 1 },
        },
      },
    });
  }
  if (!hasPeriod) {
    const period = {
      employee_id: employee.employee_id,
      team_id: employee.team_id,
      from: employee.hire_date,
      to: null,
      hire_date: employee.hire_date,
      end_date: endDate,
    };
    steps.push(
      { write: { Put: { TableName: table.name, Item: periodItem(period), ConditionExpression: 'attribute_not_exists(PK)' } } },
      ...teamReferences(table, new Map([[employee.team_id, 1]])),
    );
  }
  // Changed since read (another instance upgrading it, or a write): read again.
  await table.transact(steps.map((step) => ({ ...step, onConditionFailed: () => STALE })));
}
