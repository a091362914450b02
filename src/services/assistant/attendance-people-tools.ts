import { z } from 'zod';
import { addDays } from '../../core/work-calendar/dates';
import type { Principal } from '../../core/access';
import type { AttendanceService } from '../attendance.service';
import type { EmployeeService } from '../employee.service';
import { poolPersonDays } from '../../core/work-calendar/person-days';
import { DateArg, defineTool, TeamArg } from './assistant-tool';
import { ofPosition, PositionArg } from './position-filter';
import { collated } from '../../core/collated';

/** Half a year: longer spans are asked as totals (attendance_rate). */
export const MAX_DAYS = 186;

const spanOk = (input: { from: string; to: string }) => input.from <= input.to && addDays(input.from, MAX_DAYS - 1) >= input.to;

const ByPersonInput = z
  .object({
    from: DateArg,
    to: DateArg,
    status: z.enum(['late', 'absent', 'half-day', 'missing_check_out', 'on_leave', 'checked_in']),
    team_id: TeamArg.optional(),
    position: PositionArg,
  })
  .strict()
  .refine(spanOk, { message: `from must not be after to, and at most ${MAX_DAYS} days apart`, path: ['from'] });

const RatesInput = z
  .object({
    from: DateArg,
    to: DateArg,
    team_id: TeamArg.optional(),
    position: PositionArg,
    order: z.enum(['highest', 'lowest']).default('highest'),
    limit: z.number().int().min(1).max(500).optional().describe('Only the first this many, in that order'),
  })
  .strict()
  .refine((input) => input.from <= input.to, { message: 'from must not be after to', path: ['from'] });

const HoursInput = z
  .object({
    from: DateArg,
    to: DateArg,
    team_id: TeamArg.optional(),
    position: PositionArg,
    min_hours: z.number().min(0).max(10_000).optional().describe('Only the people who worked at least this many hours, named'),
    limit: z.number().int().min(1).max(500).optional().describe('Only the first this many, most hours first, named'),
    max_hours: z
      .number()
      .min(0)
      .max(10_000)
      .optional()
      .describe('Only the people who worked at most this many hours, fewest first, named: those expected at work in the range with no hours count as 0'),
  })
  .strict()
  .refine((input) => input.from <= input.to, { message: 'from must not be after to', path: ['from'] });

/** People picked from a figure, with their names (leavers included: a past period's hours count them). */
async function named<T extends { employee_id: string }>(employees: EmployeeService, principal: Principal, people: T[]): Promise<(T & { name: string })[]> {
  if (people.length === 0) return [];
  const names = new Map((await employees.briefs(principal, {})).map((e) => [e.employee_id, e.name]));
  return people.map((p) => ({ ...p, name: names.get(p.employee_id) ?? p.employee_id }));
}

