import type { Employee } from '../../../core/employee';
import { DuplicateEmailError } from '../../../core/errors';
import { toAccount } from '../account.repository';
import { adminCountStep, isEnabledAdmin } from '../admin-count';
import { STALE, type TableClient, type TransactStep } from '../table-client';
import { unknownTeam } from './employee-items';
import { keys } from '../key-design';
import { claimTokenVersion } from '../token-version';

/** The email's claim item: unique emails on a table that is unique only by key. */
export function claimEmail(table: TableClient, email: string, employeeId: string): TransactStep {
  return {
    write: { Put: { TableName: table.name, Item: { ...keys.email(email), employee_id: employeeId }, ConditionExpression: 'attribute_not_exists(PK)' } },
    onConditionFailed: () => new DuplicateEmailError(email),
  };
}

/**
 * Employees, their membership periods and team holidays count on their team
 * item, so a team is deleted only when nothing refers to it. One step per
 * team: a transaction may touch an item once.
 */
export function teamReference(table: TableClient, teamId: string, delta: number): TransactStep {
  return {
    write: {
      Update: {
        TableName: table.name,
        Key: keys.team(teamId),
        UpdateExpression: 'ADD ref_count :delta',
        ...(delta > 0 && { ConditionExpression: 'attribute_exists(PK)' }),
        ExpressionAttributeValues: { ':delta': delta },
      },
    },
    onConditionFailed: () => unknownTeam(teamId),
  };
}

/**
 * Rewrites the team and status copies on the employee's login, or checks
 * there still is none. A leaver's admin login stops counting as an enabled
 * admin (and a returner's counts again), guarded by the role and disabled flag read.
 */
/** The team reference steps for a set of changes, merged per team; teams whose changes cancel out are left alone. */
export function teamReferences(table: TableClient, deltas: ReadonlyMap<string, number>): TransactStep[] {
  return [...deltas].filter(([, delta]) => delta !== 0).map(([team, delta]) => teamReference(table, team, delta));
}

export async function loginCopy(table: TableClient, employee: Employee): Promise<TransactStep[]> {
  const key = keys.account(employee.employee_id);
  const item = await table.get(key);
  if (!item)
    return [
      { write: { ConditionCheck: { TableName: table.name, Key: key, ConditionExpression: 'attribute_not_exists(PK)' } }, onConditionFailed: () => STALE },
    ];
  const login = toAccount(item);
  // A leaver's tokens end for good, as a disabled login's do: coming back revives none of them.
  const leaving = employee.status === 'inactive' && login.employee_status !== 'inactive';
  return [
    {
      write: {
        Update: {
          TableName: table.name,
          Key: key,
          UpdateExpression: `SET team_id = :team, employee_status = :status${leaving ? ', token_version = :version' : ''}`,
          ConditionExpression: 'attribute_exists(PK) AND #role = :role AND disabled = :disabled',
          ExpressionAttributeNames: { '#role': 'role' },
          ExpressionAttributeValues: {
            ':team': employee.team_id,
            ':status': employee.status,
            ':role': login.role,
            ':disabled': login.disabled,
            ...(leaving && { ':version': await claimTokenVersion(table) }),
          },
        },
      },
      onConditionFailed: () => STALE,
    },
    ...adminCountStep(
      table.name,
      isEnabledAdmin(login.role, login.disabled, login.employee_status),
      isEnabledAdmin(login.role, login.disabled, employee.status),
    ),
  ];
}
