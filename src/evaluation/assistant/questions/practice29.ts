/*
 * The twenty-ninth practice set: an HR analyst's deep dive, mostly the admin and some by the two managers about
 * their own team — questions that combine several parts at once: a level within a team over a period ("the
 * seniors in DAT in Q3"), a cohort by hire date over a later period (a list of who was late or absent among this
 * year's hires; a rate of them refused, as docs/API.md says), thresholds with periods ("teams below 95 % this
 * quarter", "who missed more than 3 days in September"), rankings with their counts ("top 2 latecomers and how
 * many times"), statistics of scores (mean, median, minimum, maximum, range) and average tenure overall, by team
 * and by level, two teams, two levels and two periods side by side, series by week, month and quarter of rates,
 * counts and absence rates, negations ("who in DEV had no absences in October", "teams with no absences last
 * week"), exclusions (a headcount, a list or scores answered; a rate with people left out refused naming the
 * words), hires and leavers in periods, leave taken by kind and by team, holidays and working days per team, 16
 * yes-or-no comparisons, and 23 refusals (besides the 7 the contract's exclusion and cohort rules call for) naming what the service does not do (correlations, predictions, pay,
 * reasons, a fortnight, by hour of the day, by weekday, by job title, periods ranked, gender, age, overtime,
 * advice, verdicts). About a fifth is typed in a hurry (typos, "avg", "hc", "qtr", "YTD", "ppl", "mth").
 * Written code-blind from /work/shared/API.md, docs/API.md and the README; assembled from the files of
 * questions/practice29/, every figure, date and person computed by the oracle from the data set
 * (oracle/practice29-figures.ts for what is new).
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice29/attendance';
import { HASTY } from './practice29/hasty';
import { MANAGERS } from './practice29/managers';
import { PEOPLE } from './practice29/people';
import { RANKINGS } from './practice29/rankings';
import { REFUSALS } from './practice29/refusals';
import { SCORES } from './practice29/scores';
import { SERIES } from './practice29/series';
import { YES_NO } from './practice29/yes-no';

export const PRACTICE29: readonly Question[] = [...ATTENDANCE, ...RANKINGS, ...SERIES, ...SCORES, ...PEOPLE, ...MANAGERS, ...YES_NO, ...REFUSALS, ...HASTY];
