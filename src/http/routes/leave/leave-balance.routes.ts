import type { LeaveBalanceService } from '../../../services/leave/leave-balance.service';
import type { ApiRouter } from '../../api-router';
import type { Paginator } from '../../pagination';
import { AdjustmentBody, LeaveBalancePage, LeaveBalanceQuery, LeaveBalanceSchema, LedgerPage, LedgerQuery } from '../../schemas/leave.schemas';

const TAG = 'Leave';

/** Balances and the append-only ledger they come from. */
export function leaveBalanceRoutes(api: ApiRouter, balances: LeaveBalanceService, pages: Paginator): void {
  api.add({
    method: 'get',
    path: '/leave-balances',
    tag: TAG,
    summary: 'Leave balances, by employee, year and code',
    description:
      'One item per employee in scope employed in the year (this year when omitted) and leave type. available = allocated + adjusted − taken − pending.',
    auth: 'required',
    query: LeaveBalanceQuery,
    responses: { 200: { description: 'A page of balances', schema: LeaveBalancePage } },
    handler: async ({ req, query, principal }) => {
      const { limit, cursor, ...filter } = query;
      return { status: 200, body: await pages.list(req, { limit, cursor }, filter, (page) => balances.list(principal, filter, page)) };
    },
  });

  api.add({
    method: 'get',
    path: '/leave-ledger',
    tag: TAG,
    summary: "An employee's leave ledger, oldest first",
    description: 'Grants, adjustments, taken leave and reversals; yours when employee_id is omitted. Out of scope lists nothing.',
    auth: 'required',
    query: LedgerQuery,
    responses: { 200: { description: 'A page of ledger entries', schema: LedgerPage } },
    handler: async ({ req, query, principal }) => {
      const { limit, cursor, ...filter } = query;
      return { status: 200, body: await pages.list(req, { limit, cursor }, filter, (page) => balances.ledger(principal, filter, page)) };
    },
  });

  api.add({
    method: 'post',
    path: '/leave-adjustments',
    tag: TAG,
    summary: 'Adjust a balance (admin), with a reason',
    description: 'Appends an adjustment entry to the ledger; answers with the balance it leaves.',
    auth: 'required',
    roles: ['admin'],
    body: { schema: AdjustmentBody },
    responses: { 201: { description: 'Appended; the balance after it', schema: LeaveBalanceSchema }, 404: { description: 'No such employee' } },
    handler: async ({ body, principal }) => ({ status: 201, body: await balances.adjust(principal, body) }),
  });
}
