/**
 * The port's atomic change on DynamoDB: read each employee's guard, then
 * their book; decide; write everything in one transaction conditional on
 * every guard's version as read. A change that lands in between moves a
 * version, the transaction is cancelled, and the whole read-decide-write
 * runs again (decide is pure, so running it twice is safe).
 */
import { NotFoundError, PartialWriteError, ValidationError } from '../../../core/errors';
import type { LeaveBook, LeaveChange, LeaveScope } from '../../../core/leave/leave-repository';
import type { LeaveRequest } from '../../../core/leave/leave-request';
import type { AuditStamp } from '../../../core/audit/audit-entry';
import { STALE, type TableClient, type Item, type TransactStep } from '../table-client';
import { mapLimited } from '../limited';
import { keys } from '../key-design';
import { auditsByEmployee, type AuditStep } from './leave-audit-steps';
import { leaveBalanceItem, leaveRequestItem, leaveRequestPointer, ledgerEntryItem, toLeaveGuard, type LeaveGuard } from './leave-items';
import { QUERY_CONCURRENCY, byDates, employeeBalances, employeeRequests } from './leave-reads';

/** DynamoDB's limit of items in one transaction. */
const MAX_ITEMS = 100;

type Decide = (books: ReadonlyMap<string, LeaveBook>) => LeaveChange | Promise<LeaveChange>;

export function changeLeave(table: TableClient, employeeIds: readonly string[], scope: LeaveScope, decide: Decide, audit?: AuditStamp): Promise<LeaveChange> {
  const ids = [...new Set(employeeIds)].sort();
  return table.withFreshReads(async () => {
    const read = await mapLimited(ids, QUERY_CONCURRENCY, (id) => readBook(table, id, scope));
    const change = await decide(new Map(read.map(({ book }) => [book.employee_id, book])));
    await writeGuarded(table, employeeIds, new Map(read.map(({ book, guard }) => [book.employee_id, guard])), change, audit);
    return change;
  });
}

async function readBook(table: TableClient, employeeId: string, scope: LeaveScope): Promise<{ guard: LeaveGuard; book: LeaveBook }> {
  // The guard before the book: whatever lands after this read moves the version the write is conditional on.
  const [guard, employee] = await Promise.all([table.get(keys.leaveGuard(employeeId)), table.get(keys.employee(employeeId))]);
  if (!employee) throw new NotFoundError('Employee', employeeId);
  const [balances, requests] = await Promise.all([
    employeeBalances(table, employeeId, scope.years, true),
    scope.from === undefined || scope.to === undefined
      ? []
      : employeeRequests(table, employeeId, { from: scope.from, to: scope.to }, { statuses: ['pending', 'approved'], consistent: true }),
  ]);
  return { guard: toLeaveGuard(guard), book: { employee_id: employeeId, balances, requests: requests.sort(byDates) } };
}

/** Steps that go in one transaction: one employee's guard, existence and part (or all) of their writes. */
interface Piece {
  employeeId: string;
  steps: TransactStep[];
  /** Types this employee names for the first time: each adds one to its type's `uses`. */
  firstUses: readonly string[];
  /** The employee's last piece: once it lands, all their writes have. */
  last: boolean;
  /** False for an employee read but not written: their guard is only checked. */
  writes: boolean;
}

/**
 * Writes a decided change under the guards read. Up to 100 items it is one
 * transaction. A bigger one (an import) goes in several, each guarded by
 * the versions the one before left, so none can overwrite a change made
 * meanwhile; if a later one fails, the earlier ones stand and a
 * PartialWriteError names the employees (by their position in
 * `employeeIds`) whose writes all landed.
 */
