import type { SqlExecutor } from './sql-client';

/**
 * A new token version from the one sequence every login shares, so that a
 * login re-created under an old name never gets a version its earlier
 * holder's tokens carry.
 */
export const NEXT_TOKEN_VERSION = `nextval('account_token_versions')`;

/**
 * Ends every token of these employees' logins for good, as disabling a login
 * does: an employee made inactive and later active again gets none of them back.
 */
export async function endLeaversTokens(tx: SqlExecutor, employeeIds: readonly string[]): Promise<void> {
  if (employeeIds.length === 0) return;
  await tx.query(`UPDATE accounts SET token_version = ${NEXT_TOKEN_VERSION} WHERE employee_id = ANY ($1::text[])`, [employeeIds]);
}
