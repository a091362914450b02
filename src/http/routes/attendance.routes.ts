import { describeAttendance } from '../../core/attendance-summary';
import type { AttendanceService } from '../../services/attendance.service';
import type { ApiRouter } from '../api-router';
import { listFilter } from '../list-filter';
import type { Paginator } from '../pagination';
import {
  AttendanceCreateBody,
  AttendanceListQuery,
  AttendancePage,
  AttendanceParams,
  AttendanceSchema,
  AttendanceUpdateBody,
  CheckBody,
  RangeSummarySchema,
  SummaryOrRangeQuery,
  SummaryQuery,
  SummarySchema,
  SummarySentencesSchema,
} from '../schemas/attendance.schemas';
import { EmployeeParams } from '../schemas/employee.schemas';
import { TeamParams } from '../schemas/team.schemas';
import { z } from '../schemas/zod';

const STATE_CONFLICT = { description: 'Already checked in / out, not checked in, or an inactive employee' };

export function attendanceRoutes(api: ApiRouter, attendance: AttendanceService, pages: Paginator): void {
  api.add({
    method: 'post',
    path: '/attendance/check-in',
    tag: 'Attendance',
    summary: 'Check in now (yourself, or someone you manage)',
    description: "The server's clock decides the time, in ORG_TIMEZONE. No body is needed to check yourself in.",
    auth: 'required',
    body: { schema: CheckBody, optional: true },
    responses: { 201: { description: 'Checked in', schema: AttendanceSchema }, 403: { description: 'Not yours to record' }, 409: STATE_CONFLICT },
    handler: async ({ principal, body }) => ({ status: 201, body: await attendance.checkIn(principal, body.employee_id) }),
  });

  api.add({
    method: 'post',
    path: '/attendance/check-out',
    tag: 'Attendance',
    summary: 'Check out now (yourself, or someone you manage)',
    auth: 'required',
    body: { schema: CheckBody, optional: true },
    responses: { 200: { description: 'Checked out', schema: AttendanceSchema }, 403: { description: 'Not yours to record' }, 409: STATE_CONFLICT },
    handler: async ({ principal, body }) => ({ status: 200, body: await attendance.checkOut(principal, body.employee_id) }),
  });

  api.add({
    method: 'post',
    path: '/attendance',
    tag: 'Attendance',
    summary: 'Record an entry directly (no future dates)',
    auth: 'required',
    roles: ['admin', 'manager'],
    body: { schema: AttendanceCreateBody },
    responses: {
      201: { description: 'Recorded', schema: AttendanceSchema },
      404: { description: 'No such employee' },
      409: { description: 'A record exists for that day' },
    },
    handler: async ({ principal, body }) => ({ status: 201, body: await attendance.create(principal, body) }),
  });

  api.add({
    method: 'get',
    path: '/attendance',
    tag: 'Attendance',
    summary: 'List attendance, newest day first',
    description: "Narrowed silently to the caller's scope.",
    auth: 'required',
    query: AttendanceListQuery,
    responses: { 200: { description: 'A page of records', schema: AttendancePage } },
    handler: async ({ req, query, principal }) => {
      const { page, filter } = listFilter(query);
      return { status: 200, body: await pages.list(req, page, filter, (p) => attendance.list(principal, filter, p)) };
    },
  });

  api.add({
    method: 'get',
    path: '/attendance/summary',
    tag: 'Attendance',
    summary: 'A day (default yesterday) and the seven days ending on it, or a range of days',
    description:
      'Counted by the absence rule of the work calendar. With from and to (both, not with date): the range, up to today and at most 366 days, added up per team and overall.',
    auth: 'required',
    roles: ['admin', 'manager'],
    query: SummaryOrRangeQuery,
    responses: { 200: { description: 'The day summary, or with from and to the range summary', schema: z.union([SummarySchema, RangeSummarySchema]) } },
    handler: async ({ principal, query }) => {
      const { date, from, to, team_id } = query;
      const team = team_id === undefined ? {} : { team_id };
      const body =
        from !== undefined && to !== undefined
          ? await attendance.rangeSummary(principal, { from, to, ...team })
          : await attendance.summary(principal, { ...(date !== undefined && { date }), ...team });
      return { status: 200, body };
    },
  });

  api.add({
    method: 'get',
    path: '/summarize_attendance',
    tag: 'Attendance',
    summary: 'The same summary as two sentences',
    auth: 'required',
    roles: ['admin', 'manager'],
    query: SummaryQuery,
    responses: { 200: { description: 'Two sentences', schema: SummarySentencesSchema } },
    handler: async ({ principal, query }) => ({ status: 200, body: describeAttendance(await attendance.summary(principal, query)) }),
  });

  // Registered before /attendance/{employee_id}/{attendance_date}, which has as many segments.
  api.add({
    method: 'get',
    path: '/attendance/employee/{employee_id}',
    tag: 'Attendance',
    summary: "One employee's attendance",
    description:
      "The filters of GET /attendance, combined with the path: a filter that names another employee or a team of none of the employee's records gives an empty page.",
    auth: 'required',
    params: EmployeeParams,
    query: AttendanceListQuery,
    responses: { 200: { description: 'A page of records', schema: AttendancePage }, 404: { description: 'No such employee in your scope' } },
    handler: async ({ req, params, query, principal }) => {
      const { page, filter } = listFilter(query);
      return { status: 200, body: await pages.list(req, page, filter, (p) => attendance.listForEmployee(principal, params.employee_id, filter, p)) };
    },
  });

  api.add({
    method: 'get',
    path: '/attendance/team/{team_id}',
    tag: 'Attendance',
    summary: "One team's attendance",
    description: 'The filters of GET /attendance, combined with the path: a team_id or department naming another team gives an empty page.',
    auth: 'required',
    params: TeamParams,
    query: AttendanceListQuery,
    responses: { 200: { description: 'A page of records', schema: AttendancePage }, 404: { description: 'No such team in your scope' } },
    handler: async ({ req, params, query, principal }) => {
      const { page, filter } = listFilter(query);
      return { status: 200, body: await pages.list(req, page, filter, (p) => attendance.listForTeam(principal, params.team_id, filter, p)) };
    },
  });

  api.add({
    method: 'get',
    path: '/attendance/{employee_id}/{attendance_date}',
    tag: 'Attendance',
    summary: 'Read one record',
    auth: 'required',
    params: AttendanceParams,
    responses: { 200: { description: 'The record', schema: AttendanceSchema }, 404: { description: 'No such record in your scope' } },
    handler: async ({ params, principal }) => ({ status: 200, body: await attendance.get(principal, params.employee_id, params.attendance_date) }),
  });

  api.add({
    method: 'put',
    path: '/attendance/{employee_id}/{attendance_date}',
    tag: 'Attendance',
    summary: 'Correct a record (partial)',
    description: 'Changed times re-derive the status unless the same request names one.',
    auth: 'required',
    roles: ['admin', 'manager'],
    params: AttendanceParams,
    body: { schema: AttendanceUpdateBody },
    responses: { 200: { description: 'Corrected', schema: AttendanceSchema }, 404: { description: 'No such record' } },
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await attendance.update(principal, params.employee_id, params.attendance_date, body),
    }),
  });

  api.add({
    method: 'delete',
    path: '/attendance/{employee_id}/{attendance_date}',
    tag: 'Attendance',
    summary: 'Delete a record',
    auth: 'required',
    roles: ['admin', 'manager'],
    params: AttendanceParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such record' } },
    handler: async ({ params, principal }) => {
      await attendance.delete(principal, params.employee_id, params.attendance_date);
      return { status: 204 };
    },
  });
}
