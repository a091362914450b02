import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt, { type SignOptions } from 'jsonwebtoken';
import { ROLES, type Role } from '../../core/account';
import type { IssuedToken, TokenClaims, TokenService } from '../../core/ports';

const ISSUER = 'workforce-api';

/** As long as a sign-in name may be (POST /token): longer ones reached DynamoDB as an oversized key, a 500. */
const MAX_USERNAME_LENGTH = 254;

/**
 * Whether a token's subject could be a login at all, before it is looked up:
 * no login has an empty name, a NUL (every input refuses it; on PostgreSQL the
 * lookup was a 422 where every other bad token is a 401) or a name too long to sign in with.
 */
function couldNameALogin(sub: string): boolean {
  return sub !== '' && sub.length <= MAX_USERNAME_LENGTH && !sub.includes('\u0000');
}

function isClaims(payload: unknown): payload is TokenClaims & { iat: number; exp: number } {
  if (typeof payload !== 'object' || payload === null) return false;
  const p = payload as Record<string, unknown>;
  return (
    typeof p.sub === 'string' &&
    couldNameALogin(p.sub) &&
    ROLES.includes(p.role as Role) &&
    (p.employee_id === null || typeof p.employee_id === 'string') &&
    (p.team_id === null || typeof p.team_id === 'string') &&
    Number.isInteger(p.ver)
  );
}

/** Locally signed tokens: HS256 only, so a token cannot choose its own algorithm (or none). */
export class JwtTokenService implements TokenService {
  /**
   * Given a string, jsonwebtoken first tries it as a PEM public key on every
   * call, and the failed parse was 30 % of the CPU of GET /employees/{id}
   * under load (measured with --cpu-prof); a key object skips that.
   */
  private readonly key: KeyObject;

  constructor(
    secret: string,
    private readonly expiresIn: SignOptions['expiresIn'],
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  issue(claims: TokenClaims): IssuedToken {
    const { sub, ...rest } = claims;
    const token = jwt.sign(rest, this.key, { algorithm: 'HS256', subject: sub, issuer: ISSUER, expiresIn: this.expiresIn });
    const { iat, exp } = jwt.decode(token) as { iat: number; exp: number };
    return { access_token: token, token_type: 'bearer', expires_in: exp - iat };
  }

  verify(token: string): TokenClaims | null {
    try {
      const payload = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER });
      if (!isClaims(payload)) return null;
      return { sub: payload.sub, role: payload.role, employee_id: payload.employee_id, team_id: payload.team_id, ver: payload.ver };
    } catch {
      return null;
    }
  }
}
