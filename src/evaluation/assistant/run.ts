/*
 * npm run eval:assistant [-- --half working|held-back|practice|practice2|practice3|practice4|practice5|practice6|practice7|practice8|practice9|practice10|practice11|practice12|practice13|practice13b|practice14|practice15|practice16|practice17|practice18|practice19|practice20|practice21|practice22|practice23|practice24|practice25|practice26|practice27|practice28|practice29|practice30|practice31|practice32|practice33|practice34|practice35|practice36|practice37|practice40] [--strict]
 * Asks the evaluation set (both halves by default) of a fresh app in this process — in-memory PGlite,
 * the builtin provider, the clock stopped at the data set's "today" — and prints each half's figures.
 * Only the working half's and the practice set's misses are listed; the held-back half gives counts only.
 * The practice sets (practice, practice2, … practice37, practice40) run only when asked for by name: the default stays the two halves.
 * Exits non-zero below the targets only with --strict.
 */
/* eslint-disable no-console -- a command-line report */
import { startEvaluationApp } from './app';
import { evaluate, figuresOf, meetsTargets, type Result } from './evaluate';
import type { Question } from './expectation';
import { HELD_BACK } from './questions/held-back';
import { PRACTICE } from './questions/practice';
import { PRACTICE2 } from './questions/practice2';
import { PRACTICE3 } from './questions/practice3';
import { PRACTICE4 } from './questions/practice4';
import { PRACTICE5 } from './questions/practice5';
import { PRACTICE6 } from './questions/practice6';
import { PRACTICE7 } from './questions/practice7';
import { PRACTICE8 } from './questions/practice8';
import { PRACTICE9 } from './questions/practice9';
import { PRACTICE10 } from './questions/practice10';
import { PRACTICE11 } from './questions/practice11';
import { PRACTICE12 } from './questions/practice12';
import { PRACTICE13 } from './questions/practice13';
import { PRACTICE13B } from './questions/practice13b';
import { PRACTICE14 } from './questions/practice14';
import { PRACTICE15 } from './questions/practice15';
import { PRACTICE16 } from './questions/practice16';
import { PRACTICE17 } from './questions/practice17';
import { PRACTICE18 } from './questions/practice18';
import { PRACTICE19 } from './questions/practice19';
import { PRACTICE20 } from './questions/practice20';
import { PRACTICE21 } from './questions/practice21';
import { PRACTICE22 } from './questions/practice22';
import { PRACTICE23 } from './questions/practice23';
import { PRACTICE24 } from './questions/practice24';
import { PRACTICE25 } from './questions/practice25';
import { PRACTICE26 } from './questions/practice26';
import { PRACTICE27 } from './questions/practice27';
import { PRACTICE28 } from './questions/practice28';
import { PRACTICE29 } from './questions/practice29';
import { PRACTICE30 } from './questions/practice30';
import { PRACTICE31 } from './questions/practice31';
import { PRACTICE32 } from './questions/practice32';
import { PRACTICE33 } from './questions/practice33';
import { PRACTICE34 } from './questions/practice34';
import { PRACTICE35 } from './questions/practice35';
import { PRACTICE36 } from './questions/practice36';
import { PRACTICE37 } from './questions/practice37';
import { PRACTICE40 } from './questions/practice40';
import { WORKING } from './questions/working';

type Half =
  | 'working'
  | 'held-back'
  | 'practice'
  | 'practice2'
  | 'practice3'
  | 'practice4'
  | 'practice5'
  | 'practice6'
  | 'practice7'
  | 'practice8'
  | 'practice9'
  | 'practice10'
  | 'practice11'
  | 'practice12'
  | 'practice13'
  | 'practice13b'
  | 'practice14'
  | 'practice15'
  | 'practice16'
  | 'practice17'
  | 'practice18'
  | 'practice19'
  | 'practice20'
  | 'practice21'
  | 'practice22'
  | 'practice23'
  | 'practice24'
  | 'practice25'
  | 'practice26'
  | 'practice27'
  | 'practice28'
  | 'practice29'
  | 'practice30'
  | 'practice31'
  | 'practice32'
  | 'practice33'
  | 'practice34'
  | 'practice35'
  | 'practice36'
  | 'practice37'
  | 'practice40';
