/*
 * "Did I work more hours in October than in September", "is Kevin's Q3 score higher than Sana's", "has Hannah's
 * attendance dropped this month compared to last month", "how many more hours did DEV log than DAT": two sides of one
 * measure, each answered in its own words, held against each other. The sides are the answers given side by side, a
 * call made per person or period, or two teams' figures in one line; each side's figure is read from its own sentence.
 */
import { round2 } from './format';
import { isPlan, type Plan, type Question, type Step } from './plan';
import { LOWER_IS_BETTER } from './yes-no-records';

const RATE = /(\d+(?:\.\d+)?)% attendance rate|attendance rate of (\d+(?:\.\d+)?)%|attendance[^.;\d]{0,60}?(\d+(?:\.\d+)?)%/;
const SCORE = /\b\d{4}-Q[1-4] (-?\d+(?:\.\d+)?)\b|\baveraged (\d+(?:\.\d+)?)|\b(?:average|median) final score\b[^.]*? is (\d+(?:\.\d+)?)/;
/** The figure of a measure in one side's own sentence. */
const FIGURE: Record<string, RegExp> = {
  hours: /(\d+(?:\.\d+)?) hours\b/,
  late: /\b(\d+(?:\.\d+)?) (?:days? )?late\b/,
  absent: /\b(\d+(?:\.\d+)?) (?:days? )?absent\b/,
  half_day: /\b(\d+(?:\.\d+)?) half-days?\b/,
  missing_check_out: /\b(\d+) missing check-outs?\b/,
  attendance_rate: RATE,
  attendance: RATE,
  present: RATE,
  absence_rate: /absence rate[^.;\d]{0,60}?(\d+(?:\.\d+)?)%/,
  score: SCORE,
  score_mean: SCORE,
  score_median: SCORE,
  kpi: /\b\d{4}-Q[1-4] KPI (\d+(?:\.\d+)?)\b/,
  leave_balance: /(\d+(?:\.\d+)?) days? available/,
  hires: /\b(\d+) hires?\b|: no (hires)\b/,
  leavers: /\b(\d+) leavers?\b|: no (leavers)\b/,
};
const UNIT: Record<string, string> = {
  hours: ' hours',
  attendance_rate: ' percentage points',
  attendance: ' percentage points',
  present: ' percentage points',
  absence_rate: ' percentage points',
  score_mean: ' points',
  score: ' points',
  kpi: ' points',
};

const MORE = /\b(?:more|higher|above|greater|bigger|larger|longer|up|increas\w*|rise|risen|rose|improv\w*|better|beat|outscor\w*|outperform\w*|exceed\w*)\b/;
const LESS = /\b(?:fewer|less|lower|below|under|smaller|shorter|down|decreas\w*|drop\w*|fell|fall(?:en)?|declin\w*|worse)\b/;
/** Words of judgement, which a measure where less is better turns round. */
const JUDGED = /\b(?:better|worse|improv\w*|beat|outscor\w*|outperform\w*)\b/;
const MOVED =
  /\b(?:get|got|gotten|getting) (?:better|worse)\b|\bfrom \S+(?: \S+)? to\b|\b(?:go(?:ne)?|went|gone) (?:up|down)\b|\b(?:improv|increas|decreas|dropp|declin|ris|fall|fell|rose)\w*\b/;
/** "How many more hours", "by how many points", "the gap": the size of the difference, not only its way. */
const DIFFERENCE =
  /\bhow much\b(?=.*\bthan\b)|\bhow (?:many|much) (?:more|fewer|less|points|hours|days|percentage points)\b|\bby how (?:many|much)\b|\bdifference\b|\bgap\b|\bhow many points\b|\bin (?:percentage )?points\b/;

interface Side {
  text: string;
  /** The words the question may name this side by ("kevin", "october", "dev"). */
  words: string[];
  /** The first day of its period, to order periods in the calendar. */
  from: string | null;
}

const figureOf = (measure: string, text: string): number | null => {
  const m = FIGURE[measure]?.exec(text);
  const raw = m?.slice(1).find((g) => g !== undefined);
  // "Nobody hired …: no hires" says its figure in words.
  return raw === undefined ? null : /^\d/.test(raw) ? Number(raw) : 0;
};

