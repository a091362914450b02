/*
 * The fourteenth practice set: the assistant's "new world" — the work calendar, leave, corrections,
 * missing check-outs and attendance over a real calendar — asked by managers and employees on their
 * phones and by an HR administrator at month end, with refusals and role-scope cases. Written code-blind
 * from /work/shared/API.md, docs/API.md and the README; assembled from the files of questions/practice14/.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice14/attendance';
import { CALENDAR } from './practice14/calendar';
import { LEAVE_IN_SCOPE } from './practice14/leave';
import { WHO_IS_OFF } from './practice14/off';
import { PEOPLE_AND_SCORES } from './practice14/people-scores';
import { LEAVE_REFUSALS } from './practice14/refusals-leave';
import { OTHER_REFUSALS } from './practice14/refusals-other';
import { SCOPE } from './practice14/scope';

export const PRACTICE14: readonly Question[] = [
  ...CALENDAR,
  ...LEAVE_IN_SCOPE,
  ...WHO_IS_OFF,
  ...ATTENDANCE,
  ...PEOPLE_AND_SCORES,
  ...LEAVE_REFUSALS,
  ...OTHER_REFUSALS,
  ...SCOPE,
];
