import type { ApiRouter } from '../api-router';
import { z } from '../schemas/zod';
import type { Request } from 'express';
import { baseUrlOf, MCP_PROTECTED_RESOURCE_PATH, PROTECTED_RESOURCE_PATH } from './resource-metadata';

const ProtectedResourceMetadata = z
  .object({
    resource: z.string().openapi({ example: 'https://hr.example.com/mcp' }),
    authorization_servers: z.array(z.string()),
    bearer_methods_supported: z.array(z.literal('header')),
    scopes_supported: z.array(z.string()),
  })
  .openapi('ProtectedResourceMetadata', { description: 'RFC 9728: where the MCP endpoint gets its bearer tokens.' });

const AuthorizationServerMetadata = z
  .object({
    issuer: z.string(),
    token_endpoint: z.string(),
    grant_types_supported: z.array(z.literal('password')),
    response_types_supported: z.array(z.string()),
    token_endpoint_auth_methods_supported: z.array(z.literal('none')),
    scopes_supported: z.array(z.string()),
  })
  .openapi('AuthorizationServerMetadata', { description: 'RFC 8414: what /token supports (the password grant only; no authorization endpoint).' });

/**
 * The OAuth discovery documents an MCP client reads after a 401: which
 * authorization server issues tokens for /mcp (this service with local
 * logins, the Cognito user pool otherwise: `issuer`), and with local logins
 * what this service's token endpoint supports.
 */
export function oauthMetadataRoutes(api: ApiRouter, issuer: string | null): void {
  const protectedResource = ({ req }: { req: Request }) => {
    const base = baseUrlOf(req);
    return {
      status: 200,
      body: { resource: `${base}/mcp`, authorization_servers: [issuer ?? base], bearer_methods_supported: ['header'], scopes_supported: [] },
    };
  };
  // The plain path is the one WWW-Authenticate names (API.md); the suffixed one is where RFC 9728 §3.1 puts /mcp's. One document at both.
  for (const path of [PROTECTED_RESOURCE_PATH, MCP_PROTECTED_RESOURCE_PATH]) {
    api.add({
      method: 'get',
      path,
      tag: 'MCP',
      summary: `OAuth protected resource metadata of /mcp (RFC 9728)${path === MCP_PROTECTED_RESOURCE_PATH ? ', at its path-suffixed address (§3.1)' : ''}`,
      auth: 'none',
      responses: { 200: { description: 'The metadata', schema: ProtectedResourceMetadata } },
      handler: protectedResource,
    });
  }
  if (issuer !== null) return;
  api.add({
    method: 'get',
    path: '/.well-known/oauth-authorization-server',
    tag: 'MCP',
    summary: 'OAuth authorization server metadata (RFC 8414): the password grant at /token',
    description: 'Only with local logins; with an outside identity provider its own issuer publishes this.',
    auth: 'none',
    responses: { 200: { description: 'The metadata', schema: AuthorizationServerMetadata } },
    handler: ({ req }) => {
      const base = baseUrlOf(req);
      return {
        status: 200,
        body: {
          issuer: base,
          token_endpoint: `${base}/token`,
          grant_types_supported: ['password'],
          response_types_supported: [],
          token_endpoint_auth_methods_supported: ['none'],
          scopes_supported: [],
        },
      };
    },
  });
}
