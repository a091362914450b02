import { z } from 'zod';
import { isWorkingDay } from '../../core/attendance-summary';
import type { AttendanceService } from '../attendance.service';
import type { EmployeeService } from '../employee.service';
import { allPages, DateArg, defineTool, EmployeeIdArg, ownEmployeeId, TeamArg } from './assistant-tool';

const RangeInput = z
  .object({ from: DateArg, to: DateArg, team_id: TeamArg.optional() })
  .strict()
  .refine((input) => input.from <= input.to, { message: 'from must not be after to', path: ['from'] });

const ExceptionsInput = z
  .object({
    date: DateArg,
    status: z.enum(['late', 'absent', 'half-day']).describe('absent: expected (active, hired by then) on a working day and no attending record'),
    team_id: TeamArg.optional(),
  })
  .strict();

const EmployeeAttendanceInput = z
  .object({ employee_id: EmployeeIdArg.optional().describe("Omit for the caller's own"), from: DateArg, to: DateArg })
  .strict()
  .refine((input) => input.from <= input.to, { message: 'from must not be after to', path: ['from'] });

/** alertRate: ATTENDANCE_ALERT_RATE, below which a team has "attendance issues". */
export function attendanceTools(attendance: AttendanceService, employees: EmployeeService, alertRate: number) {
  return [
    defineTool({
      name: 'attendance_rate',
      description:
        'Attendance over a range of days (admins and managers): present, late, half-day and absent totals and the average daily rate over working days, overall and per team, plus the teams below the alert rate.',
      input: RangeInput,
      run: async (principal, input) => {
        const summary = await attendance.rangeSummary(principal, input);
        const below = summary.teams.filter((team) => team.average_rate !== null && team.average_rate < alertRate);
        return { ...summary, alert_rate: alertRate, teams_below_alert_rate: below.map((team) => ({ team_id: team.team_id, average_rate: team.average_rate })) };
      },
    }),
    defineTool({
      name: 'attendance_exceptions',
      description: 'Who was late, absent or on a half day on one date, among the people the caller may see.',
      input: ExceptionsInput,
      run: async (principal, input) => {
        const scope = input.team_id === undefined ? {} : { team_id: input.team_id };
        const records = await allPages((page) => attendance.list(principal, { ...scope, from: input.date, to: input.date }, page));
        const staff = await allPages((page) => employees.list(principal, { ...scope, status: 'active' }, page));
        const names = new Map(staff.map((e) => [e.employee_id, e.name]));
        let people: { employee_id: string; name: string | null; team_id: string }[];
        if (input.status === 'absent') {
          const attending = new Set(records.filter((r) => r.status !== 'absent').map((r) => r.employee_id));
          people = isWorkingDay(input.date)
            ? staff.filter((e) => e.hire_date <= input.date && !attending.has(e.employee_id)).map((e) => ({ employee_id: e.employee_id, name: e.name, team_id: e.team_id }))
            : [];
        } else {
          people = records.filter((r) => r.status === input.status).map((r) => ({ employee_id: r.employee_id, name: names.get(r.employee_id) ?? null, team_id: r.team_id }));
        }
        people.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.employee_id.localeCompare(b.employee_id));
        return { date: input.date, status: input.status, working_day: isWorkingDay(input.date), count: people.length, people };
      },
    }),
    defineTool({
      name: 'employee_attendance',
      description:
        "One employee's attendance records from one date to another (the caller's own when no employee_id is given), with a count per status and the hours worked. Someone outside the caller's scope is not found.",
      input: EmployeeAttendanceInput,
      run: async (principal, input) => {
        const employee = await employees.get(principal, input.employee_id ?? ownEmployeeId(principal));
        const employeeId = employee.employee_id;
        const records = await allPages((page) => attendance.listForEmployee(principal, employeeId, { from: input.from, to: input.to }, page));
        const count = (status: string) => records.filter((r) => r.status === status).length;
        const hours = records.reduce((sum, r) => sum + (r.hours_worked ?? 0), 0);
        return {
          employee_id: employeeId,
          name: employee.name,
          from: input.from,
          to: input.to,
          days_recorded: records.length,
          present: count('present'),
          late: count('late'),
          half_day: count('half-day'),
          absent: count('absent'),
          hours_worked: Math.round(hours * 100) / 100,
          records: records.map((r) => ({ date: r.attendance_date, status: r.status, check_in_time: r.check_in_time, check_out_time: r.check_out_time, hours_worked: r.hours_worked })),
        };
      },
    }),
  ];
}
