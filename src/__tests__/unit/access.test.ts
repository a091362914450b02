import { canReadEmployee, roleFromGroups, scopeEmployeeFilter, type Principal } from '../../core/access';

const admin: Principal = { username: 'admin', role: 'admin', employee_id: null, team_id: null };
const manager: Principal = { username: 'DEV-001', role: 'manager', employee_id: 'DEV-001', team_id: 'DEV' };
const employee: Principal = { username: 'DEV-002', role: 'employee', employee_id: 'DEV-002', team_id: 'DEV' };

describe('reading an employee', () => {
  it('lets an admin read anyone', () => {
    expect(canReadEmployee(admin, { employee_id: 'QA-001', team_id: 'QA' })).toBe(true);
  });

  it('lets a manager read their own team and nobody else, asked of this employee', () => {
    expect(canReadEmployee(manager, { employee_id: 'DEV-009', team_id: 'DEV' })).toBe(true);
    expect(canReadEmployee(manager, { employee_id: 'QA-001', team_id: 'QA' })).toBe(false);
  });

  it('lets an employee read only themselves, not a peer', () => {
    expect(canReadEmployee(employee, { employee_id: 'DEV-002', team_id: 'DEV' })).toBe(true);
    expect(canReadEmployee(employee, { employee_id: 'DEV-003', team_id: 'DEV' })).toBe(false);
  });

  it('gives a manager without a team no one', () => {
    expect(canReadEmployee({ ...manager, team_id: null }, { employee_id: 'DEV-003', team_id: 'DEV' })).toBe(false);
  });
});

describe('narrowing a list filter', () => {
  it('leaves an admin filter alone', () => {
    expect(scopeEmployeeFilter(admin, { team_id: 'QA', q: 'x' })).toEqual({ team_id: 'QA', q: 'x' });
  });

  it('pins a manager to their team, and empties a request for another team', () => {
    expect(scopeEmployeeFilter(manager, { position: 'Senior' })).toEqual({ position: 'Senior', team_id: 'DEV' });
    expect(scopeEmployeeFilter(manager, { team_id: 'DEV' })).toEqual({ team_id: 'DEV' });
    expect(scopeEmployeeFilter(manager, { team_id: 'QA' })).toBeNull();
  });

  it('pins an employee to themselves', () => {
    expect(scopeEmployeeFilter(employee, { team_id: 'DEV' })).toEqual({ team_id: 'DEV', employee_id: 'DEV-002' });
    expect(scopeEmployeeFilter(employee, { employee_id: 'DEV-003' })).toBeNull();
  });
});

describe('a role from identity-provider groups', () => {
  it('takes the most privileged of the groups that name a role, whatever their order', () => {
    expect(roleFromGroups(['employee', 'manager'])).toBe('manager');
    expect(roleFromGroups(['employee', 'admin', 'manager'])).toBe('admin');
    expect(roleFromGroups(['staff', 'employee'])).toBe('employee');
  });

  it('grants nothing when no group names a role, or the case differs', () => {
    expect(roleFromGroups([])).toBeNull();
    expect(roleFromGroups(['Admin', 'everyone'])).toBeNull();
  });
});
