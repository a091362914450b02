import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidCursorError } from '../core/errors';

/**
 * Wraps a repository's page position in a signed envelope bound to the route
 * and filters that produced it, so a forged cursor, or one carried to other
 * filters, is a 400 rather than a silently wrong page.
 */
export class CursorSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('workforce-api/cursor/v1').digest();
  }

  sign(position: string | null, binding: string): string | null {
    if (position === null) return null;
    const payload = Buffer.from(JSON.stringify({ p: position, b: this.digest(binding) })).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  open(cursor: string, binding: string): string {
    const [payload, mac, ...rest] = cursor.split('.');
    if (!payload || !mac || rest.length > 0) throw new InvalidCursorError();
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new InvalidCursorError();
    const { p, b } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { p: unknown; b: unknown };
    if (typeof p !== 'string' || b !== this.digest(binding)) throw new InvalidCursorError();
    return p;
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }

  private digest(binding: string): string {
    return createHash('sha256').update(binding).digest('base64url').slice(0, 22);
  }
}

/** What a cursor is bound to: the route as called and its filters, in a canonical order. */
export function cursorBinding(path: string, filters: Record<string, unknown>): string {
  const canonical = Object.keys(filters)
    .filter((key) => filters[key] !== undefined)
    .sort()
    .map((key) => [key, filters[key]]);
  return `${path}?${JSON.stringify(canonical)}`;
}
