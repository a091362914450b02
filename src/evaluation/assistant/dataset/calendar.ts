import type { Day } from './dates';

/** The evaluation's fixed "today": a Wednesday, in the afternoon (some people have checked in, the day is open). */
export const TODAY: Day = '2025-11-19';
export const NOW = '2025-11-19T14:00:00.000Z';
/** Tracking starts here (ATTENDANCE_START_DATE): nobody is expected before it. */
export const TRACKING_START: Day = '2025-08-01';

export type Half = 'am' | 'pm';

export interface Holiday {
  date: Day;
  name: string;
  team: string | null;
  half: Half | null;
}

export const HOLIDAYS: Holiday[] = [
  { date: '2025-08-25', name: 'Summer Bank Holiday', team: null, half: null },
  { date: '2025-09-12', name: 'QA Offsite', team: 'QA', half: 'am' },
  { date: '2025-10-13', name: 'Founders Day', team: null, half: null },
  { date: '2025-10-31', name: 'Autumn Half Day', team: null, half: 'pm' },
  { date: '2025-11-07', name: 'DEV Recharge Day', team: 'DEV', half: null },
  { date: '2025-12-01', name: 'Security Team Day', team: 'SEC', half: null },
  { date: '2025-12-24', name: 'Christmas Eve', team: null, half: 'pm' },
  { date: '2025-12-25', name: 'Christmas Day', team: null, half: null },
  { date: '2025-12-26', name: 'Boxing Day', team: null, half: null },
];

export type LeaveCode = 'ANNUAL' | 'SICK' | 'UNPAID';
export type LeaveStatus = 'pending' | 'approved' | 'rejected' | 'cancelled';

export interface LeaveRequest {
  employee: string;
  code: LeaveCode;
  from: Day;
  to: Day;
  half: Half | null;
  status: LeaveStatus;
}

const leave = (employee: string, code: LeaveCode, from: Day, to: Day, status: LeaveStatus, half: Half | null = null): LeaveRequest => ({
  employee,
  code,
  from,
  to,
  half,
  status,
});

/** Filed and decided in this order (rejected and cancelled ones were pending first). */
export const LEAVE: LeaveRequest[] = [
  leave('DEV-004', 'ANNUAL', '2025-08-11', '2025-08-15', 'approved'),
  leave('DEV-007', 'SICK', '2025-09-22', '2025-09-23', 'approved'),
  leave('DEV-003', 'ANNUAL', '2025-10-20', '2025-10-20', 'approved', 'am'),
  leave('DEV-008', 'UNPAID', '2025-10-02', '2025-10-03', 'approved'),
  leave('QA-005', 'ANNUAL', '2025-08-25', '2025-08-29', 'approved'),
  leave('QA-003', 'SICK', '2025-11-05', '2025-11-05', 'approved'),
  leave('QA-007', 'ANNUAL', '2025-10-31', '2025-10-31', 'approved'),
  leave('DAT-003', 'ANNUAL', '2025-09-01', '2025-09-12', 'approved'),
  leave('DAT-005', 'SICK', '2025-11-17', '2025-11-18', 'approved'),
  leave('SEC-003', 'ANNUAL', '2025-11-10', '2025-11-14', 'approved'),
  leave('SEC-005', 'UNPAID', '2025-09-05', '2025-09-05', 'approved', 'pm'),
  leave('AI-004', 'ANNUAL', '2025-10-13', '2025-10-17', 'approved'),
  leave('AI-006', 'SICK', '2025-08-06', '2025-08-06', 'approved'),
  leave('DEV-011', 'ANNUAL', '2025-11-18', '2025-11-18', 'approved', 'pm'),
  leave('DAT-007', 'ANNUAL', '2025-11-19', '2025-11-21', 'approved'),
  leave('DEV-005', 'ANNUAL', '2025-11-24', '2025-11-28', 'approved'),
  leave('QA-009', 'ANNUAL', '2025-11-26', '2025-11-26', 'approved'),
  leave('AI-003', 'ANNUAL', '2025-12-22', '2025-12-31', 'approved'),
  leave('DEV-009', 'ANNUAL', '2025-12-08', '2025-12-12', 'pending'),
  leave('DEV-003', 'ANNUAL', '2025-12-29', '2025-12-31', 'pending'),
  leave('QA-004', 'ANNUAL', '2025-12-02', '2025-12-02', 'pending', 'am'),
  leave('SEC-004', 'ANNUAL', '2025-11-28', '2025-11-28', 'pending'),
  leave('AI-007', 'UNPAID', '2025-12-15', '2025-12-16', 'pending'),
  leave('DEV-010', 'ANNUAL', '2025-11-21', '2025-11-21', 'rejected'),
  leave('QA-006', 'ANNUAL', '2025-12-05', '2025-12-05', 'cancelled'),
];

export const LEAVE_TYPES: Record<LeaveCode, { allowance: number; paid: boolean }> = {
  ANNUAL: { allowance: 20, paid: true },
  SICK: { allowance: 10, paid: true },
  UNPAID: { allowance: 0, paid: false },
};
