import { AppError, BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../core/errors';

/** body-parser and friends mark client errors with a status and an `expose` flag (http-errors). */
interface HttpError {
  status: number;
  expose?: boolean;
  type?: string;
  message: string;
}

export function isClientHttpError(error: unknown): error is HttpError {
  if (typeof error !== 'object' || error === null) return false;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

const MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is too large',
  'charset.unsupported': 'The request body uses an unsupported charset',
  'encoding.unsupported': 'The request body uses an unsupported content encoding',
  'request.aborted': 'The request was aborted',
  'request.size.invalid': 'The request body does not match its Content-Length',
};

/**
 * A library's client error (body-parser's, the static files' of /docs) as the
 * API's own, in our words where we know the case. Anything else passes
 * through unchanged: a fault of ours, for the error handler to log.
 */
export function asClientError(error: unknown): unknown {
  if (error instanceof AppError || !isClientHttpError(error)) return error;
  const message = (error.type && MESSAGES[error.type]) ?? (error.expose ? error.message : 'Bad request');
  if (error.status === 413) return new PayloadTooLargeError(message);
  if (error.status === 415) return new UnsupportedMediaTypeError(message);
  return new BadRequestError(message);
}
