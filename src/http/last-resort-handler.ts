import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger';

const BODY = { error: 'Internal Server Error', message: 'Something went wrong on our side' };

/**
 * Behind the error handler, for when answering an error failed in turn (a
 * logger that threw, a body that would not serialise): Express's own final
 * handler would answer with an HTML page and a stack trace. This one answers
 * in the API's error format with fixed words, and never passes the error on.
 */
export function lastResortHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    try {
      logger.error('error handler failed', { request_id: res.locals.requestId, method: req.method, path: req.path, error });
    } catch {
      // The logger may be what failed; the answer matters more than the log line.
    }
    try {
      // A half-sent answer cannot become an error any more: cut it, so the client sees it broken rather than complete.
      if (res.headersSent) res.destroy();
      else res.status(500).json(BODY);
    } catch {
      res.destroy();
    }
  };
}
