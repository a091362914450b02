import type { LeaveImport } from '../../../services/leave/leave-import';
import type { LeaveRequestService } from '../../../services/leave/leave-request.service';
import type { ApiRouter } from '../../api-router';
import { addCsvImport, columnsOf, type ImportLimits } from '../../csv-import-route';
import type { Paginator } from '../../pagination';
import {
  DecisionBody,
  LeaveRequestCreateBody,
  LeaveRequestListQuery,
  LeaveRequestPage,
  LeaveRequestParams,
  LeaveRequestSchema,
  LeaveRow,
} from '../../schemas/leave.schemas';

const TAG = 'Leave';
const REFUSED = { description: 'It overlaps your other leave, the balance cannot pay for it, or it is no longer pending' };

/** Leave requests: filed, decided and cancelled by the people API.md names. */
export function leaveRequestRoutes(api: ApiRouter, requests: LeaveRequestService, imports: LeaveImport, pages: Paginator, limits: ImportLimits): void {
  // Before /leave-requests/{request_id}, which has as many segments.
  addCsvImport(api, limits, {
    path: '/leave-requests/bulk',
    what: 'approved leave (history)',
    key: 'none: every row is new leave, written as approved with its taken days',
    roles: ['admin'],
    writable: columnsOf(LeaveRow),
    row: LeaveRow,
    run: (principal, rows, mode) => imports.run(principal, rows, mode),
  });

  api.add({
    method: 'get',
    path: '/leave-requests',
    tag: TAG,
    summary: 'List leave requests, newest first',
    description: 'A manager sees their team’s, an employee their own; filters narrow within that.',
    auth: 'required',
    query: LeaveRequestListQuery,
    responses: { 200: { description: 'A page of leave requests', schema: LeaveRequestPage } },
    handler: async ({ req, query, principal }) => {
      const { limit, cursor, ...filter } = query;
      return { status: 200, body: await pages.list(req, { limit, cursor }, filter, (page) => requests.list(principal, filter, page)) };
    },
  });

  api.add({
    method: 'post',
    path: '/leave-requests',
    tag: TAG,
    summary: 'Ask for leave (yourself, or someone you manage)',
    description: 'Pending requests reserve their days. The days are counted on the employee’s own calendar: weekly off days and holidays cost nothing.',
    auth: 'required',
    body: { schema: LeaveRequestCreateBody },
    responses: { 201: { description: 'Filed, pending', schema: LeaveRequestSchema }, 403: { description: 'Not yours to ask for' }, 409: REFUSED },
    handler: async ({ body, principal }) => ({ status: 201, body: await requests.create(principal, body) }),
  });

  api.add({
    method: 'get',
    path: '/leave-requests/{request_id}',
    tag: TAG,
    summary: 'Read a leave request',
    auth: 'required',
    params: LeaveRequestParams,
    responses: { 200: { description: 'The request', schema: LeaveRequestSchema }, 404: { description: 'No such request in your scope' } },
    handler: async ({ params, principal }) => ({ status: 200, body: await requests.get(principal, params.request_id) }),
  });

  const decisions = [
    ['approve', 'Approve a pending request', 'An admin, or the manager of the employee’s team when the employee’s login is an employee’s; never your own.'],
    ['reject', 'Reject a pending request', 'Who may approve may reject; the reserved days return to the balance.'],
    [
      'cancel',
      'Cancel a request',
      'Pending: the employee, the requester or an approver. Approved: the employee until it starts, an approver at any time; the days return to the balance.',
    ],
  ] as const;
  for (const [decision, summary, description] of decisions) {
    api.add({
      method: 'post',
      path: `/leave-requests/{request_id}/${decision}`,
      tag: TAG,
      summary,
      description,
      auth: 'required',
      params: LeaveRequestParams,
      body: { schema: DecisionBody, optional: true },
      responses: {
        200: { description: 'Decided', schema: LeaveRequestSchema },
        403: { description: 'Not yours to decide' },
        404: { description: 'No such request in your scope' },
        409: REFUSED,
      },
      handler: async ({ params, body, principal }) => ({ status: 200, body: await requests[decision](principal, params.request_id, body.note ?? null) }),
    });
  }
}
