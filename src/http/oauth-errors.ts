import type { ErrorRequestHandler, Response } from 'express';
import { BadRequestError, PayloadTooLargeError, UnauthorizedError, UnsupportedMediaTypeError, ValidationError } from '../core/errors';
import { z } from './schemas/zod';

const OAUTH_ERRORS = ['invalid_request', 'invalid_grant', 'unsupported_grant_type'] as const;
type OAuthError = (typeof OAUTH_ERRORS)[number];

export const OAuthErrorBody = z
  .object({
    error: z.enum(OAUTH_ERRORS),
    error_description: z.string(),
    message: z.string().openapi({ description: 'The same text as error_description, where every other route puts it.' }),
    details: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'With invalid_request: the fields at fault.' }),
  })
  .openapi('OAuthError');

function sendOAuthError(res: Response, error: OAuthError, description: string, extra: { details?: unknown } = {}): void {
  res.status(400).json({ error, error_description: description, message: description, ...extra });
}

/**
 * The token endpoint answers as RFC 6749 §5.2 says, so OAuth2 client libraries
 * understand it: a 401 would read to them as a WWW-Authenticate challenge.
 * Every refused login is the one invalid_grant; every other request the client
 * got wrong, its media type and size included, is invalid_request (§5.2 has no
 * 413 or 415). A 429 keeps the API's usual format, with Retry-After, as API.md
 * says; so do 405 (its Allow header is the answer) and faults of ours (503).
 */
export const tokenErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error instanceof UnauthorizedError) return sendOAuthError(res, 'invalid_grant', error.message);
  if (error instanceof ValidationError) {
    const details = error.details ?? [];
    if (details.some((issue) => issue.field === 'grant_type')) return sendOAuthError(res, 'unsupported_grant_type', 'Only grant_type=password is supported');
    return sendOAuthError(res, 'invalid_request', details.map((issue) => `${issue.field} ${issue.message}`).join('; ') || error.message, { details });
  }
  // The one bad request the route gives: a body that could not be parsed (routing/input.ts).
  if (error instanceof BadRequestError) return sendOAuthError(res, 'invalid_request', 'The request body could not be parsed');
  if (error instanceof UnsupportedMediaTypeError || error instanceof PayloadTooLargeError) return sendOAuthError(res, 'invalid_request', error.message);
  next(error);
};
