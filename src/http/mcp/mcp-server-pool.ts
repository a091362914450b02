import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Role } from '../../core/account';
import { mcpServerFor, type McpServerParts } from './mcp-server';

/** Idle servers kept per role: about the most requests in flight at once on one instance; beyond it a spare is dropped. */
const IDLE_PER_ROLE = 64;

/**
 * Each role's servers, made once and lent to one request at a time: making a
 * server registers every tool of the role, work a stateless call would
 * otherwise repeat. A server connects to one transport at a time, so
 * concurrent requests each borrow their own. A server comes back
 * only in the state it was made in: closed, and with no client's initialize
 * recorded (the one thing a request writes into the SDK's server), so no
 * request sees another's client; the caller never lives in a server (callerInfo).
 */
export class McpServerPool {
  private readonly idle = new Map<Role, McpServer[]>();

  constructor(private readonly parts: McpServerParts) {}

  acquire(role: Role): McpServer {
    return this.idle.get(role)?.pop() ?? mcpServerFor(role, this.parts);
  }

  release(role: Role, server: McpServer): void {
    if (server.isConnected() || server.server.getClientCapabilities() !== undefined || server.server.getClientVersion() !== undefined) return;
    const idle = this.idle.get(role) ?? [];
    if (idle.length < IDLE_PER_ROLE) idle.push(server);
    this.idle.set(role, idle);
  }
}
