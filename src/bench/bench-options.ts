/** `npm run bench`'s command line and the constants every part of it shares. */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const ROOT = resolve(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist', 'bench');
export const ADMIN_PASSWORD = 'bench-admin-password';
export const MANAGER_PASSWORD = 'bench-manager-password';

export const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    'load-seconds': { type: 'string', default: '60' },
    backends: { type: 'string', default: 'postgres,pglite,dynamodb' },
    out: { type: 'string', default: join(ROOT, 'bench-results') },
    /** Another commit to compare this tree with, in interleaved pairs, instead of the full run (compare.ts). */
    compare: { type: 'string' },
    pairs: { type: 'string', default: '5' },
  },
});
export const DURATION = Number(flags.duration);
export const CONNECTIONS = Number(flags.connections);

export const STATUS_DURING_IMPORT = 'GET /status during an attendance import';
export const EXPORT_ROUTE = 'GET /exports/attendance (a month, everyone, CSV, 1 connection)';
export const EXPORT_MEMORY = 'GET /exports/attendance (a month, everyone, CSV): server peak RSS above idle';

/**
 * This machine's speed wanders by a fifth within a minute (the same server's
 * CPU per request, run after run), so long turns compared the floor and the
 * service at different speeds: a ratio from short turns, each against the
 * floor's turn just before it, then the median of several.
 */
export const FLOOR_PAIRS = 6;
export const PAIR_DURATION = Math.max(1, Math.round(DURATION / 2));

/**
 * Rounds that warm up and are not counted, as the other routes' first 2 s are
 * not: about 2 s of check-ins and check-outs on the PostgreSQL server. V8 was
 * still optimising and deoptimising their code through the second round
 * (--trace-opt --trace-deopt: 40 optimisations and 15 deoptimisations during
 * it, 0-4 in each later one), and that round's p99 was 15-18.5 ms where later
 * rounds without a mark-compact gave 11-14 ms.
 */
export const WARM_UP_ROUNDS = 2;
