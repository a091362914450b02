import type { LeaveChange } from '../../../core/leave/leave-repository';
import type { SqlExecutor } from '../sql-client';

/**
 * A decided change, within its transaction: entries appended in order,
 * requests and balances written whole. Returns the ids the ledger gave its
 * adjustments, in order.
 */
export async function writeChange(tx: SqlExecutor, change: LeaveChange): Promise<string[]> {
  const { entries, requests, balances } = change;
  let adjustments: string[] = [];
  if (entries.length > 0) {
    // WITH ORDINALITY keeps the entries' order in their ids, the ledger's order.
    const appended = await tx.query<{ entry_id: string; kind: string }>(
      `INSERT INTO leave_ledger (employee_id, code, year, kind, days, request_id, reason, actor)
       SELECT employee_id, code, year, kind, days, request_id, reason, actor
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::numeric[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY
         AS e(employee_id, code, year, kind, days, request_id, reason, actor, n)
       ORDER BY n
       RETURNING entry_id::text, kind`,
      [
        entries.map((e) => e.employee_id),
        entries.map((e) => e.code),
        entries.map((e) => e.year),
        entries.map((e) => e.kind),
        entries.map((e) => e.days),
        entries.map((e) => e.request_id),
        entries.map((e) => e.reason),
        entries.map((e) => e.actor),
      ],
    );
    adjustments = appended
      .filter((e) => e.kind === 'adjustment')
      .map((e) => e.entry_id)
      .sort((a, b) => Number(a) - Number(b));
  }
  for (const r of requests) {
    await tx.query(
      `INSERT INTO leave_requests (request_id, employee_id, team_id, code, from_date, to_date, half_day, days, charges, status, reason, requested_by, decided_by, decided_at, decision_note, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13, $14, $15, $16, $17)
       ON CONFLICT (request_id) DO UPDATE SET team_id = EXCLUDED.team_id, charges = EXCLUDED.charges, status = EXCLUDED.status, decided_by = EXCLUDED.decided_by,
         decided_at = EXCLUDED.decided_at, decision_note = EXCLUDED.decision_note, updated_at = EXCLUDED.updated_at`,
      [
        r.request_id,
        r.employee_id,
        r.team_id,
        r.code,
        r.from,
        r.to,
        r.half_day,
        r.days,
        JSON.stringify(r.charges),
        r.status,
        r.reason,
        r.requested_by,
        r.decided_by,
        r.decided_at,
        r.decision_note,
        r.created_at,
        r.updated_at,
      ],
    );
  }
  if (balances.length > 0) {
    await tx.query(
      `INSERT INTO leave_balances (employee_id, year, code, allocated, adjusted, taken, pending)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::numeric[], $5::numeric[], $6::numeric[], $7::numeric[])
       ON CONFLICT (employee_id, year, code) DO UPDATE SET allocated = EXCLUDED.allocated, adjusted = EXCLUDED.adjusted, taken = EXCLUDED.taken, pending = EXCLUDED.pending`,
      [
        balances.map((b) => b.employee_id),
        balances.map((b) => b.year),
        balances.map((b) => b.code),
        balances.map((b) => b.allocated),
        balances.map((b) => b.adjusted),
        balances.map((b) => b.taken),
        balances.map((b) => b.pending),
      ],
    );
  }
  return adjustments;
}
