import type { RequestHandler, Response } from 'express';
import { clientKey, limiter, type LimiterStores } from './rate-limit';

export interface LoginLimits {
  perUsernameAndClient: number;
  perClient: number;
  perUsername: number;
  windowMs: number;
  /** Every attempt, right or wrong, per client: each one costs a bcrypt hash. */
  attemptsPerMinute: number;
}

/** The login a request's failures count against, which its route names before the failure limiters run. */
const failureKey = (res: Response): string => res.locals.loginFailureKey!;

/**
 * The three failure limits, one set for every route that checks a password
 * (POST /token and POST /me/password count together). Only failures count —
 * express-rate-limit takes successful requests back off — but past a limit
 * every attempt under it, right or wrong, is refused until the window ends.
 *
 * Per username and client stops one address guessing one login; per client
 * stops one address spraying many logins; per username from everywhere is a
 * high ceiling, so that locking a known login (the admin's) out for everyone
 * takes many addresses rather than ten requests from one.
 */
export function failedLoginLimiters(limits: LoginLimits, stores: LimiterStores): RequestHandler[] {
  const common = { windowMs: limits.windowMs, skipSuccessfulRequests: true, message: 'Too many failed logins; try again later' };
  return [
    limiter(
      { ...common, name: 'login-username-client', limit: limits.perUsernameAndClient, key: (req, res) => `${failureKey(res)}|${clientKey(req)}` },
      stores,
    ),
    limiter({ ...common, name: 'login-client', limit: limits.perClient }, stores),
    limiter({ ...common, name: 'login-username', limit: limits.perUsername, key: (_req, res) => failureKey(res) }, stores),
  ];
}

/** Logins per client per minute, right or wrong. */
export function loginAttemptLimiter(limits: LoginLimits, stores: LimiterStores): RequestHandler {
  return limiter(
    { name: 'login-attempts', windowMs: 60_000, limit: limits.attemptsPerMinute, message: 'Too many login attempts; try again in a minute' },
    stores,
  );
}
