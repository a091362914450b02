import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const MODULE = join(__dirname, '..', '..', 'heap-tuning.ts');

/**
 * A real V8 in a child process, asked to report its pretenuring decisions,
 * making objects at one place that each outlive a few young collections and
 * then die (the last 200,000 are kept): what makes V8 move a place's objects
 * to the old generation. V8 decides so only in a young collection run at
 * the young generation's largest size, and it shrinks that generation when a
 * descheduled process seems to allocate slowly: in CI beside other work it
 * then made no decision at all. So the child's young generation has one fixed
 * size (4 MB, smallest and largest), and its collector runs on one thread.
 */
function tenuringDecisions(tuned: boolean): string[] {
  const script = [
    tuned ? `require(${JSON.stringify(MODULE)}).keepShortLivedObjectsYoung();` : '',
    'const kept = new Array(200000);',
    'function make(i) { return { i, tags: [i, i + 1] }; }',
    'for (let i = 0; i < 10000000; i++) kept[i % kept.length] = make(i);',
    'console.log("made", kept.length);',
  ].join('\n');
  const child = spawnSync(
    process.execPath,
    ['--trace-pretenuring-statistics', '--single-threaded-gc', '--min-semi-space-size=4', '--max-semi-space-size=4', '--require', 'tsx/cjs', '-e', script],
    {
      encoding: 'utf8',
    },
  );
  expect(child.status).toBe(0);
  expect(child.stdout).toContain('made 200000');
  return child.stdout.split('\n').filter((line) => line.includes('=> tenure'));
}

describe('heap tuning', () => {
  it('when objects made at one place outlive young collections, then V8 moves that place to the old generation by default, and not once tuned', () => {
    expect(tenuringDecisions(false).length).toBeGreaterThan(0);
    expect(tenuringDecisions(true)).toEqual([]);
  }, 60_000);
});
