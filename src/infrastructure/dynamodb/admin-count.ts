import type { Role } from '../../core/account';
import type { EmployeeStatus } from '../../core/employee';
import { LastAdminError } from '../../core/errors';
import type { TransactStep } from './table-client';
import { keys } from './key-design';

/** An admin who can sign in: not disabled, and their employee (if they have one) not a leaver. */
export const isEnabledAdmin = (role: Role, disabled: boolean, employeeStatus: EmployeeStatus | null) =>
  role === 'admin' && !disabled && employeeStatus !== 'inactive';

/**
 * The change to the count of enabled admins that a login's change implies, as
 * a transaction step; on the way down it refuses to reach zero.
 */
export function adminCountStep(tableName: string, wasEnabledAdmin: boolean, willBeEnabledAdmin: boolean): TransactStep[] {
  if (wasEnabledAdmin === willBeEnabledAdmin) return [];
  const up = willBeEnabledAdmin;
  return [
    {
      write: {
        Update: {
          TableName: tableName,
          Key: keys.admins(),
          UpdateExpression: 'ADD #count :delta',
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: up ? { ':delta': 1 } : { ':delta': -1, ':one': 1 },
          ...(!up && { ConditionExpression: '#count > :one' }),
        },
      },
      onConditionFailed: () => new LastAdminError(),
    },
  ];
}
