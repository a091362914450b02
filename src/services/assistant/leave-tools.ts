import { z } from 'zod';
import { LEAVE_STATUSES } from '../../core/leave/leave-request';
import type { CorrectionService } from '../corrections/correction.service';
import type { HolidayService } from '../holidays/holiday.service';
import type { LeaveServices } from '../leave/leave-services';
import { LISTED_AT_MOST } from './answers/format';
import { allPages, DateArg, defineTool, EmployeeIdArg, TeamArg } from './assistant-tool';

const BalanceInput = z
  .object({
    employee_id: EmployeeIdArg.optional().describe("Omit for the caller's own (or their scope's, with team_id)"),
    team_id: TeamArg.optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    code: z.string().trim().toUpperCase().optional().describe('ANNUAL, SICK, UNPAID…'),
  })
  .strict();

const RequestsInput = z
  .object({
    employee_id: EmployeeIdArg.optional(),
    team_id: TeamArg.optional(),
    status: z.enum(LEAVE_STATUSES).optional(),
    from: DateArg.optional(),
    to: DateArg.optional(),
    code: z.string().trim().toUpperCase().optional(),
    taken_by: DateArg.optional().describe("With status approved: each request's days taken on or before this date as well (days_taken_by)"),
  })
  .strict();

const HolidaysInput = z.object({ from: DateArg, to: DateArg, team_id: TeamArg.optional() }).strict();

const CorrectionsInput = z
  .object({ state: z.enum(['pending', 'approved', 'rejected', 'cancelled']).optional(), team_id: TeamArg.optional(), employee_id: EmployeeIdArg.optional() })
  .strict();

export function leaveTools(leave: LeaveServices, holidays: HolidayService, corrections: CorrectionService) {
  return [
    defineTool({
      name: 'leave_balances',
      description:
        "Leave balances (allocated, adjusted, taken, pending, available days) per employee and leave type for a year (default this one), within the caller's scope; the caller's own when no employee or team is given.",
      input: BalanceInput,
      run: async (principal, input) => {
        const who = input.employee_id ?? (input.team_id === undefined ? (principal.employee_id ?? undefined) : undefined);
        const filter = {
          ...(who !== undefined && { employee_id: who }),
          ...(input.team_id !== undefined && { team_id: input.team_id }),
          ...(input.year !== undefined && { year: input.year }),
        };
        const balances = await allPages((page) => leave.balances.list(principal, filter, page));
        return { balances: balances.filter((b) => input.code === undefined || b.code === input.code) };
      },
    }),
    defineTool({
      name: 'leave_requests',
      description: `Leave requests within the caller's scope, by employee, team, status (pending, approved, rejected, cancelled), leave type and the dates they overlap: the newest ${LISTED_AT_MOST}, and how many more there are (not_shown).`,
      input: RequestsInput,
      run: async (principal, { taken_by, ...filter }) => {
        // As an answer's data shows any list (boundedData): a year's requests are thousands.
        const { briefs, total } = await leave.requests.briefs(principal, filter, LISTED_AT_MOST);
        const requests =
          taken_by === undefined || filter.status !== 'approved'
            ? briefs
            : await Promise.all(briefs.map(async (r) => ({ ...r, days_taken_by: await leave.requests.takenBy(r, taken_by) })));
        return { requests, ...(total > briefs.length && { not_shown: { requests: total - briefs.length } }) };
      },
    }),
    defineTool({
      name: 'holidays',
      description: "Holidays between two dates: the organisation's, and a team's own when team_id is given (all teams' otherwise).",
      input: HolidaysInput,
      run: async (principal, input) => ({
        holidays: (await allPages((page) => holidays.list(principal, input, page))).map((h) => ({
          date: h.date,
          name: h.name,
          team_id: h.team_id,
          half: h.half,
        })),
      }),
    }),
    defineTool({
      name: 'attendance_corrections',
      description: "Attendance corrections within the caller's scope, by state (pending, approved, rejected, cancelled), team or employee.",
      input: CorrectionsInput,
      run: async (principal, input) => ({
        corrections: (await allPages((page) => corrections.list(principal, input, page))).map((c) => ({
          correction_id: c.correction_id,
          employee_id: c.employee_id,
          team_id: c.team_id,
          date: c.date,
          state: c.state,
        })),
      }),
    }),
  ];
}
