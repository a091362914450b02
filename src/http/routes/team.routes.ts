import type { TeamService } from '../../services/team.service';
import type { ApiRouter } from '../api-router';
import type { Paginator } from '../pagination';
import { PageQuery } from '../schemas/common.schemas';
import { TeamCreateBody, TeamPage, TeamParams, TeamSchema, TeamUpdateBody } from '../schemas/team.schemas';
import { z } from '../schemas/zod';

export function teamRoutes(api: ApiRouter, teams: TeamService, pages: Paginator): void {
  api.add({
    method: 'get',
    path: '/teams',
    tag: 'Teams',
    summary: 'List teams, by team_id',
    auth: 'required',
    query: z.object(PageQuery),
    responses: { 200: { description: 'A page of teams', schema: TeamPage } },
    handler: async ({ req, query, principal }) => ({
      status: 200,
      body: await pages.list(req, query, {}, (page) => teams.list(principal, page)),
    }),
  });

  api.add({
    method: 'post',
    path: '/teams',
    tag: 'Teams',
    summary: 'Create a team',
    auth: 'required',
    roles: ['admin'],
    body: { schema: TeamCreateBody },
    responses: { 201: { description: 'Created', schema: TeamSchema }, 409: { description: 'The team exists' } },
    handler: async ({ body, principal }) => ({ status: 201, body: await teams.create(principal, body) }),
  });

  api.add({
    method: 'get',
    path: '/teams/{team_id}',
    tag: 'Teams',
    summary: 'Read a team',
    auth: 'required',
    params: TeamParams,
    responses: { 200: { description: 'The team', schema: TeamSchema }, 404: { description: 'No such team' } },
    handler: async ({ params, principal }) => ({ status: 200, body: await teams.get(principal, params.team_id) }),
  });

  api.add({
    method: 'put',
    path: '/teams/{team_id}',
    tag: 'Teams',
    summary: 'Rename a team (its code never changes)',
    auth: 'required',
    roles: ['admin'],
    params: TeamParams,
    body: { schema: TeamUpdateBody },
    responses: { 200: { description: 'Renamed', schema: TeamSchema }, 404: { description: 'No such team' } },
    handler: async ({ params, body, principal }) => ({ status: 200, body: await teams.rename(principal, params.team_id, body.team_name) }),
  });

  api.add({
    method: 'delete',
    path: '/teams/{team_id}',
    tag: 'Teams',
    summary: 'Delete a team nothing refers to',
    auth: 'required',
    roles: ['admin'],
    params: TeamParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such team' }, 409: { description: 'Employees or records still refer to it' } },
    handler: async ({ params, principal }) => {
      await teams.delete(principal, params.team_id);
      return { status: 204 };
    },
  });
}
