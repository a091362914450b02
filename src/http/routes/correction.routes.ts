import type { CorrectionService } from '../../services/corrections/correction.service';
import type { ApiRouter } from '../api-router';
import type { Paginator } from '../pagination';
import {
  CorrectionCreateBody,
  CorrectionDecisionBody,
  CorrectionListQuery,
  CorrectionPage,
  CorrectionParams,
  CorrectionSchema,
} from '../schemas/correction.schemas';

const TAG = 'Attendance corrections';
const REFUSED = { description: 'It is no longer pending, or the record changed after it was asked for (RECORD_CHANGED)' };

/** Corrections of closed days: asked for, decided by someone else, written on approval. */
export function correctionRoutes(api: ApiRouter, corrections: CorrectionService, pages: Paginator): void {
  api.add({
    method: 'get',
    path: '/attendance-corrections',
    tag: TAG,
    summary: 'List corrections, newest first',
    description: 'A manager sees their team’s, an employee their own; filters narrow within that.',
    auth: 'required',
    query: CorrectionListQuery,
    responses: { 200: { description: 'A page of corrections', schema: CorrectionPage } },
    handler: async ({ req, query, principal }) => {
      const { limit, cursor, ...filter } = query;
      return { status: 200, body: await pages.list(req, { limit, cursor }, filter, (page) => corrections.list(principal, filter, page)) };
    },
  });

  api.add({
    method: 'post',
    path: '/attendance-corrections',
    tag: TAG,
    summary: 'Ask for a closed day’s attendance to be corrected',
    description:
      'An employee for their own days, a manager also for their team’s, an admin for anyone. The day must be closed (before today), within employment and tracking. Fields left out keep the record’s values.',
    auth: 'required',
    body: { schema: CorrectionCreateBody },
    responses: { 201: { description: 'Asked, pending', schema: CorrectionSchema }, 403: { description: 'Not yours to ask for' } },
    handler: async ({ body, principal }) => ({ status: 201, body: await corrections.create(principal, body) }),
  });

  api.add({
    method: 'get',
    path: '/attendance-corrections/{correction_id}',
    tag: TAG,
    summary: 'Read a correction',
    auth: 'required',
    params: CorrectionParams,
    responses: { 200: { description: 'The correction', schema: CorrectionSchema }, 404: { description: 'No such correction in your scope' } },
    handler: async ({ params, principal }) => ({ status: 200, body: await corrections.get(principal, params.correction_id) }),
  });

  const decisions = [
    [
      'approve',
      'Approve a pending correction',
      'An admin, or the manager of the day’s team when the employee’s login is an employee’s; never whoever asked. Writes the record as PUT /attendance/{employee_id}/{attendance_date} would (created if there was none).',
    ],
    ['reject', 'Reject a pending correction', 'Who may approve may reject.'],
    ['cancel', 'Cancel your pending correction', 'Only whoever asked, while it is pending.'],
  ] as const;
  for (const [decision, summary, description] of decisions) {
    api.add({
      method: 'post',
      path: `/attendance-corrections/{correction_id}/${decision}`,
      tag: TAG,
      summary,
      description,
      auth: 'required',
      params: CorrectionParams,
      body: { schema: CorrectionDecisionBody, optional: true },
      responses: {
        200: { description: 'Decided', schema: CorrectionSchema },
        403: { description: 'Not yours to decide' },
        404: { description: 'No such correction (admins)' },
        409: REFUSED,
      },
      handler: async ({ params, body, principal }) => ({ status: 200, body: await corrections[decision](principal, params.correction_id, body?.note ?? null) }),
    });
  }
}
