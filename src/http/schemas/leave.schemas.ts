import { LEAVE_CODE_PATTERN } from '../../core/leave/leave-type';
import { LEAVE_STATUSES, MAX_LEAVE_DAYS } from '../../core/leave/leave-request';
import { LEDGER_KINDS } from '../../core/leave/ledger';
import { CalendarDate, EmployeeId, PageQuery, TeamId, Timestamp, pageOf } from './common.schemas';
import { z } from './zod';

export const LeaveCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(LEAVE_CODE_PATTERN, 'must be 2 to 20 upper-case letters, digits or underscores, starting with a letter, such as ANNUAL')
  .openapi({ example: 'ANNUAL' });

const halves = (description: string) => z.number().multipleOf(0.5, 'must be a whole or half day').openapi({ description });

const Note = z.string().trim().max(500, 'must be at most 500 characters');
const Half = z.enum(['am', 'pm']);

export const LeaveTypeSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    paid: z.boolean(),
    annual_allowance_days: z.number(),
    allow_half_day: z.boolean(),
    allow_negative: z.boolean(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('LeaveType', {
    example: {
      code: 'ANNUAL',
      name: 'Annual leave',
      paid: true,
      annual_allowance_days: 20,
      allow_half_day: true,
      allow_negative: false,
      created_at: '2025-01-02T09:00:00.000Z',
      updated_at: '2025-01-02T09:00:00.000Z',
    },
  });

export const LeaveTypePage = pageOf(LeaveTypeSchema, 'LeaveTypePage');

export const LeaveTypeListQuery = z.object({ ...PageQuery });

const typeFields = {
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  paid: z.boolean(),
  annual_allowance_days: halves('Days a year for someone employed all year; pro-rated by whole months employed.')
    .min(0, 'must not be negative')
    .max(366, 'must be at most 366'),
  allow_half_day: z.boolean(),
  allow_negative: z.boolean(),
};

export const LeaveTypeCreateBody = z
  .strictObject({
    code: LeaveCode,
    ...typeFields,
    paid: typeFields.paid.default(true),
    allow_half_day: typeFields.allow_half_day.default(true),
    allow_negative: typeFields.allow_negative.default(false),
  })
  .openapi('LeaveTypeCreate');

export const LeaveTypeUpdateBody = z
  .strictObject({
    name: typeFields.name.optional(),
    paid: typeFields.paid.optional(),
    annual_allowance_days: typeFields.annual_allowance_days.optional(),
    allow_half_day: typeFields.allow_half_day.optional(),
    allow_negative: typeFields.allow_negative.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'must change at least one field')
  .openapi('LeaveTypeUpdate');

export const LeaveTypeParams = z.object({ code: LeaveCode });

export const LeaveRequestSchema = z
  .object({
    request_id: z.string(),
    employee_id: z.string(),
    team_id: z.string().openapi({ description: "The employee's team when filed; a pending request moves with the employee." }),
    code: z.string(),
    from: z.string().openapi({ format: 'date' }),
    to: z.string().openapi({ format: 'date' }),
    half_day: Half.nullable(),
    days: z.number().openapi({ description: 'What the request costs by the employee’s calendar: weekly off days and holidays are free.' }),
    status: z.enum(LEAVE_STATUSES),
    reason: z.string().nullable(),
    requested_by: z.string().openapi({ description: 'The login that filed it.' }),
    decided_by: z.string().nullable(),
    decided_at: Timestamp.nullable(),
    decision_note: z.string().nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('LeaveRequest');

export const LeaveRequestPage = pageOf(LeaveRequestSchema, 'LeaveRequestPage');

const requestFields = {
  code: LeaveCode,
  from: CalendarDate,
  to: CalendarDate,
  half_day: Half.nullable().optional().openapi({ description: 'am or pm: half a day, only when from = to and the type allows it.' }),
  reason: Note.nullable().optional(),
};

const ordered = <T extends { from: string; to: string }>(body: T) => body.from <= body.to;

export const LeaveRequestCreateBody = z
  .strictObject({ employee_id: EmployeeId.optional().openapi({ description: 'Yourself when omitted.' }), ...requestFields })
  .refine(ordered, { message: 'must not be after to', path: ['from'] })
  .openapi('LeaveRequestCreate', { description: `At most ${MAX_LEAVE_DAYS} days from from to to, inclusive.` });

/** A CSV row of POST /leave-requests/bulk. */
export const LeaveRow = z
  .strictObject({ employee_id: EmployeeId, ...requestFields, half_day: Half.nullable().default(null), reason: Note.nullable().default(null) })
  .refine(ordered, { message: 'must not be after to', path: ['from'] });

export const LeaveRequestParams = z.object({
  request_id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a request id: 1 to 64 letters, digits, dashes or underscores')
    .openapi({ example: '3f1c2a9e-8d4b-4c1e-9a63-2b7f0d5e6a18' }),
});

export const DecisionBody = z.strictObject({ note: Note.nullable().optional() }).openapi('LeaveDecision');

export const LeaveRequestListQuery = z
  .object({
    employee_id: EmployeeId.optional(),
    team_id: TeamId.optional(),
    status: z.enum(LEAVE_STATUSES).optional(),
    from: CalendarDate.optional().openapi({ description: 'Requests that end on or after this date.' }),
    to: CalendarDate.optional().openapi({ description: 'Requests that start on or before this date.' }),
    ...PageQuery,
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'must not be after to', path: ['from'] });

/** A calendar year, in a body or (as text) a query: one range for all of leave. */
const YearNumber = z.number().int().min(1900, 'must be 1900 or later').max(2200, 'must be 2200 or earlier');
const Year = z
  .string()
  .regex(/^\d{4}$/, 'must be a year such as 2025')
  .transform(Number)
  .pipe(YearNumber)
  .openapi({ type: 'integer', example: 2025 });

export const LeaveBalanceSchema = z
  .object({
    employee_id: z.string(),
    year: z.number().int(),
    code: z.string(),
    allocated: z.number().openapi({ description: 'Σ grants' }),
    adjusted: z.number().openapi({ description: 'Σ adjustments' }),
    taken: z.number().openapi({ description: 'Approved leave less its reversals' }),
    pending: z.number().openapi({ description: 'Reserved by pending requests' }),
    available: z.number().openapi({ description: 'allocated + adjusted − taken − pending' }),
  })
  .openapi('LeaveBalance');

export const LeaveBalancePage = pageOf(LeaveBalanceSchema, 'LeaveBalancePage');

export const LeaveBalanceQuery = z.object({
  employee_id: EmployeeId.optional(),
  team_id: TeamId.optional(),
  year: Year.optional().openapi({ description: 'The calendar year; this year when omitted.' }),
  ...PageQuery,
});

export const LedgerEntrySchema = z
  .object({
    entry_id: z.string(),
    employee_id: z.string(),
    code: z.string(),
    year: z.number().int(),
    kind: z.enum(LEDGER_KINDS),
    days: z.number(),
    request_id: z.string().nullable(),
    reason: z.string().nullable(),
    actor: z.string().openapi({ description: 'The login that caused it, or "system" for grants and recomputed charges.' }),
    at: Timestamp,
  })
  .openapi('LeaveLedgerEntry');

export const LedgerPage = pageOf(LedgerEntrySchema, 'LeaveLedgerPage');

export const LedgerQuery = z.object({
  employee_id: EmployeeId.optional().openapi({ description: 'Yourself when omitted.' }),
  year: Year.optional(),
  code: LeaveCode.optional(),
  ...PageQuery,
});

export const AdjustmentBody = z
  .strictObject({
    employee_id: EmployeeId,
    code: LeaveCode,
    year: YearNumber.openapi({ description: "A year of the employee's employment, not before tracking started." }),
    days: halves('Days to add (negative to remove), in half days.')
      .min(-366)
      .max(366)
      .refine((days) => days !== 0, 'must not be zero'),
    reason: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  })
  .openapi('LeaveAdjustment');
