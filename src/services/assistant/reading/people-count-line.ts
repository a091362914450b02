import type { Threshold } from './operation';

export interface CountLine {
  comparison: Threshold['comparison'];
  value: number;
  /** As asked ("more than 10 people"), to say back. */
  said: string;
  /** The question without the line, asking about the people themselves. */
  rest: string;
}

const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };
const PEOPLE = String.raw`(?:people|persons|employees|staff|ppl|members|colleagues|folks|of (?:us|them|my team|our team))`;
const N = String.raw`(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twenty)`;
const LINES: [Threshold['comparison'], RegExp][] = [
  ['more', new RegExp(String.raw`\b(?:more than|over) ${N} ${PEOPLE}`, 'i')],
  ['less', new RegExp(String.raw`\b(?:fewer than|less than|under) ${N} ${PEOPLE}`, 'i')],
  ['at_least', new RegExp(String.raw`\b(?:at least ${N} ${PEOPLE}|${N} or more ${PEOPLE})`, 'i')],
  ['at_most', new RegExp(String.raw`\b(?:at most ${N} ${PEOPLE}|${N} or (?:fewer|less) ${PEOPLE})`, 'i')],
];
/** Asked yes or no: "did more than 10 people …", "were there more than 5 people …", "are there at least 3 seniors …". */
const YES_OR_NO = /^\s*(?:did|do|does|were|was|are|is|have|has|had)\b/i;

/**
 * "Did more than 10 people score below 70 in Q3?", "were more than 10 people late yesterday?": a line on how many
 * people, not on each one's figure. The question is read without it (who scored below 70, who was late), and the
 * count of those people is held against the line.
 */
export function peopleCountLine(question: string): CountLine | null {
  if (!YES_OR_NO.test(question)) return null;
  for (const [comparison, pattern] of LINES) {
    const found = pattern.exec(question);
    if (!found) continue;
    const said = found.slice(1).find((g) => g !== undefined)!;
    const value = WORDS[said.toLowerCase()] ?? Number(said);
    return { comparison, value, said: found[0], rest: `${question.slice(0, found.index)}people${question.slice(found.index + found[0].length)}` };
  }
  return null;
}