export function attendancePeopleTools(attendance: AttendanceService, employees: EmployeeService) {
  /** "Fewer than 30 hours": someone expected at work with no record worked none, and is listed with 0. */
  async function fewest(principal: Principal, input: z.infer<typeof HoursInput>, worked: { employee_id: string; hours: number; days: number }[]) {
    const today = attendance.today();
    const expected = await attendance.ratesBetween(principal, {
      from: input.from,
      to: input.to > today ? today : input.to,
      ...(input.team_id !== undefined && { team_id: input.team_id }),
      ...(input.position !== undefined && { position: input.position }),
    });
    const hours = new Map(worked.map((p) => [p.employee_id, p]));
    for (const p of expected) if (p.expected > 0 && !hours.has(p.employee_id)) hours.set(p.employee_id, { employee_id: p.employee_id, hours: 0, days: 0 });
    const under = [...hours.values()].filter((p) => p.hours <= input.max_hours!).sort((a, b) => a.hours - b.hours || collated(a.employee_id, b.employee_id));
    return named(employees, principal, input.limit === undefined ? under : under.slice(0, input.limit));
  }

  return [
    defineTool({
      name: 'attendance_by_person',
      description: `For each person the caller may see (optionally of one position), on how many days from one date to another (at most ${MAX_DAYS}) they were late, absent (by the work calendar and the absence rule), on a half day, without a check-out, on approved leave or came in at all; a day counts once, a half day absent or on leave as half. Days not yet ended are not absent.`,
      input: ByPersonInput,
      run: async (principal, input) => {
        const today = attendance.today();
        const to = input.status === 'on_leave' || input.to <= today ? input.to : today;
        const ranked = await attendance.exceptionsBetween(principal, {
          from: input.from,
          to,
          status: input.status,
          ...(input.team_id !== undefined && { team_id: input.team_id }),
          ...(input.position !== undefined && { position: input.position }),
        });
        const people = await ofPosition(employees, principal, input.position, ranked);
        return { from: input.from, to, status: input.status, team_id: input.team_id ?? null, position: input.position ?? null, people };
      },
    }),
    defineTool({
      name: 'attendance_rates_by_person',
      description:
        "Each person's attendance rate from one date to another (admins and managers; at most a year, up to today), by the work calendar and the absence rule: expected days, days absent and the rate, ranked highest or lowest first (ties by name), optionally of one team and one position, plus the pooled rate of those people. For people by their rate (who had 100 %, who was under 80 %, the top 5) and a position's rate (the seniors').",
      input: RatesInput,
      run: async (principal, input) => {
        const today = attendance.today();
        const to = input.to > today ? today : input.to;
        const people = await attendance.ratesBetween(principal, {
          from: input.from,
          to,
          ...(input.team_id !== undefined && { team_id: input.team_id }),
          ...(input.position !== undefined && { position: input.position }),
        });
        const pooled = poolPersonDays(people);
        // Lowest first keeps ties by name (then id), as highest first does: the people come in that order among ties,
        // and a stable sort by rate alone keeps it without comparing thousands of names again.
        const ordered = input.order === 'lowest' ? [...people].sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2)) : people;
        return {
          from: input.from,
          to,
          team_id: input.team_id ?? null,
          position: input.position ?? null,
          count: people.length,
          totals: { expected: pooled.expected, absent: pooled.absent, rate: pooled.rate },
          people: (input.limit === undefined ? ordered : ordered.slice(0, input.limit)).map(({ closed_expected: _closed, ...p }) => p),
        };
      },
    }),
    defineTool({
      name: 'hours_worked',
      description:
        'Hours worked from one date to another, in total and per person, over the records the caller may see (a record without a check-out has no hours), optionally of one team and one position.',
      input: HoursInput,
      run: async (principal, input) => {
        const people = await ofPosition(
          employees,
          principal,
          input.position,
          await attendance.hoursBetween(principal, {
            from: input.from,
            to: input.to,
            ...(input.team_id !== undefined && { team_id: input.team_id }),
          }),
        );
        const total = people.reduce((sum, p) => sum + p.hours, 0);
        const round = (n: number) => Math.round(n * 100) / 100;
        const ranked = people.map((p) => ({ ...p, hours: round(p.hours) })).sort((a, b) => b.hours - a.hours || collated(a.employee_id, b.employee_id));
        if (input.max_hours !== undefined)
          return {
            ...input,
            team_id: input.team_id ?? null,
            position: input.position ?? null,
            total_hours: round(total),
            people: await fewest(principal, input, ranked),
          };
        const everyone = input.min_hours === undefined && input.limit === undefined;
        const kept = everyone ? ranked : ranked.filter((p) => p.hours >= (input.min_hours ?? 0)).slice(0, input.limit);
        return {
          from: input.from,
          to: input.to,
          team_id: input.team_id ?? null,
          position: input.position ?? null,
          total_hours: round(total),
          people: everyone ? kept : await named(employees, principal, kept),
        };
      },
    }),
  ];
}
