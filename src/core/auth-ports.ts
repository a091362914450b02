/** What authentication needs from the outside world: password hashing, our tokens, an identity provider's. */
import type { Role } from './account';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
}

export interface TokenClaims {
  sub: string;
  role: Role;
  employee_id: string | null;
  team_id: string | null;
  ver: number;
  /** The token's own id (absent on tokens issued before ids were given), so that one token can outlive its login's other ones. */
  jti?: string;
}

export interface IssuedToken {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
}

export interface TokenService {
  /** Each token gets its own id (`jti`). */
  issue(claims: Omit<TokenClaims, 'jti'>): IssuedToken;
  /** Null for anything not a valid, unexpired token of ours. */
  verify(token: string): TokenClaims | null;
}

/** What an outside identity provider vouches for, once it has checked a token it issued. */
export interface ExternalIdentity {
  username: string;
  /** The provider's group names, as the token lists them. */
  groups: string[];
  /** The employee the provider says this user is, if it says. */
  employee_id: string | null;
}

export interface IdentityVerifier {
  /** Null for anything the provider did not issue for this service, or that has expired. */
  verify(token: string): Promise<ExternalIdentity | null>;
}
