import type { ToolServices } from './tool-services';
import { listFilter } from '../list-filter';
import type { Paginator } from '../pagination';
import { MeSchema } from '../schemas/account.schemas';
import { AttendanceListQuery, AttendancePage, AttendanceParams, AttendanceSchema, AttendanceScopedQuery } from '../schemas/attendance.schemas';
import { PageQuery } from '../schemas/common.schemas';
import { EmployeeListQuery, EmployeePage, EmployeeParams, EmployeeSchema } from '../schemas/employee.schemas';
import { HolidayListQuery, HolidayPage } from '../schemas/holiday.schemas';
import {
  LeaveBalancePage,
  LeaveBalanceQuery,
  LeaveRequestListQuery,
  LeaveRequestPage,
  LeaveRequestParams,
  LeaveRequestSchema,
  LedgerPage,
  LedgerQuery,
} from '../schemas/leave.schemas';
import { ScoreListQuery, ScorePage, ScoreParams, ScoreSchema } from '../schemas/score.schemas';
import { TeamPage, TeamParams, TeamSchema } from '../schemas/team.schemas';
import { z } from '../schemas/zod';
import { argumentsOf, EVERY_ROLE, READ, tool, type Tool } from './tool';

const SCOPE = "Only what the caller's role may see: a manager's own team, an employee's own records.";
const LISTED = `${SCOPE} Filters outside that scope give an empty page. Pass next_cursor back as cursor (with the same filters) for the next page.`;
const ONE = `${SCOPE} Anything outside it is not found, as if absent.`;

