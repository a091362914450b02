import { LastAdminError } from '../../core/errors';
import type { SqlExecutor } from './sql-client';

/**
 * Throws when `username` is the only enabled admin. Locking every enabled
 * admin row makes concurrent demotions take turns, so two transactions cannot
 * each remove "the other" last admin.
 */
export async function assertNotLastEnabledAdmin(tx: SqlExecutor, username: string): Promise<void> {
  const admins = await tx.query<{ username: string }>(
    `SELECT username FROM accounts WHERE role = 'admin' AND NOT disabled ORDER BY username FOR UPDATE`,
  );
  if (admins.length === 1 && admins[0]!.username === username) throw new LastAdminError();
}
