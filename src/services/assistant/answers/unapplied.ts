import { namedBack } from '../reading/parsed';
import { cannot, type Question, type Step } from './plan';

/** Words that leave people out or ask who did not: "except QA", "non-seniors", "never late", "no absences". */
const LEAVING_OUT =
  /\b(?:except(?: for)?|excluding|exclude|without|apart from|aside from|other than|minus|outside(?: of)?|leaving out|not counting|but(?= (?:the |my |our )?[a-z]+\b)|non-?[a-z]+|never|not|no|none|zero|n't)\b/;
const NEGATION_WORD =
  /^(?:except|excluding|exclude|without|apart|aside|other|minus|outside|leaving|counting|but|never|not|no|none|zero|non-?[a-z]+|[a-z]+n't)$/;

/** The words leaving people out, with what they leave out ("no absences", "except QA"), as the question says them. */
export function leftOut(said: string): string | null {
  const words = said
    .replace(/[?!.,;:]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const at = words.findIndex((w) => NEGATION_WORD.test(w));
  if (at < 0 || !LEAVING_OUT.test(said)) return null;
  if (/^non-?[a-z]{3,}/.test(words[at]!)) return words[at]!;
  const phrase = words.slice(at, at + 5);
  // Up to the first word of substance after the negation ("not on leave", "no pending leave requests").
  const end = phrase.findIndex((w, i) => i > 0 && w.length > 3 && !/^(?:from|than|been|that|with|them|were|have|into|counting|for)$/.test(w));
  return phrase.slice(0, end < 0 ? phrase.length : end + 1).join(' ');
}

/** A question leaving people out, or asking who did not, refused naming the words that do it. */
export function leavingOut(phrase: string): Step {
  return cannot(
    'unsupported',
    `I don't answer that with people left out or asking who did not (here: ${phrase}), except a headcount or a list of people. I count and list who did (who was late, absent or on leave), and give each team's or level's figures, so ask for those and set them side by side.`,
  );
}

/**
 * A question with words no part applied, refused naming them. One that leaves people out or asks who did not
 * ("everyone except QA", "never late") says so, naming those words and what it can answer instead.
 */
export function unapplied(q: Question, examples: string): Step {
  const phrase = leftOut(q.reading.said);
  if (phrase !== null && q.reading.unused.some((word) => NEGATION_WORD.test(word.toLowerCase()))) return leavingOut(phrase);
  // The question is said back beside the words, so a word too short to recognise ("w/") is still seen in place.
  const asked = q.reading.said.replace(/[?!.]+\s*$/, '');
  return cannot(
    'unsupported',
    `I don't know how to apply ${namedBack(q.reading, q.people).join(', ')} here (in: ${asked}), and I won't answer a different question. ${examples}`,
  );
}
