import type { AccountService } from '../../services/account.service';
import type { ApiRouter } from '../api-router';
import type { Paginator } from '../pagination';
import { AccountPutBody, UserPage, UserSchema } from '../schemas/account.schemas';
import { PageQuery } from '../schemas/common.schemas';
import { EmployeeParams } from '../schemas/employee.schemas';
import { z } from '../schemas/zod';

export function accountRoutes(api: ApiRouter, accounts: AccountService, pages: Paginator): void {
  api.add({
    method: 'get',
    path: '/users',
    tag: 'Accounts',
    summary: 'List logins, by username',
    auth: 'required',
    roles: ['admin'],
    query: z.object(PageQuery),
    responses: { 200: { description: 'A page of logins', schema: UserPage } },
    handler: async ({ req, query, principal }) => ({
      status: 200,
      body: await pages.list(req, query, {}, (page) => accounts.list(principal, page)),
    }),
  });

  api.add({
    method: 'put',
    path: '/employees/{employee_id}/account',
    tag: 'Accounts',
    summary: "Create (201) or change (200) an employee's login",
    description: 'The last enabled admin cannot be disabled or demoted (409).',
    auth: 'required',
    roles: ['admin'],
    params: EmployeeParams,
    body: { schema: AccountPutBody },
    responses: {
      200: { description: 'Changed', schema: UserSchema },
      201: { description: 'Created', schema: UserSchema },
      404: { description: 'No such employee' },
      409: { description: 'Would leave no enabled admin' },
    },
    handler: async ({ params, body, principal }) => {
      const result = await accounts.putForEmployee(principal, params.employee_id, body);
      return { status: result.created ? 201 : 200, body: result.account };
    },
  });
}
