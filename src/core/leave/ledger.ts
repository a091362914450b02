/**
 * The leave ledger: append-only entries per employee, type and calendar year,
 * the source of every balance. A running balance may sit beside it; it is
 * always what `balanceOf` computes from the entries and the pending requests.
 */
import type { Employee } from '../employee';

export const LEDGER_KINDS = ['grant', 'adjustment', 'taken', 'reversal'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface LedgerEntry {
  entry_id: string;
  employee_id: string;
  code: string;
  year: number;
  kind: LedgerKind;
  /** Grants and reversals add (a compensating grant may subtract), taken subtracts (negative), adjustments either way. */
  days: number;
  request_id: string | null;
  reason: string | null;
  /** The username that caused it, or "system" for grants. */
  actor: string;
  at: string;
}

export type NewLedgerEntry = Omit<LedgerEntry, 'entry_id' | 'at'>;

/** An employee's standing in one type and year. */
export interface LeaveBalance {
  employee_id: string;
  year: number;
  code: string;
  /** Σ grants. */
  allocated: number;
  /** Σ adjustments. */
  adjusted: number;
  /** Approved leave less its reversals (positive). */
  taken: number;
  /** Σ of the pending requests' days in this year. */
  pending: number;
  /** allocated + adjusted − taken − pending. */
  available: number;
}

/** Days are halves: two decimals keep float sums exact. */
export const roundDays = (days: number) => Math.round(days * 100) / 100;

export function emptyBalance(employeeId: string, code: string, year: number): LeaveBalance {
  return { employee_id: employeeId, year, code, allocated: 0, adjusted: 0, taken: 0, pending: 0, available: 0 };
}

/** A balance with its `available` derived from the stored parts: the one statement of that sum. */
export function withAvailable(balance: Omit<LeaveBalance, 'available'>): LeaveBalance {
  const b = {
    ...balance,
    allocated: roundDays(balance.allocated),
    adjusted: roundDays(balance.adjusted),
    taken: roundDays(balance.taken),
    pending: roundDays(balance.pending),
  };
  return { ...b, available: roundDays(b.allocated + b.adjusted - b.taken - b.pending) };
}

/** The balance after one more entry. */
export function addEntry(balance: LeaveBalance, entry: Pick<NewLedgerEntry, 'kind' | 'days'>): LeaveBalance {
  switch (entry.kind) {
    case 'grant':
      return withAvailable({ ...balance, allocated: balance.allocated + entry.days });
    case 'adjustment':
      return withAvailable({ ...balance, adjusted: balance.adjusted + entry.days });
    case 'taken':
    case 'reversal':
      return withAvailable({ ...balance, taken: balance.taken - entry.days });
  }
}

/** The balance with `days` more (or, negative, fewer) reserved by pending requests. */
export function addPending(balance: LeaveBalance, days: number): LeaveBalance {
  return withAvailable({ ...balance, pending: balance.pending + days });
}

/** A balance from nothing but the ledger and the pending reservations: what a running balance must equal. */
export function balanceOf(
  employeeId: string,
  code: string,
  year: number,
  entries: readonly Pick<NewLedgerEntry, 'kind' | 'days'>[],
  pending: number,
): LeaveBalance {
  return addPending(
    entries.reduce((balance, entry) => addEntry(balance, entry), emptyBalance(employeeId, code, year)),
    pending,
  );
}

/** Whole calendar months of `year` that lie inside hire date … end date. */
export function monthsEmployed(employment: Pick<Employee, 'hire_date' | 'end_date'>, year: number): number {
  let months = 0;
  for (let month = 1; month <= 12; month++) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (employment.hire_date <= first && (employment.end_date === null || last <= employment.end_date)) months++;
  }
  return months;
}

/** The year's grant: the allowance × whole months employed ÷ 12, rounded down to a half day. */
export function grantFor(allowance: number, employment: Pick<Employee, 'hire_date' | 'end_date'>, year: number): number {
  return Math.floor(((allowance * monthsEmployed(employment, year)) / 12) * 2 + 1e-9) / 2;
}

/** The compensating grant that brings a balance's allocation to what the employment and allowance give now; null when it already does. */
export function grantCorrection(balance: LeaveBalance, allowance: number, employment: Pick<Employee, 'hire_date' | 'end_date'>): NewLedgerEntry | null {
  const difference = roundDays(grantFor(allowance, employment, balance.year) - balance.allocated);
  if (difference === 0) return null;
  return {
    employee_id: balance.employee_id,
    code: balance.code,
    year: balance.year,
    kind: 'grant',
    days: difference,
    request_id: null,
    reason: null,
    actor: 'system',
  };
}
