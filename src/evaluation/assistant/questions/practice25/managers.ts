/*
 * practice25 — a new team manager in their first week (DEV-001 and QA-001), the README open, in the words of
 * their last HR system ("roster", "tardies", "no-shows", "OOO", "PTO", "department", "grade", "job title"):
 * their team's roster and profile facts, who is late, absent or off (yesterday, the day before, tomorrow,
 * next week, the past 7 days), the team's leave calendar and pending requests, corrections, hours and scores;
 * a member by first name only (one match in the team: answered); another team or the whole company (named
 * back as outside) and a named person elsewhere ("not found"). Written code-blind from /work/shared/API.md,
 * docs/API.md and the README; every figure, date and person comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, notFound, people, rate, refusal, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf, notCheckedInToday, totals, type Scope } from '../../oracle/attendance-figures';
import { offBetween } from '../../oracle/leave-figures';
import { headcount } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { lastDaysWhere } from '../../oracle/practice16-figures';
import { withRequests } from '../../oracle/practice17-figures';
import { hireOf, whoOn } from '../../oracle/practice18-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { DAY_BEFORE_YESTERDAY, lastDayWhen, lateDates, nonZero } from '../../oracle/practice20-figures';
import { absentDays, anyoneWith, offOn, someoneWith, TOMORROW } from '../../oracle/practice23-figures';
import { lastDaysMeasure, rosterOf, SINCE_SEPTEMBER } from '../../oracle/practice25-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');
const teamHours = (scope: Scope, range: readonly [string, string]) => hours(nonZero(totals(scope, ...range).hours));

export const MANAGERS: readonly Question[] = [
  // DEV-001, Priya Raman, about DEV.
  q('O046', 'DEV-001', 'show me my team roster', () => people(rosterOf('DEV'))),
  q('O047', 'DEV-001', 'headcount of my department', () => figures(count(headcount({ team: 'DEV' })))),
  q('O048', 'DEV-001', 'Who was late yesterday?', () => people(whoOn(DEV, 'late', YESTERDAY))),
  q('O049', 'DEV-001', 'any no-shows on my team yesterday', () => people(anyoneWith(DEV, 'absent', [YESTERDAY, YESTERDAY]))),
  q('O050', 'DEV-001', 'who was late the day before yesterday', () => people(whoOn(DEV, 'late', DAY_BEFORE_YESTERDAY))),
  q('O051', 'DEV-001', "who's OOO next week", () => people(offBetween(DEV, ...NEXT_WEEK))),
  q('O052', 'DEV-001', 'team leave calendar for tomorrow', () => people(offOn(DEV, TOMORROW))),
  q('O053', 'DEV-001', 'pending time off requests for my team', () => people(withRequests('pending', DEV))),
  q('O054', 'DEV-001', 'any pending corrections from my team?', () => answer({ mentions: ['correction'] })),
  q('O055', 'DEV-001', 'how many tardies did my team have in the past 7 days', () => figures(near(count(lastDaysMeasure(7, DEV, 'late')), 'late|tard'))),
  q('O056', 'DEV-001', 'what grade is Tom', () => answer({ mentions: ['Lead'] })),
  q('O057', 'DEV-001', "sofia's job title", () => answer({ mentions: ['Frontend Developer'] })),
  q('O058', 'DEV-001', 'when did chloe start', () => answer({ dates: [hireOf('DEV-013')] })),
  q('O059', 'DEV-001', "chris's absences in october, which days", () => answer({ dates: absentDays('DEV-006', OCTOBER) })),
  q('O060', 'DEV-001', 'when was lukas last late', () => answer({ dates: [lastDayWhen('DEV-004', 'late')] })),
  q('O061', 'DEV-001', 'which days was daniel late this month', () => answer({ dates: lateDates('DEV-008', THIS_MONTH) })),
  q('O062', 'DEV-001', "who hasn't clocked in yet today", () => people(notCheckedInToday(DEV))),
  q('O063', 'DEV-001', 'team attendance since september', () => figures(rate(rateIn(DEV, SINCE_SEPTEMBER)))),
  q('O064', 'DEV-001', 'hours worked by my team last week', () => figures(teamHours(DEV, LAST_WEEK))),
  q('O065', 'DEV-001', 'top performer on my team last quarter', () => people(rankClean('2025-Q3', 1, 'top', DEV))),
  q('O066', 'DEV-001', 'who on my team forgot to clock out this week', () => people(someoneWith(DEV, 'missingCheckOut', THIS_WEEK))),

  // QA-001, Elena Petrova, about QA.
  q('O067', 'QA-001', 'QA roster pls', () => people(rosterOf('QA'))),
  q('O068', 'QA-001', 'who on my team was a no-show in the past 7 days', () => people(lastDaysWhere(7, QA, 'absent'))),
  q('O069', 'QA-001', 'absent days for my team over the past 7 days', () => figures(near(days(lastDaysMeasure(7, QA, 'absent')), 'absen|day|off|missed'))),
  q('O070', 'QA-001', "who's out next week", () => people(offBetween(QA, ...NEXT_WEEK))),
  q('O071', 'QA-001', 'anyone off tomorrow in QA', () => people(offOn(QA, TOMORROW))),
  q('O072', 'QA-001', 'time off requests waiting on me', () => people(withRequests('pending', QA))),
  q('O073', 'QA-001', 'my own tardies in the last 30 days', () => figures(near(count(lastDaysMeasure(30, { ids: ['QA-001'] }, 'late')), 'late|tard|time'))),
  q('O074', 'QA-001', 'what is ivan’s start date', () => answer({ dates: [hireOf('QA-010')] })),
  q('O075', 'QA-001', "chris's attendance in october", () => figures(rate(rateIn({ ids: ['QA-004'] }, OCTOBER)))),
  q('O076', 'QA-001', 'seniority of grace', () => answer({ mentions: ['Senior'] })),
  q('O077', 'QA-001', "zoe's no-shows last month - which days", () => answer({ dates: absentDays('QA-009', OCTOBER) })),
  q('O078', 'QA-001', 'how many late arrivals this week in my team', () => figures(near(count(totals(QA, ...THIS_WEEK).late), 'late'))),
  q('O079', 'QA-001', 'avg score for my team Q2 vs Q3', () => figures(score(meanOf('2025-Q2', QA)), score(meanOf('2025-Q3', QA)))),
  q('O080', 'QA-001', 'who was absent yesterday', () => people(anyoneWith(QA, 'absent', [YESTERDAY, YESTERDAY]))),
  q('O081', 'QA-001', 'leo - late how many times in october', () => figures(near(count(measureOf('QA-008', 'late', ...OCTOBER)), 'late|time'))),
  q('O082', 'QA-001', 'what time did fatima clock in today', () => answer({ mentions: [checkInTime('QA-003', TODAY)] })),
  q('O083', 'QA-001', 'team hours last month', () => figures(teamHours(QA, OCTOBER))),

  // Outside their team.
  q('O084', 'DEV-001', 'headcount report for every department', () => company()),
  q('O085', 'DEV-001', "who's on PTO in the data team next week", () => otherTeam('DAT')),
  q('O086', 'DEV-001', 'Chris Walker tardies october', () => notFound()),
  q('O087', 'DEV-001', 'the testers attendance last week', () => otherTeam('QA')),
  q('O088', 'DEV-001', 'company-wide attrition this year', () => company()),
  q('O089', 'QA-001', 'devs late yesterday', () => otherTeam('DEV')),
  q('O090', 'QA-001', "Aisha Khan's PTO balance", () => notFound()),
  q('O091', 'QA-001', 'which department had the most no-shows last month', () => company()),
  q('O092', 'QA-001', 'security team roster', () => otherTeam('SEC')),
  q('O093', 'QA-001', 'when is anna berg back from leave', () => notFound()),
];
