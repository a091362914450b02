import jwt, { type SignOptions } from 'jsonwebtoken';
import { ROLES, type Role } from '../../core/account';
import type { IssuedToken, TokenClaims, TokenService } from '../../core/ports';

const ISSUER = 'workforce-api';

function isClaims(payload: unknown): payload is TokenClaims & { iat: number; exp: number } {
  if (typeof payload !== 'object' || payload === null) return false;
  const p = payload as Record<string, unknown>;
  return (
    // No login can be named with a NUL (every input refuses it, and PostgreSQL text cannot hold one):
    // looked up, such a name was a 422 from the database on PostgreSQL where every other bad token is a 401.
    typeof p.sub === 'string' &&
    p.sub !== '' &&
    !p.sub.includes('\u0000') &&
    ROLES.includes(p.role as Role) &&
    (p.employee_id === null || typeof p.employee_id === 'string') &&
    (p.team_id === null || typeof p.team_id === 'string') &&
    Number.isInteger(p.ver)
  );
}

/** Locally signed tokens: HS256 only, so a token cannot choose its own algorithm (or none). */
export class JwtTokenService implements TokenService {
  constructor(
    private readonly secret: string,
    private readonly expiresIn: SignOptions['expiresIn'],
  ) {}

  issue(claims: TokenClaims): IssuedToken {
    const { sub, ...rest } = claims;
    const token = jwt.sign(rest, this.secret, { algorithm: 'HS256', subject: sub, issuer: ISSUER, expiresIn: this.expiresIn });
    const { iat, exp } = jwt.decode(token) as { iat: number; exp: number };
    return { access_token: token, token_type: 'bearer', expires_in: exp - iat };
  }

  verify(token: string): TokenClaims | null {
    try {
      const payload = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: ISSUER });
      if (!isClaims(payload)) return null;
      return { sub: payload.sub, role: payload.role, employee_id: payload.employee_id, team_id: payload.team_id, ver: payload.ver };
    } catch {
      return null;
    }
  }
}
