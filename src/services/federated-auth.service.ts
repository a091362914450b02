import { roleFromGroups, type Principal } from '../core/access';
import { ForbiddenError, UnauthorizedError } from '../core/errors';
import type { EmployeeRepository, IdentityVerifier } from '../core/ports';

/**
 * Principals for tokens an outside identity provider (Amazon Cognito) issued:
 * the provider vouches for who the user is and their groups; the employee
 * record, read on each request, says which team they belong to now.
 */
export class FederatedAuthService {
  constructor(
    private readonly verifier: IdentityVerifier,
    private readonly employees: EmployeeRepository,
  ) {}

  async authenticate(token: string): Promise<Principal> {
    const identity = await this.verifier.verify(token);
    if (!identity) throw new UnauthorizedError('The token is invalid or expired');
    const role = roleFromGroups(identity.groups);
    if (!role) throw new ForbiddenError('Your account is in no group that grants a role (admin, manager or employee)');
    const employee = identity.employee_id === null ? null : await this.employees.get(identity.employee_id);
    if (role !== 'admin' && !employee) {
      // A manager's scope is their employee's team: without the record there is no scope to give.
      throw new ForbiddenError(
        identity.employee_id === null
          ? 'Your account names no employee record; ask an admin to link it'
          : `Your account names employee ${identity.employee_id}, which does not exist`,
      );
    }
    return { username: identity.username, role, employee_id: employee?.employee_id ?? null, team_id: employee?.team_id ?? null };
  }
}