/** The reads every role has, each the service call its REST route makes; place binds a tool's cursors to it. */
export function readTools(services: ToolServices, pages: Paginator): Tool[] {
  const place = (name: string) => `mcp:${name}`;
  return [
    tool({
      name: 'whoami',
      title: 'Who am I',
      description: "The caller's login: username, role, employee_id and team_id (a manager's scope is that team).",
      roles: EVERY_ROLE,
      input: z.object({}),
      output: MeSchema,
      annotations: READ,
      run: (principal) =>
        Promise.resolve({ username: principal.username, role: principal.role, employee_id: principal.employee_id, team_id: principal.team_id }),
    }),
    tool({
      name: 'get_employee',
      title: 'Look up an employee',
      description: `An employee's record by employee id (such as DEV-001). ${ONE}`,
      roles: EVERY_ROLE,
      input: argumentsOf(EmployeeParams),
      output: EmployeeSchema,
      annotations: READ,
      run: (principal, args) => services.employees.get(principal, args.employee_id),
    }),
    tool({
      name: 'search_employees',
      title: 'Search employees',
      description: `Employees by employee_id, filtered by team, position, status or q (a name substring or an id prefix). ${LISTED}`,
      roles: EVERY_ROLE,
      input: argumentsOf(EmployeeListQuery),
      output: EmployeePage,
      annotations: READ,
      run: (principal, args) => {
        const { page, filter } = listFilter(args);
        return pages.listAt(place('search_employees'), page, filter, (p) => services.employees.list(principal, filter, p));
      },
    }),
    tool({
      name: 'list_teams',
      title: 'List teams',
      description: 'Teams (departments) by team_id; every role reads every team.',
      roles: EVERY_ROLE,
      input: argumentsOf(z.object(PageQuery)),
      output: TeamPage,
      annotations: READ,
      run: (principal, args) => pages.listAt(place('list_teams'), args, {}, (p) => services.teams.list(principal, p)),
    }),
    tool({
      name: 'get_team',
      title: 'Look up a team',
      description: 'A team by its code (such as DEV).',
      roles: EVERY_ROLE,
      input: argumentsOf(TeamParams),
      output: TeamSchema,
      annotations: READ,
      run: (principal, args) => services.teams.get(principal, args.team_id),
    }),
    tool({
      name: 'list_attendance',
      title: 'List attendance records',
      description: `Attendance, newest day first, filtered by employee, team, status and dates (inclusive). Days of approved whole-day leave without a record list as on-leave. ${LISTED}`,
      roles: EVERY_ROLE,
      input: argumentsOf(AttendanceListQuery),
      output: AttendancePage,
      annotations: READ,
      run: (principal, args) => {
        const { page, filter } = listFilter(args);
        return pages.listAt(place('list_attendance'), page, filter, (p) => services.attendance.list(principal, filter, p));
      },
    }),
    tool({
      name: 'employee_attendance',
      title: "One employee's attendance",
      description: `One employee's attendance, newest day first, filtered by status and dates. ${ONE}`,
      roles: EVERY_ROLE,
      input: argumentsOf(AttendanceScopedQuery, EmployeeParams.shape),
      output: AttendancePage,
      annotations: READ,
      run: (principal, args) => {
        const { limit, cursor, employee_id, ...filter } = args;
        return pages.listAt(place(`employee_attendance/${employee_id}`), { limit, cursor }, filter, (p) =>
          services.attendance.listForEmployee(principal, employee_id, filter, p),
        );
      },
    }),
    tool({
      name: 'get_attendance',
      title: 'Read an attendance record',
      description: `One employee's record for one day. ${ONE}`,
      roles: EVERY_ROLE,
      input: argumentsOf(AttendanceParams),
      output: AttendanceSchema,
      annotations: READ,
      run: (principal, args) => services.attendance.get(principal, args.employee_id, args.attendance_date),
    }),
    tool({
      name: 'list_scores',
      title: 'List performance scores',
      description: `Quarterly scores (period YYYY-Qn), newest period first, filtered by team, period or employee. ${LISTED}`,
      roles: EVERY_ROLE,
      input: argumentsOf(ScoreListQuery),
      output: ScorePage,
      annotations: READ,
      run: (principal, args) => {
        const { page, filter } = listFilter(args);
        return pages.listAt(place('list_scores'), page, filter, (p) => services.scores.list(principal, filter, p));
      },
    }),
    tool({
      name: 'get_score',
      title: 'Read a performance score',
      description: `One employee's score for one quarter (such as 2025-Q1). ${ONE}`,
      roles: EVERY_ROLE,
      input: argumentsOf(ScoreParams),
      output: ScoreSchema,
      annotations: READ,
      run: (principal, args) => services.scores.get(principal, args.employee_id, args.period),
    }),
    tool({
      name: 'list_leave_balances',
      title: 'Leave balances',
      description: `Leave balances per employee and leave type for a year (this year when omitted): allocated, adjusted, taken, pending, available. ${LISTED}`,
      roles: EVERY_ROLE,
      input: argumentsOf(LeaveBalanceQuery),
      output: LeaveBalancePage,
      annotations: READ,
      run: (principal, args) => {
        const { limit, cursor, ...filter } = args;
        return pages.listAt(place('list_leave_balances'), { limit, cursor }, filter, (p) => services.leave.balances.list(principal, filter, p));
      },
    }),
    tool({
      name: 'leave_ledger',
      title: 'Leave ledger',
      description: `The entries a balance sums (grants, adjustments, charges and their reversals), oldest first; the caller's own when employee_id is omitted. ${LISTED}`,
      roles: EVERY_ROLE,
      input: argumentsOf(LedgerQuery),
      output: LedgerPage,
      annotations: READ,
      run: (principal, args) => {
        const { limit, cursor, ...filter } = args;
        return pages.listAt(place('leave_ledger'), { limit, cursor }, filter, (p) => services.leave.balances.ledger(principal, filter, p));
      },
    }),
    tool({
      name: 'list_leave_requests',
      title: 'List leave requests',
      description: `Leave requests, newest first, filtered by employee, team, status and the dates they overlap. ${LISTED}`,
      roles: EVERY_ROLE,
      input: argumentsOf(LeaveRequestListQuery),
      output: LeaveRequestPage,
      annotations: READ,
      run: (principal, args) => {
        const { limit, cursor, ...filter } = args;
        return pages.listAt(place('list_leave_requests'), { limit, cursor }, filter, (p) => services.leave.requests.list(principal, filter, p));
      },
    }),
    tool({
      name: 'get_leave_request',
      title: 'Read a leave request',
      description: `A leave request by its id. ${ONE}`,
      roles: EVERY_ROLE,
      input: argumentsOf(LeaveRequestParams),
      output: LeaveRequestSchema,
      annotations: READ,
      run: (principal, args) => services.leave.requests.get(principal, args.request_id),
    }),
    tool({
      name: 'list_holidays',
      title: 'List holidays',
      description: "Holidays by date, between from and to (inclusive); with team_id, that team's and the organisation's. Every role reads them.",
      roles: EVERY_ROLE,
      input: argumentsOf(HolidayListQuery),
      output: HolidayPage,
      annotations: READ,
      run: (principal, args) => {
        const { limit, cursor, ...filter } = args;
        return pages.listAt(place('list_holidays'), { limit, cursor }, filter, (p) => services.holidays.list(principal, filter, p));
      },
    }),
  ];
}
