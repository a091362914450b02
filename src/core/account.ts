import { EMPLOYEE_ID_PATTERN, type EmployeeStatus } from './employee';

export const ROLES = ['admin', 'manager', 'employee'] as const;
export type Role = (typeof ROLES)[number];

/** A login as stored, hash included; never leaves the services. */
export interface Account {
  username: string;
  password_hash: string;
  role: Role;
  employee_id: string | null;
  team_id: string | null;
  /** The employee's status, read like team_id; null for a login without an employee (the bootstrap admin). */
  employee_status: EmployeeStatus | null;
  disabled: boolean;
  /**
   * Tokens carry it; a new one, never any login's before, is given when the
   * password changes, the login is disabled or its employee goes inactive,
   * which ends every token issued before.
   */
  token_version: number;
  /**
   * The one token issued before the current version that still speaks for the
   * login: the one that changed its password, as `<token_version>:<token id>`.
   * Bound to the version it was kept under, so any later change that ends
   * tokens (disabling, going inactive, another password) ends it too.
   */
  kept_token: string | null;
  created_at: string;
  updated_at: string;
}

export type AccountView = Omit<Account, 'password_hash' | 'employee_status' | 'token_version' | 'kept_token' | 'updated_at'>;

export function toAccountView(account: Account): AccountView {
  return {
    username: account.username,
    role: account.role,
    employee_id: account.employee_id,
    team_id: account.team_id,
    disabled: account.disabled,
    created_at: account.created_at,
  };
}

export function toAccountState(account: Account): AccountState {
  return {
    username: account.username,
    role: account.role,
    employee_id: account.employee_id,
    team_id: account.team_id,
    employee_status: account.employee_status,
    disabled: account.disabled,
    token_version: account.token_version,
    kept_token: account.kept_token,
  };
}

export interface NewAccount {
  username: string;
  password_hash: string;
  role: Role;
  employee_id: string | null;
  disabled: boolean;
}

export interface AccountPatch {
  password_hash?: string;
  /** With password_hash: the id of the token that changed it, which stays valid (its login's other tokens end). */
  keep_token?: string;
  role?: Role;
  disabled?: boolean;
}

/** The state that decides what a token may do; cached per instance. */
export interface AccountState {
  username: string;
  role: Role;
  employee_id: string | null;
  team_id: string | null;
  employee_status: EmployeeStatus | null;
  disabled: boolean;
  token_version: number;
  kept_token: string | null;
}

/** How a kept token is stored: bound to the version its password change gave. */
export function keptToken(tokenVersion: number, tokenId: string): string {
  return `${tokenVersion}:${tokenId}`;
}

/** Whether a token of this login still speaks for it: issued under its current version, or the one token kept across it. */
export function tokenIsCurrent(state: Pick<AccountState, 'token_version' | 'kept_token'>, claims: { ver: number; jti?: string }): boolean {
  if (claims.ver === state.token_version) return true;
  return claims.jti !== undefined && state.kept_token === keptToken(state.token_version, claims.jti);
}

/**
 * Whether a login may sign in and its tokens speak for it: not disabled, and
 * not an inactive employee's (inactive is how a leaver's records are kept).
 */
export function canSignIn(login: Pick<AccountState, 'disabled' | 'employee_status'>): boolean {
  return !login.disabled && login.employee_status !== 'inactive';
}

export const PASSWORD_MIN_BYTES = 10;
/** bcrypt ignores everything past 72 bytes; refusing longer passwords keeps that honest. */
export const PASSWORD_MAX_BYTES = 72;

export function passwordLengthProblem(password: string): string | null {
  const bytes = new TextEncoder().encode(password).length;
  if (bytes < PASSWORD_MIN_BYTES) return `must be at least ${PASSWORD_MIN_BYTES} bytes`;
  if (bytes > PASSWORD_MAX_BYTES) return `must be at most ${PASSWORD_MAX_BYTES} bytes`;
  return null;
}

/**
 * Logins are keyed by employee id (stable: it never changes, unlike an email)
 * or, for the bootstrap admin, by a plain name stored in lower case.
 */
export function normalizeUsername(username: string): string {
  const trimmed = username.trim();
  const upper = trimmed.toUpperCase();
  return EMPLOYEE_ID_PATTERN.test(upper) ? upper : trimmed.toLowerCase();
}

export const ADMIN_USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,63}$/;
