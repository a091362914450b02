/*
 * The fifty-fifth practice set: how people really type. Half the messages are short, terse and typo-heavy, as typed
 * on a phone by busy managers and employees — two to six words, no punctuation, abbreviations such as att, hrs, lv,
 * q3, yday, tmrw, wk, mth, pls, ppl, w/ and b4 ("who late yday", "lv bal anna berg", "ppl hired b4 2020", "nxt hol 4
 * me"); the other half are long and rambling, the question buried among greetings, explanations of why it is asked,
 * apologies, thanks and asides, or after a sentence of context ("I'm pulling together the monthly people report for
 * the leadership team and I'm missing one figure: …"). Every role asks: the HR generalist (admin), the managers Priya
 * Raman of DEV and Elena Petrova of QA about their own team, and the employees Aisha Khan, Fatima Zahra, Kevin O'Brien
 * and Emma Clarke about themselves. Every measure the documents list — headcount, attendance and absence rates, late
 * arrivals, absences, people on leave, missing check-outs, people not yet in, hours, scores and their statistics
 * (mean, median, highest, lowest, spread, the trend), leave balances, leave taken and requests, holidays and working
 * days, hires and leavers, tenure, rankings — over every kind of period: today, yesterday, tomorrow, this week, last
 * week, the week before, an ISO week, a day written day first, a range of days, this month, last month, a named
 * month, this quarter, last quarter, this year, since tracking began, next week, December. Some messages must be
 * refused, naming what cannot be done (salary, a fortnight, a prediction, an order, a weekday breakdown, a time of
 * day, a department that does not exist, a kind of leave not kept, a reason why); some cross the caller's scope (not
 * found, or named back as outside); "chris" is two people for the admin. Whoever wrote it read only
 * /work/shared/API.md, docs/API.md and the README (and the evaluation harness), never the assistant's code, and did
 * not run the assistant: it is written code-blind. Every figure, person, team and date is computed from the data set
 * by the oracle (oracle/practice55-figures.ts for what is new, with the earlier oracles), never typed in.
 */
import type { Question } from '../expectation';
import { LONG_ADMIN_ATTENDANCE } from './practice55/long-admin-attendance';
import { LONG_ADMIN_PEOPLE } from './practice55/long-admin-people';
import { LONG_EDGES } from './practice55/long-edges';
import { LONG_EMPLOYEES } from './practice55/long-employees';
import { LONG_MANAGERS } from './practice55/long-managers';
import { TERSE_ADMIN } from './practice55/terse-admin';
import { TERSE_EDGES } from './practice55/terse-edges';
import { TERSE_EMPLOYEES } from './practice55/terse-employees';
import { TERSE_MANAGERS } from './practice55/terse-managers';

export const PRACTICE55: readonly Question[] = [
  ...TERSE_ADMIN,
  ...TERSE_MANAGERS,
  ...TERSE_EMPLOYEES,
  ...TERSE_EDGES,
  ...LONG_ADMIN_ATTENDANCE,
  ...LONG_ADMIN_PEOPLE,
  ...LONG_MANAGERS,
  ...LONG_EMPLOYEES,
  ...LONG_EDGES,
];
