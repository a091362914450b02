import type { RequestHandler } from 'express';
import type { Guard } from './route-definition';

/**
 * An Express middleware as a route's guard: a rate limiter, which passes the
 * request on or refuses it by passing an error on (rate-limit.ts). One that
 * answered without calling next would leave the route waiting.
 */
export function middlewareGuard(middleware: RequestHandler): Guard {
  return ({ req, res }) =>
    new Promise((resolve, reject) => {
      void middleware(req, res, (error?: unknown) =>
        error === undefined ? resolve() : reject(error instanceof Error ? error : new Error('The guard failed', { cause: error })),
      );
    });
}
