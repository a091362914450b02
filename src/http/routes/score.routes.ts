import type { ScoreService } from '../../services/score.service';
import type { ApiRouter } from '../api-router';
import { listFilter } from '../list-filter';
import type { Paginator } from '../pagination';
import {
  ScoreCreateBody,
  ScoreListQuery,
  ScorePage,
  ScoreParams,
  ScoreSchema,
  ScoreSummaryQuery,
  ScoreSummarySchema,
  ScoreUpdateBody,
} from '../schemas/score.schemas';

export function scoreRoutes(api: ApiRouter, scores: ScoreService, pages: Paginator): void {
  api.add({
    method: 'get',
    path: '/performance-scores',
    tag: 'Performance scores',
    summary: 'List scores, newest period first',
    description: "Narrowed silently to the caller's scope.",
    auth: 'required',
    query: ScoreListQuery,
    responses: { 200: { description: 'A page of scores', schema: ScorePage } },
    handler: async ({ req, query, principal }) => {
      const { page, filter } = listFilter(query);
      return { status: 200, body: await pages.list(req, page, filter, (p) => scores.list(principal, filter, p)) };
    },
  });

  api.add({
    method: 'post',
    path: '/performance-scores',
    tag: 'Performance scores',
    summary: "Record an employee's score for a quarter",
    auth: 'required',
    roles: ['admin', 'manager'],
    body: { schema: ScoreCreateBody },
    responses: {
      201: { description: 'Recorded', schema: ScoreSchema },
      404: { description: 'No such employee' },
      409: { description: 'That employee already has that period' },
    },
    handler: async ({ principal, body }) => ({ status: 201, body: await scores.create(principal, body) }),
  });

  api.add({
    method: 'get',
    path: '/performance-scores/summary',
    tag: 'Performance scores',
    summary: 'Count, mean, min and max of final scores per team and period (the trend without a period)',
    auth: 'required',
    roles: ['admin', 'manager'],
    query: ScoreSummaryQuery,
    responses: { 200: { description: 'The summary', schema: ScoreSummarySchema } },
    handler: async ({ principal, query }) => ({ status: 200, body: { items: await scores.summary(principal, query) } }),
  });

  api.add({
    method: 'get',
    path: '/performance-scores/{employee_id}/{period}',
    tag: 'Performance scores',
    summary: 'Read a score',
    auth: 'required',
    params: ScoreParams,
    responses: { 200: { description: 'The score', schema: ScoreSchema }, 404: { description: 'No such score in your scope' } },
    handler: async ({ principal, params }) => ({ status: 200, body: await scores.get(principal, params.employee_id, params.period) }),
  });

  api.add({
    method: 'put',
    path: '/performance-scores/{employee_id}/{period}',
    tag: 'Performance scores',
    summary: 'Change a score (partial); the final score is recomputed',
    auth: 'required',
    roles: ['admin', 'manager'],
    params: ScoreParams,
    body: { schema: ScoreUpdateBody },
    responses: { 200: { description: 'Changed', schema: ScoreSchema }, 404: { description: 'No such score' } },
    handler: async ({ principal, params, body }) => ({ status: 200, body: await scores.update(principal, params.employee_id, params.period, body) }),
  });

  api.add({
    method: 'delete',
    path: '/performance-scores/{employee_id}/{period}',
    tag: 'Performance scores',
    summary: 'Delete a score',
    auth: 'required',
    roles: ['admin', 'manager'],
    params: ScoreParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such score' } },
    handler: async ({ principal, params }) => {
      await scores.delete(principal, params.employee_id, params.period);
      return { status: 204 };
    },
  });
}