export async function writeGuarded(
  table: TableClient,
  employeeIds: readonly string[],
  guards: ReadonlyMap<string, LeaveGuard>,
  change: LeaveChange,
  audit?: AuditStamp,
): Promise<void> {
  const written = [...change.entries, ...change.requests, ...change.balances];
  if (written.length === 0) return;
  const stranger = written.find((w) => !guards.has(w.employee_id));
  if (stranger) throw new Error(`A leave change writes for ${stranger.employee_id}, whose book it did not read`);
  const at = table.now();
  const audits = auditsByEmployee(table, change, guards, written[0]!.employee_id, audit);
  const pieces = [...guards].flatMap(([id, guard]) => piecesOf(table, id, guard, change, at, audits.get(id) ?? []));
  // Guards only checked go first: split or not, a stale one then reads again with nothing written.
  const chunks = pack(table, [...pieces.filter((p) => !p.writes), ...pieces.filter((p) => p.writes)]);
  const landed = new Set<string>();
  for (const [index, chunk] of chunks.entries()) {
    try {
      await table.transact(chunk.steps);
    } catch (error) {
      // The first one wrote nothing: a stale guard there reads and decides again.
      if (index === 0) throw error;
      throw new PartialWriteError(
        employeeIds.flatMap((id, position) => (landed.has(id) ? [position] : [])),
        error,
      );
    }
    for (const piece of chunk.pieces) if (piece.last) landed.add(piece.employeeId);
  }
}

function piecesOf(table: TableClient, employeeId: string, guard: LeaveGuard, change: LeaveChange, at: string, audits: readonly AuditStep[]): Piece[] {
  const mine = <T extends { employee_id: string }>(list: readonly T[]) => list.filter((x) => x.employee_id === employeeId);
  const [entries, requests, balances] = [mine(change.entries), mine(change.requests), mine(change.balances)];
  if (entries.length + requests.length + balances.length === 0) {
    // Read but not written: its book must still be as read when the others are written.
    return [{ employeeId, steps: [guardStep(table, employeeId, guard, 0, null, [])], firstUses: [], last: true, writes: false }];
  }
  const firstUses = [...new Set([...entries, ...requests, ...balances].map((x) => x.code))].filter((code) => !guard.codes.has(code)).sort();
  const requestIds = new Set(requests.map((r) => r.request_id));
  const auditsOf = (requestId: string) => audits.filter((a) => a.entityId === requestId).map((a) => a.step);
  // Steps that stay together (a request, its pointer and its audit entries), each with the ledger entries it holds.
  const groups: { steps: TransactStep[]; entries: number }[] = [
    ...audits.filter((a) => !requestIds.has(a.entityId)).map((a) => ({ steps: [a.step], entries: 0 })),
    ...entries.map((entry, i) => ({ steps: [put(table, ledgerEntryItem(entry, guard.seq + i + 1, at), true)], entries: 1 })),
    ...requests.map((r) => ({ steps: [pointerStep(table, r), put(table, leaveRequestItem(r)), ...auditsOf(r.request_id)], entries: 0 })),
    ...balances.map((b) => ({ steps: [put(table, leaveBalanceItem(b))], entries: 0 })),
  ];
  const capacity = MAX_ITEMS - 2 - firstUses.length;
  const parts: (typeof groups)[] = [[]];
  let size = 0;
  for (const group of groups) {
    if (size + group.steps.length > capacity) {
      parts.push([]);
      size = 0;
    }
    parts[parts.length - 1]!.push(group);
    size += group.steps.length;
  }
  let seq = guard.seq;
  return parts.map((part, k) => {
    seq += part.reduce((sum, group) => sum + group.entries, 0);
    const codes = k === 0 ? firstUses : [];
    return {
      employeeId,
      steps: [guardStep(table, employeeId, guard, k, seq, codes), employeeExists(table, employeeId), ...part.flatMap((group) => group.steps)],
      firstUses: codes,
      last: k === parts.length - 1,
      writes: true,
    };
  });
}

