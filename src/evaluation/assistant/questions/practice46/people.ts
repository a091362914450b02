/*
 * practice46 — who works here, asked the way a hurried or non-native writer types it: headcounts of a team, a level or
 * a job title (active staff only: a leaver is not counted unless asked for), a headcount on a past day (those employed
 * that day), one person looked up by id or by a misspelt name, their job title, level, start date, last day and
 * years of service, joiners and leavers of a period, the longest-serving and the newest, and a team's roster. The admin
 * and both managers (about their own team) ask.
 */
import { answer, figures, people, years, type Question } from '../../expectation';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureYears } from '../../oracle/people-figures';
import { withUsUnderAYear } from '../../oracle/practice10-figures';
import { teamsWithHeadcount } from '../../oracle/practice13-figures';
import { employedOnDay } from '../../oracle/practice32-figures';
import { person } from '../../dataset/dataset';
import { endOf, hireOf, positionOf, ppl, Q4_SO_FAR, SINCE_SEP, some, titleOf, withTitle, YEAR_SO_FAR } from '../../oracle/practice46-figures';
import { q } from '../helpers';

const YEAR_2025: [string, string] = ['2025-01-01', '2025-12-31'];

export const PEOPLE: readonly Question[] = [
  // Headcounts: a team, the company, a level, a job title (Ethan Hughes, a security analyst, has left: not counted).
  q('PU001', 'admin', 'hw many ppl in qa', () => figures(ppl(headcount({ team: 'QA' })))),
  q('PU002', 'admin', 'how much employee have the DEV team?', () => figures(ppl(headcount({ team: 'DEV' })))),
  q('PU003', 'admin', 'total staffs in organisation now', () => figures(ppl(headcount()))),
  q('PU004', 'admin', 'number seniors Developement', () => figures(ppl(headcount({ team: 'DEV', position: 'Senior' }), 'senior'))),
  q('PU005', 'admin', 'AI team how many junior have', () => figures(ppl(headcount({ team: 'AI', position: 'Junior' }), 'junior'))),
  q('PU006', 'admin', 'security analysts how many we have', () => figures(ppl(withTitle('Security Analyst').length, 'analyst'))),
  q('PU007', 'admin', 'ML engineers in AI team count?', () => figures(ppl(withTitle('ML Engineer', 'AI').length, 'engineer'))),
  q('PU008', 'admin', 'which team have more than 9 person', () => answer({ teams: some(teamsWithHeadcount((n) => n > 9)) })),
  // A past day counts those employed that day, leavers of later months included.
  q('PU009', 'admin', 'headcount 1st of september', () => figures(ppl(employedOnDay('2025-09-01').length))),

  // One person: by id, by a misspelt name, one fact at a time.
  q('PU010', 'admin', 'WHO IS sec-002', () => people(['SEC-002'])),
  q('PU011', 'admin', 'info abt jame wilson pls', () => people(['SEC-001'])),
  q('PU012', 'admin', 'wat is job title of Fatima Zahara', () => answer({ mentions: [titleOf('QA-003')] })),
  q('PU013', 'admin', 'when start work Ahmed Aly?', () => answer({ dates: [hireOf('DAT-002')] })),
  q('PU014', 'admin', 'Pablo Ruis level?', () => answer({ mentions: [positionOf('DAT-006')] })),
  q('PU015', 'admin', 'last day of Laura Silvia', () => answer({ dates: [endOf('DAT-009')] })),
  q('PU016', 'admin', 'victor dumon last working day when', () => answer({ dates: [endOf('AI-009')] })),
  q('PU017', 'admin', 'how long Ravi Patell work here', () => figures(years(tenureYears(person('DEV-014'))))),

  // Joiners and leavers.
  q('PU018', 'admin', 'who joined in 2025', () => people(some(hiredBetween(...YEAR_2025)))),
  q('PU019', 'admin', 'new hires this quater?', () => people(some(hiredBetween(...Q4_SO_FAR)))),
  q('PU020', 'admin', 'who leave the company this year', () => people(some(leftBetween(...YEAR_SO_FAR)))),
  q('PU021', 'admin', 'how many leavers since september', () => figures(ppl(some(leftBetween(...SINCE_SEP)).length, 'leaver', 'left'))),

  // Tenure.
  q('PU022', 'admin', 'longest serving person QA', () => people(longestServing(1, { team: 'QA' }))),
  q('PU023', 'admin', 'who is most new in data team', () => people(newest(1, { team: 'DAT' }))),
  q('PU024', 'admin', 'ppl with us less than 1 year', () => people(some(withUsUnderAYear()))),

  // The managers, about their own team.
  q('PU025', 'DEV-001', 'how many ppl my team', () => figures(ppl(headcount({ team: 'DEV' })))),
  q('PU026', 'DEV-001', 'list juniors in my team', () => people(some(ids({ team: 'DEV', position: 'Junior' })))),
  q('PU027', 'DEV-001', 'Chloe start date?', () => answer({ dates: [hireOf('DEV-013')] })),
  q('PU028', 'QA-001', 'roster of my team pls', () => people(some(ids({ team: 'QA' })))),
  q('PU029', 'QA-001', 'since when Ivan Petrov is working here?', () => answer({ dates: [hireOf('QA-010')] })),
  q('PU030', 'QA-001', 'mid level ppl in QA how many', () => figures(ppl(headcount({ team: 'QA', position: 'Mid' }), 'mid'))),
];
