import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv-provider.js';
import type { Principal } from '../../core/access';
import { createLogger } from '../../logger';
import { callerInfo } from '../../http/mcp/mcp-server';
import { McpServerPool } from '../../http/mcp/mcp-server-pool';
import { DECIDING_ROLES, EVERY_ROLE, READ, tool } from '../../http/mcp/tool';
import { z } from '../../http/schemas/zod';

const Me = z.object({ username: z.string(), team_id: z.string().nullable() });
const TOOLS = [
  tool({
    name: 'whoami',
    title: 'Who',
    description: 'The caller',
    roles: EVERY_ROLE,
    input: z.object({}),
    output: Me,
    annotations: READ,
    run: (p) => Promise.resolve(Me.parse(p)),
  }),
  tool({
    name: 'decide',
    title: 'Decide',
    description: 'Deciders only',
    roles: DECIDING_ROLES,
    input: z.object({}),
    output: Me,
    annotations: READ,
    run: (p) => Promise.resolve(Me.parse(p)),
  }),
];

const person = (username: string, role: Principal['role'], team_id: string): Principal => ({ username, role, employee_id: username, team_id });
const managerA = person('MGR-A', 'manager', 'A');
const managerB = person('MGR-B', 'manager', 'B');
const employeeA = person('EMP-A', 'employee', 'A');

const newPool = () =>
  new McpServerPool({
    tools: TOOLS,
    info: { service: 'test', version: '1', environment: 'test' },
    logger: createLogger('error'),
    validator: new AjvJsonSchemaValidator(),
  });

/** One stateless request through a lent server, as mcp-exchange.ts makes it. */
async function send(server: McpServer, caller: Principal, method: string, params: object = {}): Promise<{ result?: Record<string, unknown> }> {
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  try {
    const request = new Request('http://mcp.invalid/mcp', {
      method: 'POST',
      headers: { accept: 'application/json, text/event-stream', 'content-type': 'application/json' },
    });
    const response = await transport.handleRequest(request, { authInfo: callerInfo(caller), parsedBody: { jsonrpc: '2.0', id: 1, method, params } });
    return (await response.json()) as { result?: Record<string, unknown> };
  } finally {
    await server.close();
  }
}

async function lend(pool: McpServerPool, caller: Principal, method: string, params: object = {}) {
  const server = pool.acquire(caller.role);
  try {
    return { server, answer: await send(server, caller, method, params) };
  } finally {
    pool.release(caller.role, server);
  }
}

const whoami = (pool: McpServerPool, caller: Principal) => lend(pool, caller, 'tools/call', { name: 'whoami', arguments: {} });
const toolNames = async (pool: McpServerPool, caller: Principal) =>
  ((await lend(pool, caller, 'tools/list')).answer.result!.tools as { name: string }[]).map((t) => t.name);

describe('the MCP servers lent per role', () => {
  it('when callers of one role come one after another, then the same server serves them, each call as its own caller', async () => {
    const pool = newPool();
    const first = await whoami(pool, managerA);
    const second = await whoami(pool, managerB);
    expect(second.server).toBe(first.server);
    expect(first.answer.result!.structuredContent).toEqual({ username: 'MGR-A', team_id: 'A' });
    expect(second.answer.result!.structuredContent).toEqual({ username: 'MGR-B', team_id: 'B' });
  });

  it('when callers of different roles interleave, then each role has its own servers and each caller only their tools', async () => {
    const pool = newPool();
    for (let round = 0; round < 3; round += 1) {
      const [manager, employee, employeeTools, managerTools] = await Promise.all([
        whoami(pool, round % 2 === 0 ? managerA : managerB),
        whoami(pool, employeeA),
        toolNames(pool, employeeA),
        toolNames(pool, managerA),
      ]);
      expect(manager.server).not.toBe(employee.server);
      expect(manager.answer.result!.structuredContent).toEqual(round % 2 === 0 ? { username: 'MGR-A', team_id: 'A' } : { username: 'MGR-B', team_id: 'B' });
      expect(employee.answer.result!.structuredContent).toEqual({ username: 'EMP-A', team_id: 'A' });
      expect(employeeTools).toEqual(['whoami']);
      expect(managerTools).toEqual(['whoami', 'decide']);
    }
  });

  it('when requests of one role are in flight at once, then each has a server of its own', () => {
    const pool = newPool();
    const one = pool.acquire('manager');
    expect(pool.acquire('manager')).not.toBe(one);
  });

  it("when a request initialized a client, then its server is not lent again: the client's name and capabilities stay with that request", async () => {
    const pool = newPool();
    const initialize = await lend(pool, managerA, 'initialize', {
      protocolVersion: '2025-06-18',
      capabilities: { sampling: {} },
      clientInfo: { name: 'A', version: '1' },
    });
    expect(initialize.answer.result).toMatchObject({ serverInfo: { name: 'test' } });
    const next = await whoami(pool, managerB);
    expect(next.server).not.toBe(initialize.server);
    expect(next.server.server.getClientVersion()).toBeUndefined();
  });
});
