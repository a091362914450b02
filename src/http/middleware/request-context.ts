import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../../logger';

/**
 * An id echoed as given: visible ASCII and spaces, 1–200 of them once trimmed.
 * Control characters and anything beyond ASCII could split or forge log lines
 * and headers, so those get an id of ours instead.
 */
const SAFE_REQUEST_ID = /^[\x20-\x7e]{1,200}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when it is safe to echo, and
 * the response's X-Request-Id) and logs one
 * line when the response is done. Never bodies, never headers: so
 * never passwords or tokens.
 */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id')?.trim();
    const requestId = given && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    // winston formats a line before its transport drops it for its level: skip the work outright.
    if (!logger.isInfoEnabled()) return next();
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const principal = res.locals.principal;
      logger.info('request', {
        request_id: requestId,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        duration_ms: Number(process.hrtime.bigint() - started) / 1e6,
        user: principal?.username ?? null,
      });
    });
    next();
  };
}
