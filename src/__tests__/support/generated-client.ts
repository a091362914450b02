import { execFile } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..', '..');
const run = promisify(execFile);

/**
 * A short program written as a user of the generated client would write it.
 * It compiles only while the document types the client: `data` after an
 * `if (error)` branch that leaves, and `error.message` inside one, are type
 * errors when the document leaves error bodies out (never or unknown).
 */
const FLOW = `
import createClient from 'openapi-fetch';
import type { paths } from './openapi.js';

const client = createClient<paths>({ baseUrl: process.env.BASE_URL });

const login = await client.POST('/token', { body: { username: process.env.USERNAME!, password: process.env.PASSWORD! } });
if (login.error) throw new Error(\`login: \${login.error.message}\`);
const token: string = login.data.access_token;
client.use({ onRequest: ({ request }) => { request.headers.set('Authorization', \`Bearer \${token}\`); return request; } });

const team = await client.POST('/teams', { body: { team_id: 'GENCLI', team_name: 'Generated Client' } });
if (team.error) throw new Error(\`team: \${team.error.message}\`);
const created = await client.POST('/employees', { body: { name: 'Gen Client', email: 'gen.client@example.com', team_id: team.data.team_id, position: 'Mid' } });
if (created.error) throw new Error(\`employee: \${created.error.message}\`);
const read = await client.GET('/employees/{employee_id}', { params: { path: { employee_id: created.data.employee_id } } });
if (read.error) throw new Error(\`read: \${read.error.message}\`);
const name: string = read.data.name;

const missing = await client.GET('/employees/{employee_id}', { params: { path: { employee_id: 'GENCLI-999' } } });
const error: { status: number; error: string; message: string } | null = missing.error ? { status: missing.response.status, error: missing.error.error, message: missing.error.message } : null;

console.log(JSON.stringify({ team: team.data.team_id, employee: created.data.employee_id, name, missing: error }));
`;

export interface GeneratedClient {
  directory: string;
  /** The flow's source file, to type-check and run. */
  flow: string;
}

/**
 * openapi-typescript's types of the document served at `url`, and the flow
 * beside them, in a temporary directory that reaches this repository's
 * packages through a node_modules link (nothing generated is committed).
 */
export async function generateClient(url: string): Promise<GeneratedClient> {
  const directory = mkdtempSync(join(tmpdir(), 'workforce-client-'));
  symlinkSync(join(ROOT, 'node_modules'), join(directory, 'node_modules'), 'dir');
  writeFileSync(join(directory, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  writeFileSync(
    join(directory, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM'],
        types: ['node'],
        noEmit: true,
      },
      include: ['*.ts'],
    }),
  );
  await run(process.execPath, [join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'), url, '--output', join(directory, 'openapi.ts')], {
    cwd: directory,
  });
  const flow = join(directory, 'flow.ts');
  writeFileSync(flow, FLOW);
  return { directory, flow };
}

/** Strict tsc over the generated types and the flow: its diagnostics, empty when it compiles. */
export async function typeCheck(client: GeneratedClient): Promise<string> {
  try {
    await run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', client.directory], { cwd: client.directory });
    return '';
  } catch (error) {
    return (error as { stdout?: string }).stdout || String(error);
  }
}
