import { createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import jwt, { type SignOptions } from 'jsonwebtoken';
import { ROLES, type Role } from '../../core/account';
import type { IssuedToken, TokenClaims, TokenService } from '../../core/ports';
import { setNewest } from '../../core/bounded-map';

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
    Number.isInteger(p.ver) &&
    (p.jti === undefined || typeof p.jti === 'string')
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

  /**
   * Tokens whose signature has been checked, until they expire: a given
   * string's signature never changes, and a client sends the same token with
   * every request. Checking it again was about a twentieth of the CPU of
   * GET /employees/{id} (--cpu-prof). Revocation is not this cache's business:
   * the login's state is checked on every request after it.
   */
  private readonly verified = new Map<string, { claims: TokenClaims; expiresAtMs: number }>();

  constructor(
    secret: string,
    private readonly expiresIn: SignOptions['expiresIn'],
    private readonly maxRemembered = 10_000,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  issue(claims: Omit<TokenClaims, 'jti'>): IssuedToken {
    const { sub, ...rest } = claims;
    const token = jwt.sign(rest, this.key, { algorithm: 'HS256', subject: sub, issuer: ISSUER, expiresIn: this.expiresIn, jwtid: randomUUID() });
    const { iat, exp } = jwt.decode(token) as { iat: number; exp: number };
    return { access_token: token, token_type: 'bearer', expires_in: exp - iat };
  }

  verify(token: string): TokenClaims | null {
    const known = this.verified.get(token);
    // jsonwebtoken's own rule on its own clock (the system's, not the app's Clock): expired from the second `exp` names.
    if (known && Date.now() < known.expiresAtMs) return known.claims;
    this.verified.delete(token);
    let payload: unknown;
    try {
      payload = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER });
    } catch {
      return null;
    }
    if (!isClaims(payload)) return null;
    const { sub, role, employee_id, team_id, ver, jti } = payload;
    const claims: TokenClaims = { sub, role, employee_id, team_id, ver, ...(jti !== undefined && { jti }) };
    setNewest(this.verified, token, { claims, expiresAtMs: payload.exp * 1000 }, this.maxRemembered);
    return claims;
  }
}