/** Pieces into transactions of at most MAX_ITEMS, with one `uses` step per type first named in each. */
function pack(table: TableClient, pieces: Piece[]): { steps: TransactStep[]; pieces: Piece[] }[] {
  const chunks: { steps: TransactStep[]; pieces: Piece[] }[] = [];
  let current: Piece[] = [];
  let uses = new Map<string, number>();
  let size = 0;
  const flush = () => {
    if (current.length > 0)
      chunks.push({ pieces: current, steps: [...current.flatMap((p) => p.steps), ...[...uses].map(([code, n]) => useStep(table, code, n))] });
    current = [];
    uses = new Map<string, number>();
    size = 0;
  };
  for (const piece of pieces) {
    const newTypes = piece.firstUses.filter((code) => !uses.has(code)).length;
    if (size + uses.size + piece.steps.length + newTypes > MAX_ITEMS) flush();
    current.push(piece);
    size += piece.steps.length;
    for (const code of piece.firstUses) uses.set(code, (uses.get(code) ?? 0) + 1);
  }
  flush();
  return chunks;
}

/**
 * The guard as read, moved on by one version (the k-th piece of a split
 * change expects the version the one before left), with the ledger's last
 * number; a null `seq` only checks it.
 */
function guardStep(table: TableClient, employeeId: string, guard: LeaveGuard, k: number, seq: number | null, codes: readonly string[]): TransactStep {
  const read = guard.version + k;
  const fresh = k === 0 && !guard.exists;
  const condition = fresh
    ? { ConditionExpression: 'attribute_not_exists(PK)' }
    : { ConditionExpression: '#version = :read', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':read': read } };
  const key = { TableName: table.name, Key: keys.leaveGuard(employeeId) };
  if (seq === null) return { write: { ConditionCheck: { ...key, ...condition } }, onConditionFailed: () => STALE };
  return {
    write: {
      Update: {
        ...key,
        UpdateExpression: `SET #version = :next, #seq = :seq${codes.length > 0 ? ' ADD #codes :codes' : ''}`,
        ConditionExpression: condition.ConditionExpression,
        ExpressionAttributeNames: { '#version': 'version', '#seq': 'seq', ...(codes.length > 0 && { '#codes': 'codes' }) },
        ExpressionAttributeValues: { ':next': read + 1, ':seq': seq, ...(!fresh && { ':read': read }), ...(codes.length > 0 && { ':codes': new Set(codes) }) },
      },
    },
    onConditionFailed: () => STALE,
  };
}

/** Nothing is written for an employee deleted since the read: their purge may already have run. */
function employeeExists(table: TableClient, employeeId: string): TransactStep {
  return {
    write: { ConditionCheck: { TableName: table.name, Key: keys.employee(employeeId), ConditionExpression: 'attribute_exists(PK)' } },
    onConditionFailed: () => new NotFoundError('Employee', employeeId),
  };
}

/** One more employee names the type; a type deleted (or never made) refuses, as PostgreSQL's foreign key does. */
function useStep(table: TableClient, code: string, employees: number): TransactStep {
  return {
    write: {
      Update: {
        TableName: table.name,
        Key: keys.leaveType(code),
        UpdateExpression: 'ADD #uses :n',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#deleted)',
        ExpressionAttributeNames: { '#uses': 'uses', '#deleted': 'deleted' },
        ExpressionAttributeValues: { ':n': employees },
      },
    },
    onConditionFailed: () => ValidationError.field('code', `Leave type ${code} does not exist`),
  };
}

/**
 * A request's pointer. Its dates are its key and never change (PostgreSQL's
 * rewrite leaves them as filed): a request rewritten with another last day
 * would be a second item, so that is refused.
 */
function pointerStep(table: TableClient, request: LeaveRequest): TransactStep {
  return {
    write: {
      Put: {
        TableName: table.name,
        Item: leaveRequestPointer(request),
        ConditionExpression: 'attribute_not_exists(PK) OR #to = :to',
        ExpressionAttributeNames: { '#to': 'to' },
        ExpressionAttributeValues: { ':to': request.to },
      },
    },
    onConditionFailed: () => new Error(`Leave request ${request.request_id} was filed with other dates, which never change`),
  };
}

/** A whole item; a ledger entry is new by its number (the guard already makes it so). */
function put(table: TableClient, item: Item, isNew = false): TransactStep {
  return {
    write: { Put: { TableName: table.name, Item: item, ...(isNew && { ConditionExpression: 'attribute_not_exists(PK)' }) } },
    ...(isNew && { onConditionFailed: () => STALE }),
  };
}
