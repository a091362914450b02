import type { Request, Response } from 'express';
import type { Principal } from '../../core/access';
import { originOf } from '../../core/audit/audit-entry';
import { ForbiddenError, UnauthorizedError } from '../../core/errors';
import type { AnyRoute } from './route-definition';

/** The bearer token of the Authorization header: null when there is none, '' when it is not a bearer token. */
export function bearerToken(req: Request): string | null {
  const header = req.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : '';
}

/**
 * 401 without a usable token where one is required, then 403 for a role the
 * route never serves. The principal is returned, and kept in the request's
 * state for the log line and the limits keyed on who asks.
 */
export async function authorize(
  route: AnyRoute,
  authenticate: (token: string) => Promise<Principal>,
  req: Request,
  res: Response,
): Promise<Principal | undefined> {
  if (route.auth !== 'none') {
    const token = bearerToken(req);
    if (token === null || token === '') {
      if (route.auth === 'required')
        throw new UnauthorizedError(token === null ? 'A bearer token is required' : 'The Authorization header must be "Bearer <token>"');
    } else {
      try {
        const principal = await authenticate(token);
        // Every write the request makes is audited as coming through this door.
        res.locals.principal = { ...principal, origin: originOf('rest', req.get('user-agent'), res.locals.requestId ?? null) };
      } catch (error) {
        // Optional means "who, if anyone can be named": a token that names nobody with a role is ignored too.
        const nobody = error instanceof UnauthorizedError || error instanceof ForbiddenError;
        if (route.auth === 'required' || !nobody) throw error;
      }
    }
  }
  const principal = res.locals.principal;
  if (route.roles && (!principal || !route.roles.includes(principal.role))) throw new ForbiddenError();
  return principal;
}
