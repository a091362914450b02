import { z } from 'zod';
import { EMPLOYEE_STATUSES, POSITIONS, type Employee } from '../../core/employee';
import type { EmployeeService } from '../employee.service';
import { allPages, DateArg, defineTool, TeamArg } from './assistant-tool';
import { titleAsHeld } from './job-title-match';

const view = (e: Employee) => ({
  employee_id: e.employee_id,
  name: e.name,
  email: e.email,
  team_id: e.team_id,
  position: e.position,
  job_title: e.job_title,
  status: e.status,
  hire_date: e.hire_date,
});

const FindEmployeeInput = z
  .object({
    employee_id: z.string().trim().toUpperCase().optional().describe('An id such as DEV-001'),
    name: z.string().trim().min(2).max(100).optional().describe('A full or partial name'),
  })
  .strict()
  .refine((input) => input.employee_id !== undefined || input.name !== undefined, 'give employee_id or name');

const ListEmployeesInput = z
  .object({
    team_id: TeamArg.optional(),
    position: z.enum(POSITIONS).optional(),
    status: z.enum(EMPLOYEE_STATUSES).optional(),
    job_title: z.string().trim().min(2).max(100).optional().describe('Only people whose job title contains this (any case), such as "ML Engineer"'),
    employed_on: DateArg.optional().describe('Only those employed that day: hired by then, their last day not gone by (teams as they are today)'),
  })
  .strict();

/** An employee as list_employees names them. */
const listedAs = (e: Pick<Employee, 'employee_id' | 'name' | 'team_id' | 'position' | 'job_title' | 'status'>) => ({
  employee_id: e.employee_id,
  name: e.name,
  team_id: e.team_id,
  position: e.position,
  job_title: e.job_title,
  status: e.status,
});

/** How many employees list_employees names; it always counts them all. */
const LISTED = 50;

export function employeeTools(employees: EmployeeService) {
  return [
    defineTool({
      name: 'find_employee',
      description: "Look up an employee by id or by name within the caller's scope. Someone outside the scope is not found, exactly as if absent.",
      input: FindEmployeeInput,
      run: async (principal, input) => {
        if (input.employee_id !== undefined) return { employees: [view(await employees.get(principal, input.employee_id))] };
        const found = await allPages((page) => employees.list(principal, { q: input.name }, page));
        return { employees: found.map(view) };
      },
    }),
    defineTool({
      name: 'list_employees',
      description: `Count the employees the caller may see, optionally by team, position, status (active, inactive) or job title, and list the first ${LISTED} of them by id.`,
      input: ListEmployeesInput,
      run: async (principal, { job_title, employed_on, ...input }) => {
        // Who was employed on a day is read from every brief in scope, whatever its status now.
        if (employed_on !== undefined) {
          const { status: _now, ...scope } = input;
          const then = (await employees.briefs(principal, scope)).filter(
            (e) => e.hire_date <= employed_on && (e.end_date === null || e.end_date >= employed_on),
          );
          return {
            filters: { ...input, employed_on },
            count: then.length,
            employees: then.slice(0, LISTED).map(listedAs),
            not_listed: Math.max(0, then.length - LISTED),
          };
        }
        // Titles are free text the database does not filter: the briefs in scope, matched here.
        if (job_title !== undefined) {
          const briefs = await employees.briefs(principal, input);
          const title = titleAsHeld(
            job_title,
            briefs.map((e) => e.job_title),
          );
          const held = briefs.filter((e) => e.job_title?.toLowerCase().includes(title));
          return {
            filters: { ...input, job_title: title },
            count: held.length,
            employees: held.slice(0, LISTED).map(listedAs),
            not_listed: Math.max(0, held.length - LISTED),
          };
        }
        // The database counts; only the first page travels, which keeps a whole company out of a model's context.
        const [count, first] = await Promise.all([employees.count(principal, input), employees.list(principal, input, { limit: LISTED })]);
        return {
          filters: input,
          count,
          employees: first.items.map(listedAs),
          not_listed: count - first.items.length,
        };
      },
    }),
  ];
}