const NAMES: Record<Half, string> = {
  working: 'working half',
  'held-back': 'held-back half',
  practice: 'practice set',
  practice2: 'second practice set',
  practice3: 'third practice set',
  practice4: 'fourth practice set',
  practice5: 'fifth practice set',
  practice6: 'sixth practice set',
  practice7: 'seventh practice set',
  practice8: 'eighth practice set',
  practice9: 'ninth practice set',
  practice10: 'tenth practice set',
  practice11: 'eleventh practice set',
  practice12: 'twelfth practice set',
  practice13: 'thirteenth practice set',
  practice13b: 'thirteenth practice set, second author',
  practice14: 'fourteenth practice set',
  practice15: 'fifteenth practice set',
  practice16: 'sixteenth practice set',
  practice17: 'seventeenth practice set',
  practice18: 'eighteenth practice set',
  practice19: 'nineteenth practice set',
  practice20: 'twentieth practice set',
  practice21: 'twenty-first practice set',
  practice22: 'twenty-second practice set',
  practice23: 'twenty-third practice set',
  practice24: 'twenty-fourth practice set',
  practice25: 'twenty-fifth practice set',
  practice26: 'twenty-sixth practice set',
  practice27: 'twenty-seventh practice set',
  practice28: 'twenty-eighth practice set',
  practice29: 'twenty-ninth practice set',
  practice30: 'thirtieth practice set',
  practice31: 'thirty-first practice set',
  practice32: 'thirty-second practice set',
  practice33: 'thirty-third practice set',
  practice34: 'thirty-fourth practice set',
  practice35: 'thirty-fifth practice set',
  practice36: 'thirty-sixth practice set',
  practice37: 'thirty-seventh practice set',
  practice40: 'fortieth practice set',
};
const HALVES: readonly string[] = [
  'working',
  'held-back',
  'practice',
  'practice2',
  'practice3',
  'practice4',
  'practice5',
  'practice6',
  'practice7',
  'practice8',
  'practice9',
  'practice10',
  'practice11',
  'practice12',
  'practice13',
  'practice13b',
  'practice14',
  'practice15',
  'practice16',
  'practice17',
  'practice18',
  'practice19',
  'practice20',
  'practice21',
  'practice22',
  'practice23',
  'practice24',
  'practice25',
  'practice26',
  'practice27',
  'practice28',
  'practice29',
  'practice30',
  'practice31',
  'practice32',
  'practice33',
  'practice34',
  'practice35',
  'practice36',
  'practice37',
  'practice40',
];

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
function assertUniqueIds(sets: Record<Half, readonly Question[]>): void {
  const seen = new Set<string>();
  for (const question of Object.values(sets).flat()) {
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
    await evaluate(app, WORKING.slice(0, 3)); // warm-up, not counted: first-use compilation and caches
    const sets: Record<Half, readonly Question[]> = {
      working: WORKING,
      'held-back': HELD_BACK,
      practice: PRACTICE,
      practice2: PRACTICE2,
      practice3: PRACTICE3,
      practice4: PRACTICE4,
      practice5: PRACTICE5,
      practice6: PRACTICE6,
      practice7: PRACTICE7,
      practice8: PRACTICE8,
      practice9: PRACTICE9,
      practice10: PRACTICE10,
      practice11: PRACTICE11,
      practice12: PRACTICE12,
      practice13: PRACTICE13,
      practice13b: PRACTICE13B,
      practice14: PRACTICE14,
      practice15: PRACTICE15,
      practice16: PRACTICE16,
      practice17: PRACTICE17,
      practice18: PRACTICE18,
      practice19: PRACTICE19,
      practice20: PRACTICE20,
      practice21: PRACTICE21,
      practice22: PRACTICE22,
      practice23: PRACTICE23,
      practice24: PRACTICE24,
      practice25: PRACTICE25,
      practice26: PRACTICE26,
      practice27: PRACTICE27,
      practice28: PRACTICE28,
      practice29: PRACTICE29,
      practice30: PRACTICE30,
      practice31: PRACTICE31,
      practice32: PRACTICE32,
      practice33: PRACTICE33,
      practice34: PRACTICE34,
      practice35: PRACTICE35,
      practice36: PRACTICE36,
      practice37: PRACTICE37,
      practice40: PRACTICE40,
    };
    assertUniqueIds(sets);
    const all: Result[] = [];
    for (const half of halves) {
      const results = await evaluate(app, sets[half]);
      all.push(...results);
      ok = report(NAMES[half], results, half !== 'held-back') && ok;
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
