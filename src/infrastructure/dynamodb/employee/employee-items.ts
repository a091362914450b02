import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Employee, EmployeeFilter } from '../../../core/employee';
import { ValidationError } from '../../../core/errors';
import type { Item } from '../table-client';
import { GSI1, GSI2, collections, keys } from '../key-design';

const FIELDS = ['employee_id', 'name', 'email', 'team_id', 'position', 'job_title', 'status', 'hire_date', 'end_date', 'created_at', 'updated_at'] as const;

export function toEmployee(item: Item): Employee {
  return Object.fromEntries(FIELDS.map((field) => [field, item[field] ?? null])) as unknown as Employee;
}

/** The stored item: the employee, its index keys, a lower-cased name for search, and a version guarding read-then-write. */
export function employeeItem(employee: Employee, version: number): Item {
  return {
    ...keys.employee(employee.employee_id),
    GSI1PK: collections.employees,
    GSI1SK: employee.employee_id,
    GSI2PK: collections.teamEmployees(employee.team_id),
    GSI2SK: employee.employee_id,
    ...employee,
    name_lower: employee.name.toLowerCase(),
    version,
  };
}

export const unknownTeam = (teamId: string) => ValidationError.field('team_id', `Team ${teamId} does not exist`);

/** The Query that selects a filter's employees: the narrowest key serves it, the remaining criteria filter it. */
export function listQuery(filter: EmployeeFilter): { input: Omit<QueryCommandInput, 'TableName'>; index: 'table' | typeof GSI1 | typeof GSI2 } {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const match = (attribute: string, value: string) => {
    names[`#${attribute}`] = attribute;
    values[`:${attribute}`] = value;
    conditions.push(`#${attribute} = :${attribute}`);
  };
  if (filter.position !== undefined) match('position', filter.position);
  if (filter.status !== undefined) match('status', filter.status);
  if (filter.q !== undefined) {
    values[':q'] = filter.q.toLowerCase();
    values[':id_prefix'] = filter.q.toUpperCase();
    conditions.push('(contains(name_lower, :q) OR begins_with(employee_id, :id_prefix))');
  }
  let key: { expression: string; values: Record<string, unknown>; index: 'table' | typeof GSI1 | typeof GSI2 };
  if (filter.employee_id !== undefined) {
    if (filter.team_id !== undefined) match('team_id', filter.team_id);
    const { PK, SK } = keys.employee(filter.employee_id);
    key = { expression: 'PK = :pk AND SK = :sk', values: { ':pk': PK, ':sk': SK }, index: 'table' };
  } else if (filter.team_id !== undefined) {
    key = { expression: 'GSI2PK = :collection', values: { ':collection': collections.teamEmployees(filter.team_id) }, index: GSI2 };
  } else {
    key = { expression: 'GSI1PK = :collection', values: { ':collection': collections.employees }, index: GSI1 };
  }
  return {
    input: {
      KeyConditionExpression: key.expression,
      ...(conditions.length > 0 && { FilterExpression: conditions.join(' AND ') }),
      ...(Object.keys(names).length > 0 && { ExpressionAttributeNames: names }),
      ExpressionAttributeValues: { ...key.values, ...values },
    },
    index: key.index,
  };
}
