import type { Request, RequestHandler, Response } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { sendError } from './error-handler';

/** A shared store for the named limiter (Redis), or undefined for this process's memory. */
export type LimiterStores = (limiter: string) => Store | undefined;

export interface LimiterOptions {
  name: string;
  windowMs: number;
  limit: number;
  message: string;
  /** The client address unless given. */
  key?: (req: Request, res: Response) => string | Promise<string>;
  /** Count only failures (logins). */
  skipSuccessfulRequests?: boolean;
  skip?: (req: Request) => boolean;
}

/**
 * Every limit in the API, built one way: standard RateLimit headers, the
 * error format, and a store that is down letting requests through rather
 * than failing them (a cache outage must not become an API outage).
 */
export function limiter(options: LimiterOptions, stores: LimiterStores): RequestHandler {
  const store = stores(options.name);
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    passOnStoreError: true,
    skipSuccessfulRequests: options.skipSuccessfulRequests ?? false,
    ...(options.skip && { skip: options.skip }),
    ...(options.key && { keyGenerator: options.key }),
    ...(store && { store }),
    handler: (_req, res) => sendError(res, 429, options.message),
  });
}