function positionIn(said: string, words: readonly string[]): number {
  const found = words.map((w) => (w.length < 2 ? -1 : said.indexOf(w.toLowerCase()))).filter((i) => i >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** The words a question may name a side by: a period's label (a quarter also as "q3"), a person's names, a team. */
function sideWords(q: Question, input: Record<string, unknown>, period: { from: string; to: string; label?: string } | null | undefined): string[] {
  const words: string[] = [];
  const label = period?.label ?? (input.period as string | undefined);
  if (label) words.push(label.replace(/ so far$/, ''), ...(/^\d{4}-(q[1-4])$/i.exec(label)?.slice(1) ?? []));
  const id = input.employee_id as string | undefined;
  const person = q.people.find((p) => p.employee_id === id);
  if (person) words.push(...person.name.split(' '), person.employee_id);
  if (typeof input.team_id === 'string') words.push(input.team_id);
  if (typeof input.leave_type === 'string') words.push(input.leave_type);
  if (typeof input.code === 'string') words.push(input.code);
  return words;
}

function sidesOf(q: Question, step: Plan, results: readonly unknown[]): Side[] | null {
  const parts = step.sides;
  if (parts !== undefined && parts.length === 2) {
    let at = 0;
    return parts.map((part) => {
      const own = results.slice(at, at + part.calls.length);
      at += part.calls.length;
      const input = part.calls[0]?.input ?? {};
      return { text: part.phrase(own), words: sideWords(q, input, part.period), from: part.period?.from ?? (input.from as string) ?? null };
    });
  }
  if (step.calls.length === 2 && results.length === 2 && step.calls[0]!.name === step.calls[1]!.name) {
    try {
      return step.calls.map((call, i) => {
        const input = call.input;
        return {
          text: step.phrase([results[i]]),
          words: sideWords(q, input, null),
          from: (input.from as string) ?? (input.period as string) ?? null,
        };
      });
    } catch {
      return null;
    }
  }
  return null;
}

/** Two teams' figures in one line ("by team: DEV 2427.33 hours, DAT 1708.74 hours"), as two sides. */
function teamSides(q: Question, text: string): Side[] | null {
  if (q.reading.teams.length !== 2) return null;
  const sides = q.reading.teams.map((team): Side | null => {
    const m = new RegExp(String.raw`\b${team}(?: averaged)? (-?\d+(?:\.\d+)?)(%| hours)?`).exec(text);
    return m === null
      ? null
      : {
          text: `${m[1]}`,
          words: [team, ...(q.context.teams.find((t) => t.team_id === team)?.team_name.split(' ') ?? [])],
          from: null,
        };
  });
  return sides.every((s): s is Side => s !== null) ? sides : null;
}

/** The side asked about and the side it is held against, with their figures; null when the question does not say which is which. */
function pairOf(q: Question, step: Plan, results: readonly unknown[], text: string): { a: number; b: number; measure: string } | null {
  const measure = step.measure;
  const read = (sides: Side[] | null, figure: (side: Side) => number | null) => {
    const figures = sides?.map(figure) ?? [];
    return sides !== null && figures.every((f) => f !== null && !Number.isNaN(f)) ? { sides, figures: figures as number[] } : null;
  };
  const found = read(sidesOf(q, step, results), (side) => figureOf(measure, side.text)) ?? read(teamSides(q, text), (side) => Number(side.text));
  if (found === null) return null;
  const { sides, figures } = found;
  const said = q.reading.said;
  // Only the words that tell the sides apart place them ("DAT" names both of "DAT in October than in September").
  const [at0, at1] = sides.map((side, i) =>
    positionIn(
      said,
      side.words.filter((w) => !sides[1 - i]!.words.includes(w)),
    ),
  );
  let first: number;
  if (/\bthan\b/.test(said) || DIFFERENCE.test(said)) {
    // "More in October than in September", "Kevin's higher than Sana's": the side named first is the one asked about.
    if (at0! < 0 || at1! < 0 || at0 === at1) return null;
    first = at0! < at1! ? 0 : 1;
  } else if (MOVED.test(said) && sides.every((s) => s.from !== null) && sides[0]!.from !== sides[1]!.from) {
    // "Has it dropped from October to this month": the later period against the earlier.
    first = sides[0]!.from! > sides[1]!.from! ? 0 : 1;
  } else return null;
  return { a: figures[first]!, b: figures[1 - first]!, measure };
}

/** Yes or no, from the two sides' figures and the way the question asks; null when they do not decide it. */
export function sidesVerdict(q: Question, step: Step, results: readonly unknown[], text: string): boolean | null {
  if (!isPlan(step)) return null;
  const said = q.reading.said;
  if (MORE.test(said) === LESS.test(said)) return null;
  const pair = pairOf(q, step, results, text);
  if (pair === null) return null;
  const more = MORE.test(said) !== (JUDGED.test(said) && LOWER_IS_BETTER.has(pair.measure));
  return more ? pair.a > pair.b : pair.a < pair.b;
}

/** "How many more hours", "by how many points": the difference between the two sides, as a sentence; '' when not asked or not known. */
export function sidesDifference(q: Question, step: Step, results: readonly unknown[], text: string): string {
  if (!isPlan(step) || !DIFFERENCE.test(q.reading.said) || /\b(?:difference|change)\b[^.]*?: [+-]?\d/i.test(text)) return '';
  const pair = pairOf(q, step, results, text);
  return pair === null ? '' : ` The difference: ${round2(Math.abs(pair.a - pair.b))}${UNIT[pair.measure] ?? ''}.`;
}
