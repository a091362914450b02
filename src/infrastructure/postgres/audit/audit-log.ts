import { auditEntry, type AuditedChange, type AuditEntry, type AuditStamp } from '../../../core/audit/audit-entry';
import type { SqlClient, SqlExecutor } from '../sql-client';

/** The entries as one JSON parameter: one statement whatever their number. */
export const AUDIT_INSERT = 'INSERT INTO audit_log SELECT * FROM jsonb_populate_recordset(NULL::audit_log, $1::jsonb)';

export async function appendAudit(tx: SqlExecutor, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length > 0) await tx.query(AUDIT_INSERT, [JSON.stringify(entries)]);
}

/**
 * Runs a write and appends the audit entries it reports, in one transaction;
 * without a stamp the write runs alone. `write` returns its result and the
 * changes to record (none when it changed nothing).
 */
export async function auditedWrite<T>(
  sql: SqlClient,
  audit: AuditStamp | undefined,
  write: (tx: SqlExecutor) => Promise<{ result: T; changes: readonly AuditedChange[] }>,
): Promise<T> {
  if (!audit) return (await write(sql)).result;
  return sql.transaction(async (tx) => {
    const { result, changes } = await write(tx);
    await appendAudit(
      tx,
      changes.map((change) => auditEntry(audit, change)),
    );
    return result;
  });
}

/** What an entry takes from the row its statement returns: the whole row as `before` (a delete), or one column into `after`. */
export type FromRow = 'before' | { afterColumn: string };

/**
 * One statement that writes and audits: `statement` (with RETURNING) runs as
 * a CTE, and the entry — parameter `$param`, from auditParam — is inserted
 * for the row it returns (none when it wrote nothing), completed from that
 * row as `fromRow` says. Without a stamp, the statement alone.
 */
export function withAuditOf(statement: string, audit: AuditStamp | undefined, param: number, fromRow?: FromRow): string {
  if (!audit) return statement;
  const given = `$${param}::jsonb`;
  const entry =
    fromRow === undefined
      ? given
      : fromRow === 'before'
        ? `${given} || jsonb_build_object('before', to_jsonb(changed))`
        : `${given} || jsonb_build_object('after', (${given} -> 'after') || jsonb_build_object('${fromRow.afterColumn}', changed.${fromRow.afterColumn}))`;
  return `WITH changed AS (${statement}),
    audited AS (INSERT INTO audit_log SELECT entry.* FROM changed, jsonb_populate_record(NULL::audit_log, ${entry}) AS entry)
    SELECT * FROM changed`;
}

/** The parameter withAuditOf's statement takes: none without a stamp. */
export function auditParam(audit: AuditStamp | undefined, change: AuditedChange): string[] {
  return audit ? [JSON.stringify(auditEntry(audit, change))] : [];
}
