import { once } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createHttpServer } from '../../http/http-server';
import { eachBackend } from '../support/backends';
import { bearer, createTeam, createUser, expectErrorBody, useTestApp } from '../support/test-app';

/**
 * Issue 23, points 1 and 2: what an import costs is bounded by the request,
 * and an import does not hold up other requests while it is read.
 */
const ATTENDANCE_COLUMNS = 6;
const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const entryBytes = (entry: unknown) => Buffer.byteLength(JSON.stringify(entry));
const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26)));

describe.each(eachBackend())('bounded import answers on %s', (_name, backend) => {
  const testApp = useTestApp(backend);
  const send = (body: string, token: string) => request(testApp().app).post('/attendance/bulk').set(bearer(token)).set('Content-Type', 'text/csv').send(body);
  let manager: string;

  beforeAll(async () => {
    const t = testApp();
    manager = (await createUser(t, await createTeam(t), 'manager')).token;
  });

  it('when a header names thousands of unknown one-letter columns, then 422 at once, a few entries of at most 1 KB each', async () => {
    const body = csv(letters(200_000).join(','), 'x');
    const response = await send(body, manager);
    expectErrorBody(response, 422);
    const details = response.body.details as unknown[];
    expect(details.length).toBeLessThanOrEqual(10);
    for (const entry of details) expect(entryBytes(entry)).toBeLessThanOrEqual(1024);
    expect(Buffer.byteLength(response.text)).toBeLessThan(4096);
  });

  it('when a header has more unknown columns than the import has, then the first 10 are named and the rest counted', async () => {
    const header = ['employee_id', 'attendance_date', ...letters(100).map((letter, i) => `${letter}${i}`)];
    const response = await send(csv(header.join(','), 'x'), manager);
    expectErrorBody(response, 422);
    expect((response.body.details as { field: string }[]).map((d) => d.field)).toEqual(header.slice(2, 12));
    expect(response.body.message).toContain('and 90 more');
    expect(header.length).toBeGreaterThan(ATTENDANCE_COLUMNS);
  });

  it('when a column name is longer than 1 KB, then its entry is still at most 1 KB', async () => {
    const response = await send(csv(`employee_id,${'q'.repeat(3000)}`, 'x,y'), manager);
    expectErrorBody(response, 422);
    for (const entry of response.body.details as unknown[]) expect(entryBytes(entry)).toBeLessThanOrEqual(1024);
  });

  it('when thousands of tiny rows each fail, then the error answer is at most twice the request plus 64 KB and says what it left out', async () => {
    const body = csv('employee_id,attendance_date', ...Array.from({ length: 20_000 }, () => ','));
    const response = await send(body, testApp().adminToken);
    expectErrorBody(response, 422);
    expect(Buffer.byteLength(response.text)).toBeLessThanOrEqual(2 * Buffer.byteLength(body) + 64 * 1024);
    const failed = response.body.failed as { row: number }[];
    expect(failed[0]!.row).toBe(2);
    expect(failed.length).toBeLessThan(20_000);
    expect(response.body.message).toContain(`${20_000 - failed.length} of 20000 failed rows are not listed`);
  });
});

describe.each(eachBackend())('imports and other requests on %s', (_name, backend) => {
  const MAX_ROWS = 20_000;
  const testApp = useTestApp(backend, { IMPORT_MAX_ROWS: String(MAX_ROWS) });

  it('when /status is sent once a large import has arrived, then /status answers first; the import is refused past the row limit with 413', async () => {
    const t = testApp();
    const server = createHttpServer(t.app).listen(0, '127.0.0.1');
    try {
      await once(server, 'listening');
      const { port } = server.address() as AddressInfo;
      // One row past the limit, so the 413 can only come once the whole file is parsed.
      const body = csv(
        'employee_id,attendance_date,notes',
        ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => `DEV-${String(i % 999).padStart(3, '0')},2025-04-11,row ${i}`),
      );
      const order: string[] = [];
      const askStatus = () =>
        fetch(`http://127.0.0.1:${port}/status`).then(async (response) => {
          await response.arrayBuffer();
          order.push(`status ${response.status}`);
        });
      // The moment the server has the whole file: from there on, only its parsing and checking stand between the import and its answer.
      let status: Promise<void> | undefined;
      server.on('request', (req: IncomingMessage) => {
        if (req.url?.startsWith('/attendance/bulk')) req.once('end', () => (status = askStatus()));
      });
      const imported = new Promise<void>((resolve, reject) => {
        const importRequest = httpRequest(
          {
            port,
            host: '127.0.0.1',
            method: 'POST',
            path: '/attendance/bulk',
            headers: { ...bearer(t.adminToken), 'Content-Type': 'text/csv', 'Content-Length': Buffer.byteLength(body) },
          },
          (response) => {
            response.resume();
            response.on('end', () => {
              order.push(`import ${response.statusCode}`);
              resolve();
            });
          },
        );
        importRequest.on('error', reject);
        importRequest.end(body);
      });
      await imported;
      await status;
      expect(order).toEqual(['status 200', 'import 413']);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 60_000);
});
