import { requireRole, type Principal } from '../core/access';
import { ADMIN_USERNAME_PATTERN, normalizeUsername, toAccountView, type AccountView, type Role } from '../core/account';
import { AccountExistsError, NotFoundError, ValidationError } from '../core/errors';
import type { Page, PageRequest } from '../core/page';
import { stampFor, type AuditStamp } from '../core/audit/audit-entry';
import type { AccountRepository, Clock, EmployeeRepository, PasswordHasher } from '../core/ports';
import type { AccountStateCache } from './account-state-cache';

export interface AccountInput {
  password?: string;
  role?: Role;
  disabled?: boolean;
}

export interface PutAccountResult {
  account: AccountView;
  created: boolean;
}

/** Managing logins: an admin's work, apart from the bootstrap at first start. */
export class AccountService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly employees: EmployeeRepository,
    private readonly hasher: PasswordHasher,
    private readonly accountStates: AccountStateCache,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, page: PageRequest): Promise<Page<AccountView>> {
    requireRole(principal, 'admin');
    const result = await this.accounts.list(page);
    return { items: result.items.map(toAccountView), next: result.next };
  }

  /** Creates the employee's login, or changes the one they have. */
  async putForEmployee(principal: Principal, employeeId: string, input: AccountInput): Promise<PutAccountResult> {
    requireRole(principal, 'admin');
    if (!(await this.employees.get(employeeId))) throw new NotFoundError('Employee', employeeId);
    const password_hash = input.password === undefined ? undefined : await this.hasher.hash(input.password);
    try {
      const result = await this.write(employeeId, input, password_hash, stampFor(principal, this.clock.now()));
      return { account: toAccountView(result.account), created: result.created };
    } finally {
      this.accountStates.invalidate(employeeId);
    }
  }

  private async write(employeeId: string, input: AccountInput, password_hash: string | undefined, audit: AuditStamp) {
    const patch = {
      ...(password_hash !== undefined && { password_hash }),
      ...(input.role !== undefined && { role: input.role }),
      ...(input.disabled !== undefined && { disabled: input.disabled }),
    };
    const existing = await this.accounts.update(employeeId, patch, audit);
    if (existing) return { account: existing, created: false };
    if (password_hash === undefined) throw ValidationError.field('password', 'is required to create a login');
    try {
      const account = await this.accounts.create(
        {
          username: employeeId,
          password_hash,
          role: input.role ?? 'employee',
          employee_id: employeeId,
          disabled: input.disabled ?? false,
        },
        audit,
      );
      return { account, created: true };
    } catch (error) {
      // Another request created it between our update and create: change it instead.
      if (!(error instanceof AccountExistsError)) throw error;
      const account = await this.accounts.update(employeeId, patch, audit);
      if (!account) throw error;
      return { account, created: false };
    }
  }

  /** On first start with no logins at all, the configured admin (no employee record). */
  async bootstrapAdmin(username: string, password: string): Promise<boolean> {
    const name = normalizeUsername(username);
    if (!ADMIN_USERNAME_PATTERN.test(name)) {
      throw ValidationError.field('ADMIN_USERNAME', 'must be 3–64 lower-case letters, digits, dots, dashes or underscores');
    }
    if (await this.accounts.hasAny()) return false;
    try {
      await this.accounts.create({ username: name, password_hash: await this.hasher.hash(password), role: 'admin', employee_id: null, disabled: false });
      return true;
    } catch (error) {
      if (error instanceof AccountExistsError) return false;
      throw error;
    }
  }
}
