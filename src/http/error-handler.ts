import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, Response } from 'express';
import { AppError, MethodNotAllowedError, type ErrorKind, type FieldIssue } from '../core/errors';
import { asClientError } from './client-errors';
import type { Logger } from '../logger';
import { boundErrorBody } from './error-body-bounds';

/** The HTTP status of each kind of domain error: for every answer that reports one (MCP tool results too). */
export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation: 422,
  rate_limited: 429,
  too_large: 413,
  method_not_allowed: 405,
  unsupported_media_type: 415,
  unavailable: 503,
  upstream: 502,
  upstream_timeout: 504,
};

export interface ErrorBody {
  error: string;
  message: string;
  code?: string;
  details?: FieldIssue[];
  [extra: string]: unknown;
}

/** The one error format of the API, for every status ≥ 400. */
export function sendError(res: Response, status: number, message: string, extra: Omit<ErrorBody, 'error' | 'message'> = {}): void {
  // A route that says more (where its resource's metadata is) has set its own.
  if (status === 401 && !res.hasHeader('WWW-Authenticate')) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(status).json(boundErrorBody(res, { error: STATUS_CODES[status] ?? 'Error', message, ...extra }));
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (thrown: unknown, req, res, next) => {
    if (res.headersSent) {
      next(thrown);
      return;
    }
    // A library's client error (body-parser's under /mcp, say) is answered as the API's own.
    const error = asClientError(thrown);
    if (error instanceof AppError) {
      const status = STATUS_BY_KIND[error.kind];
      if (status >= 500) logger.warn('request failed', { request_id: res.locals.requestId, code: error.code });
      if (error instanceof MethodNotAllowedError) res.setHeader('Allow', error.allowed.join(', '));
      sendError(res, status, error.message, { code: error.code, ...(error.details && { details: error.details }), ...error.fields });
      return;
    }
    logger.error('unhandled error', { request_id: res.locals.requestId, method: req.method, path: req.path, error });
    sendError(res, 500, 'Something went wrong on our side; it has been logged');
  };
}
