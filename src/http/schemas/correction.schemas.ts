import { CORRECTION_STATES } from '../../core/corrections/correction';
import { CalendarDate, EmployeeId, PageQuery, TeamId, Timestamp, pageOf } from './common.schemas';
import { Status, Time } from './attendance.schemas';
import { z } from './zod';

const Note = z.string().trim().max(500, 'must be at most 500 characters');

export const CorrectionSchema = z
  .object({
    correction_id: z.string(),
    employee_id: z.string(),
    team_id: z.string().openapi({ description: 'The team the day belongs to: the record’s, or the employee’s team that day.' }),
    date: z.string().openapi({ format: 'date' }),
    check_in_time: z.string().nullable(),
    check_out_time: z.string().nullable(),
    status: Status.nullable().openapi({ description: 'Null: derived from the times on approval.' }),
    reason: z.string(),
    state: z.enum(CORRECTION_STATES),
    record_version: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The record’s version when asked; null when there was no record. Approval is 409 once the record has changed.' }),
    requested_by: z.string(),
    decided_by: z.string().nullable(),
    decided_at: Timestamp.nullable(),
    decision_note: z.string().nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('AttendanceCorrection', {
    example: {
      correction_id: '5b0e9a8c-1f7d-4a2b-9c3e-6d5f4a3b2c1d',
      employee_id: 'DEV-001',
      team_id: 'DEV',
      date: '2025-04-11',
      check_in_time: null,
      check_out_time: '17:30:00',
      status: null,
      reason: 'Forgot to check out',
      state: 'pending',
      record_version: 1,
      requested_by: 'DEV-001',
      decided_by: null,
      decided_at: null,
      decision_note: null,
      created_at: '2025-04-12T08:55:00.000Z',
      updated_at: '2025-04-12T08:55:00.000Z',
    },
  });

export const CorrectionPage = pageOf(CorrectionSchema, 'AttendanceCorrectionPage');

export const CorrectionCreateBody = z
  .strictObject({
    employee_id: EmployeeId.optional().openapi({ description: 'Someone you manage (or anyone, as an admin); yourself when omitted.' }),
    date: CalendarDate.openapi({ description: 'A closed day (before today) within employment and tracking.' }),
    check_in_time: Time.nullable().optional(),
    check_out_time: Time.nullable().optional(),
    status: Status.optional().openapi({ description: 'Derived from the times when omitted.' }),
    reason: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  })
  .refine((body) => body.check_in_time !== undefined || body.check_out_time !== undefined || body.status !== undefined, {
    message: 'must ask for a check_in_time, a check_out_time or a status',
    path: ['check_in_time'],
  })
  .openapi('AttendanceCorrectionCreate');

export const CorrectionParams = z.object({
  correction_id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a correction id: 1 to 64 letters, digits, dashes or underscores')
    .openapi({ example: '5b0e9a8c-1f7d-4a2b-9c3e-6d5f4a3b2c1d' }),
});

export const CorrectionDecisionBody = z.strictObject({ note: Note.nullable().optional() }).openapi('CorrectionDecision');

export const CorrectionListQuery = z
  .object({
    employee_id: EmployeeId.optional(),
    team_id: TeamId.optional(),
    state: z.enum(CORRECTION_STATES).optional(),
    from: CalendarDate.optional().openapi({ description: 'Corrections of days from this date.' }),
    to: CalendarDate.optional().openapi({ description: 'Corrections of days up to this date.' }),
    ...PageQuery,
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'must not be after to', path: ['from'] });
