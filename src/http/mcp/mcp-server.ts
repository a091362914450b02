import { STATUS_CODES } from 'node:http';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import type { Principal } from '../../core/access';
import type { Role } from '../../core/account';
import { AppError, ValidationError } from '../../core/errors';
import type { Logger } from '../../logger';
import { nulCharacterIssues } from '../routing/input';
import type { AppInfo } from '../app-info';
import { STATUS_BY_KIND } from '../error-handler';
import type { Tool } from './tool';

const INSTRUCTIONS =
  "An HR backend's data: employees, teams, attendance, performance scores, leave and holidays. Every tool runs as the caller's login and sees only the caller's role scope " +
  "(an admin everything, a manager their own team, an employee themselves); outside it a read is not found and a write forbidden. Dates are YYYY-MM-DD in the organisation's time zone.";

/** A refusal or failure as the tool's answer, in the words and fields of the REST error format; unknown failures say nothing of their cause. */
function errorResult(error: unknown, tool: string, principal: Principal, logger: Logger): CallToolResult {
  let body: Record<string, unknown>;
  if (error instanceof AppError) {
    body = { error: STATUS_CODES[STATUS_BY_KIND[error.kind]], message: error.message, code: error.code, ...(error.details && { details: error.details }) };
  } else {
    logger.error('mcp tool failed', { tool, user: principal.username, request_id: principal.origin?.request_id ?? null, error });
    body = { error: STATUS_CODES[500], message: 'Something went wrong on our side; it has been logged' };
  }
  return { content: [{ type: 'text', text: JSON.stringify(body) }], isError: true };
}

/** What every request's server shares. */
export interface McpServerParts {
  tools: readonly Tool[];
  info: AppInfo;
  logger: Logger;
  /**
   * Made once: the SDK would otherwise build an Ajv instance with its formats
   * for every server, 2 ms of CPU a request, for elicitation this server never asks.
   */
  validator: jsonSchemaValidator;
}

/** How one request's caller reaches the tools: the SDK hands each request's authInfo to its handlers, so a server holds no caller of its own. */
export const callerInfo = (principal: Principal): AuthInfo => ({ token: '', clientId: principal.username, scopes: [], extra: { principal } });

function callerOf(authInfo: AuthInfo | undefined): Principal {
  const principal = authInfo?.extra?.principal as Principal | undefined;
  if (principal === undefined) throw new Error('an MCP request reached a tool without its caller');
  return principal;
}

/**
 * A role's MCP server: that role's tools, so tools/list is the role's own
 * without any filtering later. Each call runs its service as the request's
 * caller, taken from the request (callerInfo), never from the server, so one
 * server may serve one request after another of different callers.
 */
export function mcpServerFor(role: Role, { tools, info, logger, validator }: McpServerParts): McpServer {
  const server = new McpServer({ name: info.service, version: info.version }, { instructions: INSTRUCTIONS, jsonSchemaValidator: validator });
  for (const tool of tools) {
    if (!tool.roles.includes(role)) continue;
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        outputSchema: tool.output,
        annotations: { title: tool.title, ...tool.annotations },
      },
      async (args: Record<string, unknown>, { authInfo }): Promise<CallToolResult> => {
        const principal = callerOf(authInfo);
        try {
          // As on every REST route: PostgreSQL text cannot hold U+0000, so no backend may be handed it.
          const nul = nulCharacterIssues(args);
          if (nul.length > 0) throw new ValidationError('Request validation failed', nul);
          const result = (await tool.run(principal, args)) as Record<string, unknown>;
          return { content: [{ type: 'text', text: JSON.stringify(result) }], structuredContent: result };
        } catch (error) {
          return errorResult(error, tool.name, principal, logger);
        }
      },
    );
  }
  // The SDK offers list-changed notifications once a tool is registered; a stateless server has no stream to send one on, and its list never changes.
  server.server.registerCapabilities({ tools: { listChanged: false } });
  return server;
}
