import type { CountLine } from '../reading/people-count-line';
import { meets } from '../reading/operation';
import { isPlan, type Step } from './plan';

/** The number of people an answer opens with: "15 people scored …", "1 person was …", "Nobody …", "There are 7 active employees …". */
export function countOf(text: string): number | null {
  if (/^(?:nobody|no one|no-one|none)\b/i.test(text)) return 0;
  const found = /^(?:there (?:are|is|were|was) )?(\d+) (?:[a-z-]+ )?(?:people|persons?|employees?|members?|leavers?|hires?|joiners?)\b/i.exec(text);
  return found ? Number(found[1]) : null;
}

/**
 * "Did more than 10 people score below 70": the people answered, counted, held against the line: yes or no first,
 * the line said back. An answer that does not open with its count of people is not guessed at: it is refused.
 */
export function withCountLine(line: CountLine | null | undefined, step: Step): Step {
  if (!line || !isPlan(step)) return step;
  return {
    ...step,
    phrase: (results) => {
      const text = step.phrase(results).replace(/^(?:yes|no)[.:]\s*/i, '');
      const count = countOf(text);
      if (count === null) return `I can't hold that answer against "${line.said}": it does not count people. ${text}`;
      return `${meets(count, line.comparison, line.value) ? 'Yes' : 'No'} (asked: ${line.said}): ${text}`;
    },
  };
}
