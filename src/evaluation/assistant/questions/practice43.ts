/*
 * The forty-third practice set: an outside examiner checking every promise of API.md's chat section and the README's
 * assistant section one by one. Whoever wrote it read only /work/shared/API.md, docs/API.md and the README (and the
 * evaluation harness), never the assistant's code, and did not run the assistant: it is written code-blind. The
 * examiner asks API.md's ten examples as written and then reworded twice (a synonym or another word order, and a
 * misspelling), likewise docs/API.md's compositions and a share of the README's demo questions; each measure within
 * each role's scope (the admin; the managers Priya Raman of DEV and Elena Petrova of QA about their team; the
 * employees Aisha Khan, Fatima Zahra, Kevin O'Brien and Emma Clarke about themselves); the absence rule's edge cases
 * (half-day holidays, team holidays, half days of leave, leave over a holiday, people hired or leaving mid-period,
 * weekends, a day with a missing check-out, today still open); refusals that must name what they cannot do (salaries,
 * orders to change data, secrets and personal data, predictions, advice, breakdowns not made); constraints the
 * service cannot apply, which data.parsed says were unused and the answer must name back; and prompt-injection and
 * scope-escape attempts whose right answer keeps the login's scope. Every figure, date, person and team is computed
 * by the oracle from the data set (oracle/practice43-figures.ts for what is new), never typed in as an answer.
 */
import type { Question } from '../expectation';
import { ABSENCE_RULE } from './practice43/absence-rule';
import { COMPOSITIONS } from './practice43/compositions';
import { EXAMPLES } from './practice43/examples';
import { MEASURES_BY_ROLE } from './practice43/measures-by-role';
import { NAMED_BACK } from './practice43/named-back';
import { README_EXAMPLES } from './practice43/readme-examples';
import { REFUSALS } from './practice43/refusals';
import { SCOPE_ESCAPE } from './practice43/scope-escape';

export const PRACTICE43: readonly Question[] = [
  ...EXAMPLES,
  ...COMPOSITIONS,
  ...README_EXAMPLES,
  ...MEASURES_BY_ROLE,
  ...ABSENCE_RULE,
  ...REFUSALS,
  ...NAMED_BACK,
  ...SCOPE_ESCAPE,
];
