import { ATTENDANCE_STATUSES, TIME_PATTERN } from '../../core/attendance';
import { CalendarDate, EmployeeId, PageQuery, TeamId, pageOf } from './common.schemas';
import { z } from './zod';

export const Time = z.string().regex(TIME_PATTERN, 'must be a time HH:MM:SS').openapi({ example: '09:00:00' });
export const Status = z.enum(ATTENDANCE_STATUSES);
/** What a listed row may be: a record's status, or on-leave for a day of approved whole-day leave without one. */
const ListedStatus = z
  .enum([...ATTENDANCE_STATUSES, 'on-leave'])
  .openapi({ description: 'on-leave: a day of approved whole-day leave without a record (read only).' });
const Notes = z.string().trim().max(1000, 'must be at most 1000 characters').nullable();

export const AttendanceSchema = z
  .object({
    employee_id: z.string(),
    attendance_date: z.string().openapi({ format: 'date' }),
    team_id: z.string(),
    status: ListedStatus,
    leave_code: z.string().optional().openapi({ description: 'On on-leave rows only: the leave type.' }),
    check_in_time: z.string().nullable(),
    check_out_time: z.string().nullable(),
    hours_worked: z.number().nullable().openapi({ description: 'Computed; null while checked in.' }),
    notes: z.string().nullable(),
    missing_check_out: z.boolean().openapi({ description: 'A closed day with a check-in and no check-out (its hours stay null).' }),
  })
  .openapi('Attendance', {
    example: {
      employee_id: 'DEV-001',
      attendance_date: '2025-04-12',
      team_id: 'DEV',
      status: 'present',
      check_in_time: '09:00:00',
      check_out_time: '17:30:00',
      hours_worked: 8.5,
      notes: 'Regular day',
      missing_check_out: false,
    },
  });

export const AttendancePage = pageOf(AttendanceSchema, 'AttendancePage');

export const CheckBody = z
  .strictObject({ employee_id: EmployeeId.optional().openapi({ description: 'Someone else (an admin, or their manager); yourself when omitted.' }) })
  .openapi('CheckInOut');

const timesShape = {
  status: Status.optional().openapi({ description: 'Derived from the times when omitted; an explicit status wins.' }),
  check_in_time: Time.nullable().optional(),
  check_out_time: Time.nullable().optional(),
  notes: Notes.optional(),
};

export const AttendanceCreateBody = z
  .strictObject({ employee_id: EmployeeId, attendance_date: CalendarDate, ...timesShape })
  .openapi('AttendanceCreate', { description: 'hours_worked is computed and may not be sent.' });

export const AttendanceUpdateBody = z
  .strictObject(timesShape)
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'must change at least one field')
  .openapi('AttendanceUpdate');

export const AttendanceParams = z.object({ employee_id: EmployeeId, attendance_date: CalendarDate });

const filterShape = {
  status: ListedStatus.optional(),
  from: CalendarDate.optional().openapi({ description: 'Inclusive.' }),
  to: CalendarDate.optional().openapi({ description: 'Inclusive; not before from.' }),
  ...PageQuery,
};
const fromNotAfterTo = (query: { from?: string; to?: string }) => query.from === undefined || query.to === undefined || query.from <= query.to;

export const AttendanceListQuery = z
  .object({
    employee_id: EmployeeId.optional(),
    team_id: TeamId.optional(),
    department: TeamId.optional().openapi({ description: 'Alias of team_id.' }),
    ...filterShape,
  })
  .refine(fromNotAfterTo, { message: 'must not be after to', path: ['from'] });
export const AttendanceScopedQuery = z.object(filterShape).refine(fromNotAfterTo, { message: 'must not be after to', path: ['from'] });

export const SummaryQuery = z.object({
  date: CalendarDate.optional().openapi({ description: 'Default: yesterday in ORG_TIMEZONE.' }),
  team_id: TeamId.optional(),
});

