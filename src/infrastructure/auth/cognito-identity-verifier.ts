import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { FetchError, JwtBaseError } from 'aws-jwt-verify/error';
import type { Fetcher } from 'aws-jwt-verify/https';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { CognitoConfig } from '../../config';
import { AppError } from '../../core/errors';
import type { ExternalIdentity, IdentityVerifier } from '../../core/ports';

const KEYS_TIMEOUT_MS = 3000;

/**
 * Fetches the pool's keys from one fixed address, whatever Cognito URL the
 * verifier asks for: for a loopback key server in tests or a private endpoint.
 * Plain HTTP is allowed there, which the library's own fetcher refuses.
 */
class FixedUriFetcher implements Fetcher {
  constructor(private readonly uri: string) {}

  async fetch(): Promise<ArrayBuffer> {
    let response: Response;
    try {
      response = await fetch(this.uri, { signal: AbortSignal.timeout(KEYS_TIMEOUT_MS) });
    } catch (error) {
      throw new FetchError(this.uri, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw new FetchError(this.uri, `Status code is ${response.status}, expected 200`);
    return response.arrayBuffer();
  }
}

const claimText = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Amazon Cognito ID and access tokens, checked by AWS's aws-jwt-verify against the pool's published keys. */
export class CognitoIdentityVerifier implements IdentityVerifier {
  private readonly verifier;

  constructor(private readonly config: CognitoConfig) {
    const jwksCache = config.jwksUri ? new SimpleJwksCache({ fetcher: new FixedUriFetcher(config.jwksUri) }) : undefined;
    this.verifier = CognitoJwtVerifier.create(
      { userPoolId: config.userPoolId, clientId: config.clientId, tokenUse: config.tokenUse },
      jwksCache && { jwksCache },
    );
  }

  async verify(token: string): Promise<ExternalIdentity | null> {
    let payload;
    try {
      payload = await this.verifier.verify(token);
    } catch (error) {
      // Not reaching the keys is our failure, not the caller's: no 401 for it.
      if (error instanceof FetchError) {
        throw new AppError('unavailable', 'IDENTITY_PROVIDER_UNAVAILABLE', "The identity provider's signing keys could not be fetched");
      }
      if (error instanceof JwtBaseError) return null;
      throw error;
    }
    const username = claimText(payload['cognito:username']) ?? claimText(payload.username);
    if (username === null) return null;
    return {
      username,
      groups: payload['cognito:groups'] ?? [],
      employee_id: claimText(payload[this.config.employeeIdClaim]),
    };
  }
}
