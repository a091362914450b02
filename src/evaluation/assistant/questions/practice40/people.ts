/*
 * practice40 — joiners, leavers and headcount for the month-end and quarter-end reports: who joined or left in a
 * month, a quarter, a half or the year, with last days, and the headcount on a past day (the whole company only:
 * README, a team's members are its members today), where a leaver still counts on their last day.
 */
import { answer, count, figures, people, type Question } from '../../expectation';
import { headcount } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import {
  H1,
  headcountOn,
  hiresOver,
  lastDayOf,
  leaversOver,
  none,
  NOVEMBER_WHOLE,
  Q3_WHOLE,
  Q4_SO_FAR,
  some,
  YEAR_2025,
  YEAR_SO_FAR,
} from '../../oracle/practice40-figures';
import { OCTOBER, q, SEPTEMBER } from '../helpers';

const HEADS = 'people|person|employee|staff|headcount|employed|head';

export const PEOPLE: readonly Question[] = [
  q('PO135', 'admin', 'who joined in novembr?', () => people(some(hiresOver(NOVEMBER_WHOLE)))),
  q('PO136', 'admin', 'New hires in Q3?', () => people(some(hiresOver(Q3_WHOLE)))),
  q('PO137', 'admin', 'How many people did we hire this year?', () =>
    figures(near(count(hiresOver(YEAR_SO_FAR).length), 'hire|people|joined|joiner|employee|starter')),
  ),
  q('PO138', 'admin', 'Leavers in Q3 2025', () => people(some(leaversOver(Q3_WHOLE)))),
  q('PO139', 'admin', 'Did anyone leave in November?', () => yesNo(false, [], { people: none(leaversOver(NOVEMBER_WHOLE)) })),
  q('PO140', 'admin', 'Who left in October and what was their last day?', () => {
    const who = some(leaversOver(OCTOBER));
    return answer({ people: who, dates: who.map(lastDayOf) });
  }),
  q('PO141', 'admin', 'joiners and leavers in September', () => people(some([...hiresOver(SEPTEMBER), ...leaversOver(SEPTEMBER)]))),
  // Ethan Hughes's last day was 30 September: he still counts that day, and no longer on 1 October.
  q('PO142', 'admin', 'What was the headcount on 30 September?', () => figures(near(count(headcountOn(SEPTEMBER[1])), HEADS))),
  q('PO143', 'admin', 'headcount on 1 Oct', () => figures(near(count(headcountOn(OCTOBER[0])), HEADS))),
  q('PO144', 'admin', 'headcount on 31/12/2024', () => figures(near(count(headcountOn('2024-12-31')), HEADS))),
  q('PO145', 'admin', 'How many people work here today?', () => figures(near(count(headcount()), HEADS))),
  q('PO146', 'admin', 'Total headcount including leavers', () => figures(near(count(headcount({ status: 'any' })), HEADS))),
  q('PO147', 'admin', 'Who was hired this quarter?', () => people(some(hiresOver(Q4_SO_FAR)))),
  q('PO148', 'admin', 'new starters in Data this year', () => people(some(hiresOver(YEAR_SO_FAR, 'DAT')))),
  q('PO149', 'admin', 'Did anyone join Security this year?', () => yesNo(false, [], { people: none(hiresOver(YEAR_SO_FAR, 'SEC')) })),
  q('PO150', 'admin', 'How many people has the data team lost this year?', () =>
    figures(near(count(leaversOver(YEAR_SO_FAR, 'DAT').length), 'people|person|left|leaver|lost|employee')),
  ),
  q('PO151', 'admin', 'Who was hired in the first half of the year?', () => people(some(hiresOver(H1)))),
  q('PO152', 'admin', 'hires and leavers in 2025', () =>
    figures(near(count(hiresOver(YEAR_2025).length), 'hire|joiner|joined|starter'), near(count(leaversOver(YEAR_2025).length), 'leaver|left')),
  ),
];
