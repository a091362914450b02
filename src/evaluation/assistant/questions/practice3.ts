/*
 * A THIRD PRACTICE set of questions (R001–R521, with gaps between the files' ranges), separate from the working and
 * held-back halves and from the first two practice sets: not part of their split and not in npm test. Written on
 * 2026-12-05 by a helper session started for the purpose, WITHOUT reading the assistant's code
 * (src/services/assistant/, src/http/, its unit tests) or any other set's questions (working, held-back, practice,
 * practice2): only API.md, the README's assistant section, docs/ASSISTANT-EVALUATION.md and this harness
 * (run.ts, evaluate.ts, expectation.ts, app.ts, load.ts, split.ts, grading/, dataset/, oracle/, questions/helpers.ts).
 * Its wordings are as people type into a chat box (typos, slang, lower case, padding), aimed at combinations of
 * parts (who + what + period + filter + operation) and at every caller. Its expected answers are computed by this
 * folder's oracle over the data set, never typed in; a few oracle functions were added for it (`peopleByRate`,
 * `peopleWithRate`, `teamsByMean`, `tenureWhere`). The ids are checked unique across every set when run.ts starts.
 *
 * Run it with `npm run eval:assistant -- --half practice3`.
 */
import type { Question } from '../expectation';
import { PRACTICE3_ATTENDANCE, PRACTICE3_ATTENDANCE_SCOPED } from './practice3/attendance';
import { PRACTICE3_COMBOS } from './practice3/combos';
import { PRACTICE3_LEAVE } from './practice3/leave';
import { PRACTICE3_PEOPLE } from './practice3/people';
import { PRACTICE3_REFUSALS } from './practice3/refusals';
import { PRACTICE3_SCORES } from './practice3/scores';

export const PRACTICE3: Question[] = [
  ...PRACTICE3_ATTENDANCE,
  ...PRACTICE3_ATTENDANCE_SCOPED,
  ...PRACTICE3_SCORES,
  ...PRACTICE3_PEOPLE,
  ...PRACTICE3_LEAVE,
  ...PRACTICE3_COMBOS,
  ...PRACTICE3_REFUSALS,
];
