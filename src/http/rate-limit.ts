import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit, type RateLimitInfo, type Store } from 'express-rate-limit';
import { RateLimitedError } from '../core/errors';

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

/** Paths the per-client limit leaves out: health checks are the load balancer's own. The OpenAPI document reads it too. */
export const UNLIMITED_PATHS: readonly string[] = ['/health'];

/**
 * The client's address as every limit counts it: an IPv6 address by its /56
 * (ipKeyGenerator), an IPv4 one as it is. Only an IPv6 address has a colon,
 * so an IPv4 client never runs node:net's IPv6 pattern, whose compilation the
 * library's default key paid at every Lambda cold start (with its checks of
 * the address, which Express's trust proxy setting already settles here).
 */
export const clientKey = (req: Request): string => {
  const ip = req.ip ?? '';
  return ip.includes(':') ? ipKeyGenerator(ip) : ip;
};

/** Seconds until the window ends, as express-rate-limit counts them. */
function secondsLeft(info: RateLimitInfo, windowMs: number): number {
  return info.resetTime ? Math.max(0, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000)) : Math.ceil(windowMs / 1000);
}

/**
 * Every limit in the API, built one way: standard RateLimit headers (IETF
 * draft 7), a RateLimitedError with Retry-After, and a store
 * that is down letting requests through rather than failing them (a cache
 * outage must not become an API outage).
 */
export function limiter(options: LimiterOptions, stores: LimiterStores): RequestHandler {
  const store = stores(options.name);
  const property = `rateLimit:${options.name}`;
  const policy = `${options.limit};w=${Math.ceil(options.windowMs / 1000)}`;
  const report = (req: Request, res: Response): RateLimitInfo | undefined => {
    const info = (req as Request & Record<string, RateLimitInfo | undefined>)[property];
    // A later limiter's fields replace an earlier one's.
    if (info) {
      res.setHeader('RateLimit-Policy', policy);
      res.setHeader('RateLimit', `limit=${info.limit}, remaining=${info.remaining}, reset=${secondsLeft(info, options.windowMs)}`);
    }
    return info;
  };
  const limit = rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: false,
    legacyHeaders: false,
    requestPropertyName: property,
    passOnStoreError: true,
    skipSuccessfulRequests: options.skipSuccessfulRequests ?? false,
    ...(options.skip && { skip: options.skip }),
    keyGenerator: options.key ?? clientKey,
    ...(store && { store }),
    // Called once the count is over, so the request's count is there.
    // Passed on like every refusal, so the limiter always calls next (a route's guards rely on it).
    handler: (req, res, next) => {
      res.setHeader('Retry-After', String(secondsLeft(report(req, res)!, options.windowMs)));
      next(new RateLimitedError(options.message));
    },
  });
  return (req, res, next) => {
    void limit(req, res, (error?: unknown) => {
      report(req, res);
      next(error);
    });
  };
}

const unlimited = (req: Request) => UNLIMITED_PATHS.includes(req.path);

/** The app-wide limit per client address (behind a proxy, as TRUST_PROXY reveals it); health checks are the load balancer's own. */
export function clientLimiter(perMinute: number, stores: LimiterStores): RequestHandler {
  return limiter(
    { name: 'client', windowMs: 60_000, limit: perMinute, message: 'Too many requests; slow down and try again shortly', skip: unlimited },
    stores,
  );
}
