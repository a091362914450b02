import { createServer } from 'node:http';
import { Pool } from 'pg';
import { keepShortLivedObjectsYoung } from '../heap-tuning';

/**
 * The floor: the least any HTTP service can do for `GET /employees/{id}` on
 * this machine. Bare node:http, the same indexed primary-key query through pg
 * with the same pool size, prepared once per connection as the service's
 * statements are, JSON out; no auth, validation, logging or routing. It runs
 * with the service's V8 heap setting, so that the two differ only in code.
 */
keepShortLivedObjectsYoung();
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.PG_POOL_MAX ?? 10) });

const server = createServer((req, res) => {
  const id = decodeURIComponent((req.url ?? '').split('/')[2] ?? '');
  pool.query({ name: 'employee', text: 'SELECT * FROM employees WHERE employee_id = $1', values: [id] }).then(
    ({ rows }) => {
      res.writeHead(rows.length ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(rows[0] ?? { error: 'Not Found' }));
    },
    () => {
      res.writeHead(503).end();
    },
  );
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => server.close(() => void pool.end().finally(() => process.exit(0))));
