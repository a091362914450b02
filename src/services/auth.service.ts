import type { Principal } from '../core/access';
import { canSignIn, normalizeUsername, tokenIsCurrent, type Account } from '../core/account';
import { UnauthorizedError } from '../core/errors';
import { stampFor } from '../core/audit/audit-entry';
import type { AccountRepository, Clock, EmployeeRepository, IssuedToken, PasswordHasher, TokenService } from '../core/ports';
import type { AccountStateCache } from './account-state-cache';

const BAD_LOGIN = 'Incorrect username or password';

/** Logins and tokens: who someone is, and whether their token still speaks for them. */
export class AuthService {
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly accounts: AccountRepository,
    private readonly employees: EmployeeRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly accountStates: AccountStateCache,
    private readonly clock: Clock,
  ) {}

  /** A wrong password, an unknown user and a disabled or inactive login fail alike, in about the same time. */
  async login(username: string, password: string): Promise<IssuedToken> {
    const account = await this.findAccount(username);
    if (!account) {
      this.dummyHash ??= this.hasher.hash('a password nobody has');
      await this.hasher.verify(password, await this.dummyHash);
      throw new UnauthorizedError(BAD_LOGIN);
    }
    const matches = await this.hasher.verify(password, account.password_hash);
    if (!matches || !canSignIn(account)) throw new UnauthorizedError(BAD_LOGIN);
    return this.issueFor(account);
  }

  /**
   * What failed logins are counted against: the login a sign-in name names, so
   * that one person's email and employee id share one limit (else each name
   * got its own, and an attacker twice the guesses); an unknown name as typed.
   */
  async failureKey(username: string): Promise<string> {
    const account = await this.findAccount(username);
    return account ? this.loginFailureKey(account.username) : `name:${username.trim().toLowerCase()}`;
  }

  /** The same key for a login already known (a wrong current password on a password change). */
  loginFailureKey(username: string): string {
    return `login:${username}`;
  }

  /** The principal a bearer token speaks for, as its login is now. */
  async authenticate(token: string): Promise<Principal> {
    const claims = this.tokens.verify(token);
    if (!claims) throw new UnauthorizedError('The token is invalid or expired');
    const state = await this.accountStates.get(claims.sub);
    if (!state || !canSignIn(state) || !tokenIsCurrent(state, claims)) {
      throw new UnauthorizedError('The token is no longer valid');
    }
    return { username: state.username, role: state.role, employee_id: state.employee_id, team_id: state.team_id };
  }

  /**
   * Ends the login's other tokens (the version bump) but not `token`, the one
   * that made the change, and hands the caller a fresh one as well.
   */
  async changePassword(principal: Principal, token: string, currentPassword: string, newPassword: string): Promise<IssuedToken> {
    const account = await this.accounts.get(principal.username);
    if (!account || !(await this.hasher.verify(currentPassword, account.password_hash))) {
      throw new UnauthorizedError('The current password is incorrect');
    }
    const keep = this.tokens.verify(token)?.jti;
    const patch = { password_hash: await this.hasher.hash(newPassword), ...(keep !== undefined && { keep_token: keep }) };
    const updated = await this.accounts.update(account.username, patch, stampFor(principal, this.clock.now()));
    this.accountStates.invalidate(account.username);
    if (!updated) throw new UnauthorizedError('The login no longer exists');
    return this.issueFor(updated);
  }

  private issueFor(account: Account): IssuedToken {
    return this.tokens.issue({
      sub: account.username,
      role: account.role,
      employee_id: account.employee_id,
      team_id: account.team_id,
      ver: account.token_version,
    });
  }

  /** By employee email, employee id, or the bootstrap admin's name; all case-insensitive. */
  private async findAccount(login: string): Promise<Account | null> {
    if (login.includes('@')) {
      const employee = await this.employees.findByEmail(login.trim());
      return employee ? this.accounts.get(employee.employee_id) : null;
    }
    return this.accounts.get(normalizeUsername(login));
  }
}
