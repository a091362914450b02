/*
 * npm run eval:assistant [-- --half working|held-back|<a practice set of sets.ts>] [--strict]
 * Asks the evaluation set (both halves by default) of a fresh app in this process — in-memory PGlite,
 * the builtin provider, the clock stopped at the data set's "today" — and prints each half's figures.
 * Only the working half's and the practice set's misses are listed; the held-back half gives counts only.
 * The practice sets (practice, practice2, … in sets.ts) run only when asked for by name: the default stays the two halves.
 * Exits non-zero below the targets only with --strict.
 */
/* eslint-disable no-console -- a command-line report */
import { startEvaluationApp } from './app';
import { SETS, type Half } from './sets';
import { evaluate, figuresOf, meetsTargets, type Result } from './evaluate';

const HALVES: readonly string[] = Object.keys(SETS);

function parseArgs(argv: string[]): { halves: Half[]; strict: boolean } {
  const strict = argv.includes('--strict');
  const i = argv.indexOf('--half');
  const half = i >= 0 ? argv[i + 1] : undefined;
  if (half !== undefined && !HALVES.includes(half)) throw new Error(`--half takes ${HALVES.join(', ')}, not ${half}`);
  return { halves: half ? [half as Half] : ['working', 'held-back'], strict };
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`);

function report(name: string, results: Result[], listMisses: boolean): boolean {
  const f = figuresOf(results);
  console.log(
    `\n${name}: ${f.questions} questions — correct ${f.correct}, wrong ${f.wrong}, refused ${f.refused}, refusal without naming ${f.refusalWithoutNaming}`,
  );
  console.log(
    `  in-scope answered correctly: ${f.inScopeCorrect}/${f.inScope} = ${pct(f.inScopeCorrect, f.inScope)}; answer time p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms`,
  );
  if (listMisses) {
    for (const verdict of ['wrong', 'refused', 'refusal-without-naming'] as const) {
      const misses = results.filter((r) => r.verdict === verdict);
      if (misses.length > 0) console.log(`  ${verdict}:`);
      for (const r of misses)
        console.log(
          `    ${r.question.id} [${r.question.who}] "${r.question.text}" — ${r.reason}\n      answer: ${r.answer.replace(/\s+/g, ' ').slice(0, 220)}`,
        );
    }
  }
  const ok = meetsTargets(f);
  console.log(`  targets (0 wrong, ≥ 95 % in-scope correct, every refusal naming): ${ok ? 'met' : 'NOT met'}`);
  return ok;
}

/** Every id once across all the sets, so a miss listed by id names one question. */
function assertUniqueIds(): void {
  const seen = new Set<string>();
  for (const question of Object.values(SETS).flatMap((set) => set.questions)) {
    if (seen.has(question.id)) throw new Error(`question id ${question.id} is used twice`);
    seen.add(question.id);
  }
}

async function main(): Promise<void> {
  const { halves, strict } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const app = await startEvaluationApp();
  console.log(`data set loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let ok = true;
  try {
    await evaluate(app, SETS.working.questions.slice(0, 3)); // warm-up, not counted: first-use compilation and caches
    assertUniqueIds();
    const all: Result[] = [];
    for (const half of halves) {
      const results = await evaluate(app, SETS[half].questions);
      all.push(...results);
      ok = report(SETS[half].title, results, half !== 'held-back') && ok;
    }
    if (halves.length > 1) {
      const f = figuresOf(all);
      console.log(`\nboth halves: answer time p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms over ${f.questions} questions`);
    }
  } finally {
    await app.close();
  }
  if (strict && !ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
