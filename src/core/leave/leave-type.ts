/** A kind of leave and its yearly allowance (API.md, "Leave"). */
export interface LeaveType {
  code: string;
  name: string;
  paid: boolean;
  /** Days a year for someone employed the whole year. */
  annual_allowance_days: number;
  allow_half_day: boolean;
  /** Requests may take the balance below zero (unpaid leave). */
  allow_negative: boolean;
  created_at: string;
  updated_at: string;
}

export type NewLeaveType = Omit<LeaveType, 'created_at' | 'updated_at'>;

export type LeaveTypePatch = Partial<Omit<NewLeaveType, 'code'>>;

/** Upper-case letters, digits and underscores, starting with a letter. */
export const LEAVE_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,19}$/;

/** The types every database starts with. */
export const BUILT_IN_LEAVE_TYPES: readonly NewLeaveType[] = [
  { code: 'ANNUAL', name: 'Annual leave', paid: true, annual_allowance_days: 20, allow_half_day: true, allow_negative: false },
  { code: 'SICK', name: 'Sick leave', paid: true, annual_allowance_days: 10, allow_half_day: true, allow_negative: false },
  { code: 'UNPAID', name: 'Unpaid leave', paid: false, annual_allowance_days: 0, allow_half_day: true, allow_negative: true },
];
