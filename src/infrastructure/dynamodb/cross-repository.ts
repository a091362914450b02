/**
 * What one DynamoDB repository asks of another, beside the ports. On
 * PostgreSQL foreign keys, cascades and joins do this work inside one
 * statement; on the single table an employee's items of every kind share
 * their partition, and the repository that owns each kind removes or
 * rewrites them. A repository that offers one of these says so with
 * `implements`; one that calls it takes it by this type (dynamodb.database.ts
 * wires them), so both sides are checked by the compiler.
 */

/**
 * Removes every item of one kind an employee's partition holds, after the
 * employee's own delete. Idempotent: a rerun finishes an interrupted purge.
 */
export interface EmployeePurge {
  purgeEmployee(employeeId: string): Promise<void>;
}

/** Rewrites the copies of an employee's name and team that other items carry, after the employee's update. Idempotent. */
export interface EmployeeCopies {
  propagateEmployee(employeeId: string): Promise<void>;
}

/** Moves an employee's pending leave requests to the team they moved to. */
export interface PendingLeaveMove {
  carryPending(employeeId: string): Promise<void>;
}

/** Whether any attendance record still names the team (a team in use is not deleted). */
export interface TeamRecords {
  teamHasRecords(teamId: string): Promise<boolean>;
}

/** Whatever an employee's update or delete reaches beyond the employee, their login and their membership periods. */
export interface EmployeeCascades {
  attendance: EmployeePurge;
  scores: EmployeePurge & EmployeeCopies;
  leave: EmployeePurge & PendingLeaveMove;
  corrections: EmployeePurge;
}
