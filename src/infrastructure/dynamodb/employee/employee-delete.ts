import type { AuditStamp } from '../../../core/audit/audit-entry';
import { toAccount } from '../account.repository';
import { adminCountStep, isEnabledAdmin } from '../admin-count';
import { auditSteps } from '../audit/audit-items';
import { keys } from '../key-design';
import { STALE, type TableClient, type TransactStep } from '../table-client';
import { periodWrites, readPeriods } from '../team-periods/period-items';
import { toEmployee } from './employee-items';
import { teamReferences } from './employee-steps';

/** The entry's `before` is the employee and the login removed with it (the purges that follow are its cascade). */
export function deleteEmployeeAndLogin(table: TableClient, employeeId: string, audit: AuditStamp | undefined): Promise<boolean> {
  return table.withFreshReads(async () => {
    const item = await table.get(keys.employee(employeeId));
    if (!item) return false;
    const employee = toEmployee(item);
    const loginItem = await table.get(keys.account(employeeId));
    const login = loginItem && toAccount(loginItem);
    const periods = periodWrites(table, await readPeriods(table, employeeId), []);
    periods.teamDeltas.set(employee.team_id, (periods.teamDeltas.get(employee.team_id) ?? 0) - 1);
    const steps: TransactStep[] = [
      {
        write: {
          Delete: {
            TableName: table.name,
            Key: keys.employee(employeeId),
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': item.version },
          },
        },
        onConditionFailed: () => STALE,
      },
      { write: { Delete: { TableName: table.name, Key: keys.email(employee.email) } } },
      ...periods.steps,
      ...teamReferences(table, periods.teamDeltas),
    ];
    if (login) {
      steps.push(
        {
          write: {
            Delete: {
              TableName: table.name,
              Key: keys.account(employeeId),
              ConditionExpression: '#role = :role AND disabled = :disabled',
              ExpressionAttributeNames: { '#role': 'role' },
              ExpressionAttributeValues: { ':role': login.role, ':disabled': login.disabled },
            },
          },
          onConditionFailed: () => STALE,
        },
        ...adminCountStep(table.name, isEnabledAdmin(login.role, login.disabled, login.employee_status), false),
      );
    } else {
      steps.push({
        write: { ConditionCheck: { TableName: table.name, Key: keys.account(employeeId), ConditionExpression: 'attribute_not_exists(PK)' } },
        onConditionFailed: () => STALE,
      });
    }
    steps.push(
      ...auditSteps(table.name, audit, {
        action: 'delete',
        entity: 'employee',
        entity_id: employeeId,
        before: { ...employee, login: login ? login.username : null },
      }),
    );
    await table.transact(steps);
    return true;
  });
}
