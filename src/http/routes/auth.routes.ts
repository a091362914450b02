import { whoIs, type Principal } from '../../core/access';
import type { AuthService } from '../../services/auth.service';
import type { ApiRouter } from '../api-router';
import { failedLoginLimiters, loginAttemptLimiter, type LoginLimits } from '../login-limits';
import { OAuthErrorBody, tokenErrors } from '../oauth-errors';
import type { LimiterStores } from '../rate-limit';
import { bearerToken } from '../routing/authorize';
import { middlewareGuard } from '../routing/middleware-guard';
import type { Guard } from '../routing/route-definition';
import { MeSchema, PasswordChangeBody, TokenBody, TokenSchema } from '../schemas/account.schemas';

/** Names the login a request's failures count against, for the failure limiters after it. */
function countFailuresAgainst(key: (ctx: { body: unknown; principal: Principal | undefined }) => string | Promise<string>): Guard {
  return async ({ body, principal, res }) => {
    res.locals.loginFailureKey = await key({ body, principal });
  };
}

/** `GET /me` always; logging in and changing a password only with local logins (limits null: none). */
export function authRoutes(api: ApiRouter, auth: AuthService, limits: LoginLimits | null, stores: LimiterStores): void {
  api.add({
    method: 'get',
    path: '/me',
    tag: 'Auth',
    summary: "The caller's account",
    auth: 'required',
    responses: { 200: { description: 'The caller', schema: MeSchema } },
    handler: ({ principal }) => ({ status: 200, body: whoIs(principal) }),
  });
  if (limits) localLoginRoutes(api, auth, limits, stores);
}

function localLoginRoutes(api: ApiRouter, auth: AuthService, limits: LoginLimits, stores: LimiterStores): void {
  const failureLimits = failedLoginLimiters(limits, stores).map(middlewareGuard);
  api.add({
    method: 'post',
    path: '/token',
    tag: 'Auth',
    summary: 'Log in (OAuth2 password flow)',
    description:
      'Form-encoded or JSON. Errors follow RFC 6749 §5.2: a wrong password, an unknown user and a disabled or inactive login all get the same 400 invalid_grant; ' +
      'a missing field, an unparseable or too large body or one of another media type is invalid_request, a grant_type other than password unsupported_grant_type. ' +
      '429 keeps the usual error format.',
    auth: 'none',
    body: { schema: TokenBody, types: ['form', 'json'] },
    guards: [
      middlewareGuard(loginAttemptLimiter(limits, stores)),
      countFailuresAgainst(({ body }) => auth.failureKey((body as { username: string }).username)),
      ...failureLimits,
    ],
    responses: {
      200: { description: 'A bearer token', schema: TokenSchema },
      400: {
        description: 'invalid_grant, invalid_request (also for a body too large or of another media type) or unsupported_grant_type (RFC 6749 §5.2)',
        schema: OAuthErrorBody,
      },
      429: { description: 'Too many failed logins (the usual error format, with Retry-After)' },
    },
    // Invalid input, its size and media type included, is RFC 6749's 400 invalid_request here (tokenErrors), never a 413, 415 or 422.
    withholds: [413, 415, 422],
    handler: async ({ body }) => ({ status: 200, body: await auth.login(body.username, body.password) }),
  });
  api.router.use('/token', tokenErrors);

  api.add({
    method: 'post',
    path: '/me/password',
    tag: 'Auth',
    summary: 'Change your password',
    description: "Ends the login's other tokens; the one used here stays valid, and the answer carries a fresh one too.",
    auth: 'required',
    body: { schema: PasswordChangeBody },
    // A stolen token must not buy unlimited guesses at the password behind it.
    guards: [countFailuresAgainst(({ principal }) => auth.loginFailureKey(principal!.username)), ...failureLimits],
    responses: {
      200: { description: 'Changed; a new token', schema: TokenSchema },
      401: { description: 'Wrong current password (counted as a failed login of yours, from your address)' },
      429: { description: 'Too many failed logins (the usual error format, with Retry-After)' },
    },
    // The route requires a bearer token, so there is one: the token that stays.
    handler: async ({ req, principal, body }) => ({
      status: 200,
      body: await auth.changePassword(principal, bearerToken(req)!, body.current_password, body.new_password),
    }),
  });
}
