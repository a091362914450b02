import { z } from 'zod';
import type { AttendanceService } from '../attendance.service';
import type { EmployeeService } from '../employee.service';
import { addDays } from '../../core/work-calendar/dates';
import { allPages, DateArg, defineTool, EmployeeIdArg, ownEmployeeId, TeamArg } from './assistant-tool';
import { ofPosition, PositionArg } from './position-filter';

const RangeInput = z
  .object({ from: DateArg, to: DateArg, team_id: TeamArg.optional() })
  .strict()
  .refine((input) => input.from <= input.to, { message: 'from must not be after to', path: ['from'] });

const ExceptionsInput = z
  .object({
    date: DateArg,
    status: z
      .enum(['late', 'absent', 'half-day', 'not_checked_in', 'missing_check_out', 'on_leave', 'checked_in'])
      .describe(
        'absent: expected that day by the work calendar (employed, a work day, no holiday) and no attending record, on a day that has ended; not_checked_in: today, expected and no record yet; checked_in: came in (present, late or a half day)',
      ),
    team_id: TeamArg.optional(),
    position: PositionArg,
  })
  .strict();

const EmployeeAttendanceInput = z
  .object({ employee_id: EmployeeIdArg.optional().describe("Omit for the caller's own"), from: DateArg, to: DateArg })
  .strict()
  .refine((input) => input.from <= input.to, { message: 'from must not be after to', path: ['from'] });

const WorkingDaysInput = z
  .object({ from: DateArg, to: DateArg, team_id: TeamArg.optional() })
  .strict()
  .refine((input) => input.from <= input.to && addDays(input.from, 365) >= input.to, {
    message: 'from must not be after to, and at most a year apart',
    path: ['from'],
  });

/** alertRate: ATTENDANCE_ALERT_RATE, below which a team has "attendance issues". */
export function attendanceTools(attendance: AttendanceService, employees: EmployeeService, alertRate: number) {
  return [
    defineTool({
      name: 'attendance_rate',
      description:
        'Attendance over a range of days up to today (admins and managers), by the work calendar: expected days, present, late, half-day, absent, on leave and missing check-outs, and the pooled rate over the days with anyone expected, overall and per team, plus the teams below the alert rate. A range reaching past today stops at today.',
      input: RangeInput,
      run: async (principal, input) => {
        const today = attendance.today();
        const summary = await attendance.rangeSummary(principal, { ...input, to: input.to > today ? today : input.to });
        const below = summary.teams.filter((team) => team.totals.average_rate !== null && team.totals.average_rate < alertRate);
        return {
          ...summary,
          alert_rate: alertRate,
          teams_below_alert_rate: below.map((team) => ({ team_id: team.team_id, average_rate: team.totals.average_rate })),
        };
      },
    }),
    defineTool({
      name: 'working_days',
      description:
        "The working days from one date to another (at most a year) by the work calendar: the days of the work week less the holidays on them (a half-day holiday as a half), for a team (its own holidays and the organisation's) or, with no team, the organisation; with those holidays.",
      input: WorkingDaysInput,
      run: async (_principal, input) => ({
        from: input.from,
        to: input.to,
        team_id: input.team_id ?? null,
        ...(await attendance.workingDays(input.from, input.to, input.team_id ?? null)),
      }),
    }),
    defineTool({
      name: 'attendance_exceptions',
      description:
        'Who was late, absent, on a half day, not checked in yet (today), without a check-out, or on approved leave (any date, also ahead) on one date, among the people whose summaries the caller may see (optionally of one position), each in the team of that day.',
      input: ExceptionsInput,
      run: async (principal, { position, ...query }) => {
        const day = await attendance.exceptions(principal, query);
        const people = await ofPosition(employees, principal, position, day.people);
        return { ...day, position: position ?? null, count: people.length, people };
      },
    }),
    defineTool({
      name: 'employee_attendance',
      description:
        "One employee's attendance from one date to another (the caller's own when no employee_id is given): records with a count per status, the days of approved leave (half days as halves, up to today), the hours worked, missing check-outs, and by the work calendar the expected days, the days absent (expected, ended, no attending record) and the rate. Someone outside the caller's scope is not found.",
      input: EmployeeAttendanceInput,
      run: async (principal, input) => {
        const employee = await employees.get(principal, input.employee_id ?? ownEmployeeId(principal));
        const employeeId = employee.employee_id;
        const rows = await allPages((page) => attendance.listForEmployee(principal, employeeId, { from: input.from, to: input.to }, page));
        const records = rows.filter((r): r is Exclude<typeof r, { status: 'on-leave' }> => r.status !== 'on-leave');
        const count = (status: string) => records.filter((r) => r.status === status).length;
        const hours = records.reduce((sum, r) => sum + (r.hours_worked ?? 0), 0);
        const today = attendance.today();
        const days =
          input.from > today
            ? { expected: 0, absent: 0, rate: null, on_leave: 0, absent_dates: [] }
            : await attendance.personDays(employee, records, input.from, input.to > today ? today : input.to);
        return {
          employee_id: employeeId,
          name: employee.name,
          from: input.from,
          to: input.to,
          days_recorded: records.length,
          present: count('present'),
          late: count('late'),
          half_day: count('half-day'),
          on_leave_days: days.on_leave,
          absent: days.absent,
          absent_dates: days.absent_dates,
          expected_days: days.expected,
          rate: days.rate,
          missing_check_out: records.filter((r) => r.missing_check_out).length,
          hours_worked: Math.round(hours * 100) / 100,
          records: records.map((r) => ({
            date: r.attendance_date,
            status: r.status,
            check_in_time: r.check_in_time,
            check_out_time: r.check_out_time,
            hours_worked: r.hours_worked,
            missing_check_out: r.missing_check_out,
          })),
        };
      },
    }),
  ];
}
