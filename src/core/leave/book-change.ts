/**
 * A change to employees' leave, built against their books: every balance it
 * touches first gets the grant its year is owed (so no balance or entry of a
 * year is read or written before its grant), and every entry and reservation
 * moves the running balance with it.
 */
import type { AuditedChange } from '../audit/audit-entry';
import type { Employee } from '../employee';
import type { LeaveBook, LeaveChange } from './leave-repository';
import { addEntry, addPending, emptyBalance, grantCorrection, type LeaveBalance, type NewLedgerEntry } from './ledger';
import type { LeaveRequest, YearCharges } from './leave-request';
import type { LeaveType } from './leave-type';

export class BookChange {
  private readonly touched = new Map<string, LeaveBalance>();
  private readonly entries: NewLedgerEntry[] = [];
  private readonly requests = new Map<string, LeaveRequest>();
  private readonly audited: AuditedChange[] = [];

  constructor(
    private readonly books: ReadonlyMap<string, LeaveBook>,
    private readonly employees: ReadonlyMap<string, Pick<Employee, 'employee_id' | 'hire_date' | 'end_date'>>,
    private readonly types: ReadonlyMap<string, Pick<LeaveType, 'code' | 'annual_allowance_days'>>,
  ) {}

  book(employeeId: string): LeaveBook {
    const book = this.books.get(employeeId);
    if (!book) throw new Error(`No leave book was read for ${employeeId}`);
    return book;
  }

  /** The balance as it stands in this change, its grant brought up to date first. */
  balance(employeeId: string, code: string, year: number): LeaveBalance {
    const key = `${employeeId}/${code}/${year}`;
    const current = this.touched.get(key);
    if (current) return current;
    const stored = this.book(employeeId).balances.find((b) => b.code === code && b.year === year) ?? emptyBalance(employeeId, code, year);
    this.touched.set(key, stored);
    const employee = this.employees.get(employeeId);
    const type = this.types.get(code);
    const grant = employee && type ? grantCorrection(stored, type.annual_allowance_days, employee) : null;
    if (grant) this.append(grant);
    return this.touched.get(key)!;
  }

  append(entry: NewLedgerEntry): void {
    const balance = this.balance(entry.employee_id, entry.code, entry.year);
    this.entries.push(entry);
    this.touched.set(`${entry.employee_id}/${entry.code}/${entry.year}`, addEntry(balance, entry));
  }

  /** Reserves (or, negative `sign`, releases) a pending request's days, per year. */
  reserve(request: Pick<LeaveRequest, 'employee_id' | 'code'>, charges: YearCharges, sign: 1 | -1): void {
    for (const [year, days] of Object.entries(charges)) {
      if (days === 0) continue;
      const balance = this.balance(request.employee_id, request.code, Number(year));
      this.touched.set(`${request.employee_id}/${request.code}/${year}`, addPending(balance, sign * days));
    }
  }

  /** Takes approved days (`taken` entries, negative) or gives them back (`reversal` entries), per year. */
  take(
    request: Pick<LeaveRequest, 'employee_id' | 'code' | 'request_id'>,
    charges: YearCharges,
    actor: string,
    sign: 1 | -1,
    reason: string | null = null,
  ): void {
    for (const [year, days] of Object.entries(charges)) {
      if (days === 0) continue;
      this.append({
        employee_id: request.employee_id,
        code: request.code,
        year: Number(year),
        kind: sign === 1 ? 'taken' : 'reversal',
        days: -sign * days,
        request_id: request.request_id,
        reason,
        actor,
      });
    }
  }

  put(request: LeaveRequest): void {
    this.requests.set(request.request_id, request);
  }

  /** Says what the change is, for the audit trail. */
  note(change: AuditedChange): void {
    this.audited.push(change);
  }

  result(): LeaveChange {
    return { entries: [...this.entries], requests: [...this.requests.values()], balances: [...this.touched.values()], audited: [...this.audited] };
  }
}
