/*
 * practice68 — who joined and who left in the month, and the headcount at month end. A joiner is hired in the period,
 * a leaver has their last working day (`end_date`) in it (API.md). README and API.md: a headcount counts active staff
 * unless leavers are asked for, and a headcount on a past day is for the whole company: those employed that day (hired
 * by then, last day not gone by — someone whose last day is the 30th still counts on the 30th); a team's headcount is
 * asked for today only, as a team's members are its members today.
 */
import type { Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { headcountOn, joinedIn, leftIn } from '../../oracle/practice68-calendar';
import { between, thisQuarterWhole, yearSoFar } from '../../oracle/practice68-periods';
import { q } from '../helpers';
import { AUG, figs, headC, NOV, OCT, SEP, who, yesNo } from './shared';

const YEAR_SO_FAR = yearSoFar('2025-01-01', '2025-11-19');
const THIS_QUARTER = thisQuarterWhole('2025-10-01', '2025-12-31');
const head = (day: string, team?: string) => figs(headC(headcountOn(day, team)));
/** "No" when the list is empty (checked). */
function nobody(list: string[]) {
  if (list.length > 0) throw new Error(`not empty: ${list.join(', ')}`);
  return yesNo(false);
}

export const PEOPLE: readonly Question[] = [
  // HR.
  q('QQ155', 'admin', 'who joined in October?', () => who(joinedIn(OCT))),
  q('QQ156', 'admin', 'new starters in november', () => who(joinedIn(NOV))),
  q('QQ157', 'admin', 'who left the company in September', () => who(leftIn(SEP))),
  q('QQ158', 'admin', 'leavers in Oct?', () => who(leftIn(OCT))),
  q('QQ159', 'admin', 'hires and leavers in August', () => who([...joinedIn(AUG), ...leftIn(AUG)])),
  q('QQ160', 'admin', 'what was the headcount at the end of October?', () => head(OCT[1])),
  q('QQ161', 'admin', 'how many people were employed on 30 September', () => head(SEP[1])),
  q('QQ162', 'admin', 'how many active employees do we have right now', () => head(TODAY)),
  q('QQ163', 'admin', 'how many people did QA hire this year', () => figs(headC(joinedIn(YEAR_SO_FAR, 'QA').length))),
  q('QQ164', 'admin', 'did anyone leave the company in November?', () => nobody(leftIn(NOV))),
  q('QQ165', 'admin', 'headcount by team today', () => figs(...['DEV', 'QA', 'DAT', 'SEC', 'AI'].map((t) => headC(headcountOn(TODAY, t))))),
  q('QQ166', 'admin', 'how many people started between 1 Aug and 31 Oct?', () => figs(headC(joinedIn(between('2025-08-01', '2025-10-31')).length))),
  q('QQ167', 'admin', 'month-end headcount: 30 September vs 31 October', () => figs(headC(headcountOn(SEP[1])), headC(headcountOn(OCT[1])))),
  q('QQ168', 'admin', 'how many leavers have we had so far this year', () => figs(headC(leftIn(YEAR_SO_FAR).length))),
  // Managers.
  q('QQ169', 'DEV-001', 'did anyone join my team this quarter?', () => nobody(joinedIn(THIS_QUARTER, 'DEV'))),
  q('QQ170', 'DEV-001', 'how many people are on my team right now', () => head(TODAY, 'DEV')),
  q('QQ171', 'DEV-001', 'who joined my team in september', () => who(joinedIn(SEP, 'DEV'))),
  q('QQ172', 'QA-001', 'new joiners in my team in October?', () => who(joinedIn(OCT, 'QA'))),
  q('QQ173', 'QA-001', 'did anyone leave QA this year', () => nobody(leftIn(YEAR_SO_FAR, 'QA'))),
  q('QQ174', 'QA-001', 'current headcount for my team', () => head(TODAY, 'QA')),
];
