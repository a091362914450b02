import { LastAdminError } from '../../core/errors';
import type { SqlExecutor } from './sql-client';

/** An enabled admin: an admin login, not disabled, whose employee (if it has one) is active: one who can sign in. */
const ENABLED_ADMINS = `FROM accounts a LEFT JOIN employees e ON e.employee_id = a.employee_id
  WHERE a.role = 'admin' AND NOT a.disabled AND (a.employee_id IS NULL OR e.status = 'active')`;

/**
 * Locks every enabled admin's login, so that concurrent changes that each
 * remove one admin take turns: two transactions cannot each remove "the
 * other" last admin.
 */
async function lockEnabledAdmins(tx: SqlExecutor): Promise<string[]> {
  const admins = await tx.query<{ username: string }>(`SELECT a.username ${ENABLED_ADMINS} ORDER BY a.username FOR UPDATE OF a`);
  return admins.map((admin) => admin.username);
}

/** Throws when `username` is the only enabled admin. */
export async function assertNotLastEnabledAdmin(tx: SqlExecutor, username: string): Promise<void> {
  const admins = await lockEnabledAdmins(tx);
  if (admins.length === 1 && admins[0] === username) throw new LastAdminError();
}

/**
 * Runs a change to employees' status (which can make an admin unable to sign
 * in) and throws, rolling it back, when it left no enabled admin where there was one.
 */
export async function keepingAnEnabledAdmin<T>(tx: SqlExecutor, change: () => Promise<T>): Promise<T> {
  const before = await lockEnabledAdmins(tx);
  const result = await change();
  const [after] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n ${ENABLED_ADMINS}`);
  if (before.length > 0 && after!.n === 0) throw new LastAdminError();
  return result;
}
