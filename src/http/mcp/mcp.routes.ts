import express, { Router, type RequestHandler } from 'express';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv-provider.js';
import type { Principal } from '../../core/access';
import { originOf } from '../../core/audit/audit-entry';
import { UnauthorizedError } from '../../core/errors';
import type { Logger } from '../../logger';
import { bearerToken } from '../routing/authorize';
import type { AppInfo } from '../app-info';
import { sendError } from '../error-handler';
import { exchange, type McpBody } from './mcp-exchange';
import { McpServerPool } from './mcp-server-pool';
import { baseUrlOf, PROTECTED_RESOURCE_PATH } from './resource-metadata';
import type { Tool } from './tool';

export interface McpRouteOptions {
  authenticate: (token: string) => Promise<Principal>;
  /** Made on the first request: the tools' schemas are built only when /mcp is used. */
  tools: () => Promise<readonly Tool[]>;
  info: AppInfo;
  logger: Logger;
  bodyLimit: string;
  /** The assistant's per-login budget, which tool calls spend. */
  toolCallLimit: RequestHandler;
}

/**
 * The caller, exactly as a REST route finds them (disabled logins, token
 * versions, inactive employees), coming through the MCP door. A 401 names
 * where the resource's metadata is, so a client can find out how to log in.
 */
function authenticateCaller(authenticate: McpRouteOptions['authenticate']): RequestHandler {
  return async (req, res, next) => {
    const token = bearerToken(req);
    let principal: Principal;
    try {
      if (token === null || token === '')
        throw new UnauthorizedError(token === null ? 'A bearer token is required' : 'The Authorization header must be "Bearer <token>"');
      principal = await authenticate(token);
    } catch (error) {
      if (error instanceof UnauthorizedError) res.setHeader('WWW-Authenticate', `Bearer resource_metadata="${baseUrlOf(req)}${PROTECTED_RESOURCE_PATH}"`);
      throw error;
    }
    res.locals.principal = { ...principal, origin: originOf('mcp', req.get('user-agent'), res.locals.requestId as string) } satisfies Principal;
    next();
  };
}

/** The body as JSON when it is JSON; anything else goes to the SDK as text, which answers it with a JSON-RPC parse error. */
const parseBody: RequestHandler = (req, res, next) => {
  const text = typeof req.body === 'string' ? req.body : '';
  let body: McpBody;
  try {
    body = { parsed: JSON.parse(text) as unknown };
  } catch {
    body = { text };
  }
  res.locals.mcpBody = body;
  next();
};

const isToolCall = (message: unknown) => typeof message === 'object' && message !== null && (message as { method?: unknown }).method === 'tools/call';

/** Only tool calls spend the budget: initialize, tools/list and notifications are free. */
function countToolCalls(limit: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const body = res.locals.mcpBody as McpBody;
    const messages = 'parsed' in body ? (Array.isArray(body.parsed) ? (body.parsed as unknown[]) : [body.parsed]) : [];
    if (messages.some(isToolCall)) limit(req, res, next);
    else next();
  };
}

/** POST /mcp: the Model Context Protocol over Streamable HTTP, stateless, with JSON answers. */
export function mcpRoutes(options: McpRouteOptions): Router {
  const router = Router();
  // Read as text whatever its type: the SDK, not the body parser, refuses a wrong media type or broken JSON, in JSON-RPC terms.
  const readBody = express.text({ type: () => true, limit: options.bodyLimit });
  // On the first request, not at start: the Lambda bundle loads the SDK only when /mcp is asked (lazy-packages.ts).
  let servers: McpServerPool | undefined;
  router.post('/mcp', authenticateCaller(options.authenticate), readBody, parseBody, countToolCalls(options.toolCallLimit), async (req, res) => {
    servers ??= new McpServerPool({ tools: await options.tools(), info: options.info, logger: options.logger, validator: new AjvJsonSchemaValidator() });
    const caller = res.locals.principal as Principal;
    const server = servers.acquire(caller.role);
    try {
      await exchange(server, caller, req, res, res.locals.mcpBody as McpBody);
    } finally {
      servers.release(caller.role, server);
    }
  });
  // Stateless: no stream to open with GET, no session to end with DELETE.
  router.all('/mcp', (req, res) => {
    res.setHeader('Allow', 'POST');
    sendError(res, 405, `${req.method} is not supported here; use POST (this MCP server is stateless)`);
  });
  return router;
}
