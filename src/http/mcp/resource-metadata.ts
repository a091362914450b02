import type { Request } from 'express';

// Apart from the discovery routes (oauth-metadata.routes.ts): the MCP route needs these at every start, their schemas only once /.well-known is asked.
export const PROTECTED_RESOURCE_PATH = '/.well-known/oauth-protected-resource';
/** RFC 9728 §3.1: the metadata of the resource <base>/mcp at the well-known path with the resource's path appended, which MCP clients try first. */
export const MCP_PROTECTED_RESOURCE_PATH = `${PROTECTED_RESOURCE_PATH}/mcp`;

/** This service's address as the client reached it (behind a proxy, as its X-Forwarded-Proto and -Host say when TRUST_PROXY trusts it). */
export const baseUrlOf = (req: Request) => `${req.protocol}://${req.host ?? 'localhost'}`;
