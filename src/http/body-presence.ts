import type { Request } from 'express';

/**
 * Whether a request carries a body, by its framing headers. Read from
 * req.headers, not through req.get: serverless-http fills in a missing
 * Content-Length as the number 0, which a comparison with '0' would take
 * for a body (and a bodiless POST would then be a 415 on Lambda only).
 */
export function hasBody(req: Request): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length: unknown = req.headers['content-length'];
  return length !== undefined && Number(length) !== 0;
}
