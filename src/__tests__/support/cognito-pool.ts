import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';

export const POOL_ID = 'eu-west-1_TestPool7';
export const CLIENT_ID = 'workforce-test-client';
export const ISSUER = `https://cognito-idp.eu-west-1.amazonaws.com/${POOL_ID}`;
const KID = 'test-key-1';

export interface TokenOptions {
  username: string;
  groups?: string[];
  employeeId?: string;
  tokenUse?: 'id' | 'access';
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  issuer?: string;
  clientId?: string;
  /** Signs with a key the pool never published, under the pool's own key id. */
  signingKey?: KeyObject;
  kid?: string;
}

/**
 * A stand-in for a Cognito user pool: an RSA key pair whose public half a
 * loopback HTTP server publishes as a JWKS, and tokens shaped like Cognito's
 * (ID tokens carry aud and cognito:username, access tokens client_id and username).
 */
export class FakeUserPool {
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server: Server | undefined;
  /** How many times the key set was fetched. */
  keyRequests = 0;
  jwksUri = '';

  async start(): Promise<void> {
    const jwks = JSON.stringify({ keys: [{ ...this.keys.publicKey.export({ format: 'jwk' }), kid: KID, alg: 'RS256', use: 'sig' }] });
    this.server = createServer((req, res) => {
      if (req.url !== '/jwks.json') {
        res.writeHead(404).end();
        return;
      }
      this.keyRequests += 1;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(jwks);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.jwksUri = `${this.baseUrl()}/jwks.json`;
  }

  baseUrl(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())) ?? resolve());
  }

  /** The settings that point the service at this pool. */
  env(): Record<string, string> {
    return { AUTH_PROVIDER: 'cognito', COGNITO_USER_POOL_ID: POOL_ID, COGNITO_CLIENT_ID: CLIENT_ID, COGNITO_JWKS_URI: this.jwksUri };
  }

  token(options: TokenOptions): string {
    const now = Math.floor(Date.now() / 1000);
    const tokenUse = options.tokenUse ?? 'id';
    const clientId = options.clientId ?? CLIENT_ID;
    const payload = {
      sub: `sub-${options.username}`,
      iss: options.issuer ?? ISSUER,
      token_use: tokenUse,
      iat: now - 5,
      auth_time: now - 5,
      exp: now + (options.expiresIn ?? 3600),
      ...(options.groups && { 'cognito:groups': options.groups }),
      ...(tokenUse === 'id'
        ? { aud: clientId, 'cognito:username': options.username, ...(options.employeeId && { 'custom:employee_id': options.employeeId }) }
        : {
            client_id: clientId,
            username: options.username,
            scope: 'aws.cognito.signin.user.admin',
            ...(options.employeeId && { 'custom:employee_id': options.employeeId }),
          }),
    };
    return jwt.sign(payload, options.signingKey ?? this.keys.privateKey, { algorithm: 'RS256', keyid: options.kid ?? KID });
  }
}
