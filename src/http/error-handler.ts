import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, Response } from 'express';
import { AppError, type ErrorKind, type FieldIssue } from '../core/errors';
import type { Logger } from '../logger';
import { boundErrorBody } from './error-body-bounds';
import { sendJson } from './send-json';

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
  sendJson(res, status, boundErrorBody(res, { error: STATUS_CODES[status] ?? 'Error', message, ...extra }));
}

/** body-parser and friends mark client errors with a status and an `expose` flag (http-errors). */
interface HttpError {
  status: number;
  expose?: boolean;
  type?: string;
  message: string;
}

function isClientHttpError(error: unknown): error is HttpError {
  if (typeof error !== 'object' || error === null) return false;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

const CLIENT_ERROR_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is too large',
  'charset.unsupported': 'The request body uses an unsupported charset',
  'encoding.unsupported': 'The request body uses an unsupported content encoding',
  'request.aborted': 'The request was aborted',
  'request.size.invalid': 'The request body does not match its Content-Length',
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error instanceof AppError) {
      const status = STATUS_BY_KIND[error.kind];
      if (status >= 500) logger.warn('request failed', { request_id: res.locals.requestId as string, code: error.code });
      sendError(res, status, error.message, { code: error.code, ...(error.details && { details: error.details }), ...error.fields });
      return;
    }
    if (isClientHttpError(error)) {
      const message = (error.type && CLIENT_ERROR_MESSAGES[error.type]) ?? (error.expose ? error.message : 'Bad request');
      sendError(res, error.status, message);
      return;
    }
    logger.error('unhandled error', { request_id: res.locals.requestId as string, method: req.method, path: req.path, error });
    sendError(res, 500, 'Something went wrong on our side; it has been logged');
  };
}
