import type { LeaveTypeService } from '../../../services/leave/leave-type.service';
import type { ApiRouter } from '../../api-router';
import type { Paginator } from '../../pagination';
import { LeaveTypeCreateBody, LeaveTypeListQuery, LeaveTypePage, LeaveTypeParams, LeaveTypeSchema, LeaveTypeUpdateBody } from '../../schemas/leave.schemas';

const TAG = 'Leave';

/** Leave types: every role reads them, an admin writes them. */
export function leaveTypeRoutes(api: ApiRouter, types: LeaveTypeService, pages: Paginator): void {
  api.add({
    method: 'get',
    path: '/leave-types',
    tag: TAG,
    summary: 'List leave types, by code',
    auth: 'required',
    query: LeaveTypeListQuery,
    responses: { 200: { description: 'A page of leave types', schema: LeaveTypePage } },
    handler: async ({ req, query }) => ({ status: 200, body: await pages.list(req, query, {}, (page) => types.list(page)) }),
  });

  api.add({
    method: 'post',
    path: '/leave-types',
    tag: TAG,
    summary: 'Create a leave type',
    auth: 'required',
    roles: ['admin'],
    body: { schema: LeaveTypeCreateBody },
    responses: { 201: { description: 'Created', schema: LeaveTypeSchema }, 409: { description: 'A type with that code exists' } },
    handler: async ({ body, principal }) => ({ status: 201, body: await types.create(principal, body) }),
  });

  api.add({
    method: 'get',
    path: '/leave-types/{code}',
    tag: TAG,
    summary: 'Read a leave type',
    auth: 'required',
    params: LeaveTypeParams,
    responses: { 200: { description: 'The leave type', schema: LeaveTypeSchema }, 404: { description: 'No such leave type' } },
    handler: async ({ params }) => ({ status: 200, body: await types.get(params.code) }),
  });

  api.add({
    method: 'put',
    path: '/leave-types/{code}',
    tag: TAG,
    summary: 'Change a leave type (partial)',
    description: 'A new allowance reaches each balance as a compensating grant on the ledger.',
    auth: 'required',
    roles: ['admin'],
    params: LeaveTypeParams,
    body: { schema: LeaveTypeUpdateBody },
    responses: { 200: { description: 'Changed', schema: LeaveTypeSchema }, 404: { description: 'No such leave type' } },
    handler: async ({ params, body, principal }) => ({ status: 200, body: await types.update(principal, params.code, body) }),
  });

  api.add({
    method: 'delete',
    path: '/leave-types/{code}',
    tag: TAG,
    summary: 'Delete a leave type that nothing uses',
    auth: 'required',
    roles: ['admin'],
    params: LeaveTypeParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such leave type' }, 409: { description: 'Requests or ledger entries use it' } },
    handler: async ({ params, principal }) => {
      await types.delete(principal, params.code);
      return { status: 204 };
    },
  });
}
