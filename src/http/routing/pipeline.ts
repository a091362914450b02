import type { RequestHandler, Response } from 'express';
import { sendCsv } from '../csv-response';
import { authorize } from './authorize';
import { bodyReader, validated, type BodyParsers } from './input';
import type { AnyRoute, ApiRouterOptions, RouteResult } from './route-definition';

async function respond(res: Response, result: RouteResult): Promise<void> {
  if (result.csv) await sendCsv(res, result.status, result.csv.columns, result.csv.pages, result.csv.filename);
  else if (result.body === undefined) res.status(result.status).end();
  else res.status(result.status).json(result.body);
}

/**
 * Every route's one handler, checking in the order the API promises — 401,
 * 403 by role, 413/415, 400/422, the route's guards, then the route's own
 * handler (404/403/409) — and writing what it answers. One Express layer
 * per route, since Express dispatches every layer of a route on every
 * request. Each check refuses by throwing an AppError (error-handler.ts).
 */
export function routeHandler(route: AnyRoute, options: ApiRouterOptions, parsers: BodyParsers): RequestHandler {
  const readBody = bodyReader(route.body, parsers);
  const guards = route.guards ?? [];
  return async (req, res) => {
    const principal = await authorize(route, options.authenticate, req, res);
    await readBody(req, res);
    const input = validated(route, req);
    for (const guard of guards) await guard({ req, res, principal, body: input.body });
    // The principal is there whenever the route requires one (authorize refused otherwise).
    await respond(res, await route.handler({ params: input.params as never, query: input.query as never, body: input.body, principal: principal!, req, res }));
  };
}