/** The daily summary's query, or a range's: from and to come together, and never with date. */
export const SummaryOrRangeQuery = z
  .object({
    ...SummaryQuery.shape,
    from: CalendarDate.optional().openapi({ description: 'A range instead of a day: its first day (with to; not with date).' }),
    to: CalendarDate.optional().openapi({ description: "The range's last day, inclusive: not before from, not after today, at most 366 days after from." }),
  })
  .superRefine((query, ctx) => {
    const range = query.from !== undefined || query.to !== undefined;
    if (range && query.date !== undefined) ctx.addIssue({ code: 'custom', path: ['date'], message: 'must not be given with from and to' });
    if (query.from === undefined && query.to !== undefined) ctx.addIssue({ code: 'custom', path: ['from'], message: 'is required with to' });
    if (query.to === undefined && query.from !== undefined) ctx.addIssue({ code: 'custom', path: ['to'], message: 'is required with from' });
    if (query.from !== undefined && query.to !== undefined && query.from > query.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after to' });
  });

const Fraction = z.number().openapi({ description: 'A number of people, in halves (one decimal).' });

const Day = z
  .object({
    date: z.string().openapi({ format: 'date' }),
    working_day: z.boolean().openapi({ description: 'A day of the work week (holidays aside).' }),
    holiday: z.string().nullable().openapi({ description: "The holiday's name, or null." }),
    closed: z.boolean().openapi({ description: 'The day has ended in ORG_TIMEZONE.' }),
    headcount: z.number().int().openapi({ description: 'People employed that day, in the team they belonged to that day.' }),
    expected: Fraction,
    on_leave: Fraction,
    present: z.number().int(),
    late: z.number().int(),
    half_day: z.number().int(),
    absent: Fraction.openapi({ description: 'Expected but not attended, on a closed day; 0 on an open one.' }),
    not_checked_in: z.number().int().openapi({ description: 'On the open day (today): people expected with no record yet; else 0.' }),
    missing_check_out: z.number().int().openapi({ description: 'On a closed day: records with a check-in and no check-out.' }),
    rate: z
      .number()
      .nullable()
      .openapi({ description: 'Attended share of the expected, 0–1, four decimals; null when nothing was expected or the day is open.' }),
  })
  .openapi('AttendanceDay');
const RatedDay = z.object({ date: z.string(), rate: z.number() }).nullable();

export const SummarySchema = z
  .object({
    date: z.string(),
    team_id: z.string().nullable(),
    day: Day,
    week: z.object({ from: z.string(), to: z.string(), days: z.array(Day), average_rate: z.number().nullable(), best_day: RatedDay, worst_day: RatedDay }),
    teams: z.array(z.object({ team_id: z.string(), day: Day, week_average_rate: z.number().nullable() })),
  })
  .openapi('AttendanceSummary');

const RangeTotals = z
  .object({
    days: z.number().int().openapi({ description: 'Days in the range.' }),
    rated_days: z.number().int().openapi({ description: 'Days with a rate.' }),
    expected: Fraction,
    on_leave: Fraction,
    present: z.number().int(),
    late: z.number().int(),
    half_day: z.number().int(),
    absent: Fraction,
    missing_check_out: z.number().int(),
    average_rate: z.number().nullable().openapi({ description: 'Pooled over the rated days; null when there are none.' }),
  })
  .openapi('AttendanceTotals', { description: 'The day figures added over the range (headcount and not_checked_in aside).' });

export const RangeSummarySchema = z
  .object({
    from: z.string().openapi({ format: 'date' }),
    to: z.string().openapi({ format: 'date' }),
    team_id: z.string().nullable(),
    totals: RangeTotals,
    teams: z.array(z.object({ team_id: z.string(), totals: RangeTotals })),
  })
  .openapi('AttendanceRangeSummary');

export const SummarySentencesSchema = z.object({ yesterday_summary: z.string(), last_week_summary: z.string() }).openapi('AttendanceSentences');
