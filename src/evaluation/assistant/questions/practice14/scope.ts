/*
 * practice14 — role scope in the calendar, leave and attendance areas: managers asking about other teams,
 * people outside their team or the whole company; employees asking about colleagues, their team or
 * everyone; and the cases that stay in scope (an employee naming themselves, a manager's own "chris",
 * the calendar, which is everyone's). Written code-blind from /work/shared/API.md, docs/API.md and the
 * README's "Assistant" section; expected figures come from the data set and the oracle.
 */
import { TODAY } from '../../dataset/calendar';
import { addDays } from '../../dataset/dates';
import { answer, ask, days, figures, notFound, rate, refusal, type Question } from '../../expectation';
import { totals } from '../../oracle/attendance-figures';
import { datesOf, holidaysBetween } from '../../oracle/holiday-figures';
import { COMPANY_WORDS, teamWords } from '../../oracle/practice12-figures';
import { available, myTeamWords } from '../../oracle/practice14-figures';
import { OCTOBER, q } from '../helpers';

const otherTeam = (code: string) => refusal(...teamWords(code), 'outside', 'other team');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');
const ownTeam = (code: string) => refusal(...myTeamWords(code), 'outside');

export const SCOPE: readonly Question[] = [
  // A manager (DEV-001) about other teams, people and the company.
  q('M188', 'DEV-001', 'whos off in qa next wk', () => otherTeam('QA')),
  q('M189', 'DEV-001', 'is grace kim on leave tmrw', () => notFound()),
  q('M190', 'DEV-001', 'annual leave balance for emma clarke', () => notFound()),
  q('M191', 'DEV-001', 'sec attendance rate last mth', () => otherTeam('SEC')),
  q('M192', 'DEV-001', 'pending leave requests company wide', () => company()),
  q('M193', 'DEV-001', "who's on leave today across all teams", () => company()),
  q('M194', 'DEV-001', 'missing check-outs for the ai team this month', () => otherTeam('AI')),
  q('M195', 'DEV-001', 'headcount by team', () => company()),
  q('M196', 'DEV-001', 'what time did marcus lee check in yday', () => notFound()),
  q('M197', 'DEV-001', 'how many sick days has mei lin taken', () => notFound()),

  // A manager (QA-001).
  q('M198', 'QA-001', 'dev pending leave reqs', () => otherTeam('DEV')),
  q('M199', 'QA-001', 'is maria gonzalez off next week', () => notFound()),
  q('M200', 'QA-001', 'company attendance rate this mth', () => company()),
  q('M201', 'QA-001', 'which team has the most leave booked in dec', () => company()),
  q('M202', 'QA-001', 'julia fischer leave balance', () => notFound()),
  q('M203', 'QA-001', 'who in the data team was absent yday', () => otherTeam('DAT')),
  q('M204', 'QA-001', "chris's annual leave balance", () => figures(days(available('QA-004', 'ANNUAL')))),

  // Employees about colleagues, their team and everyone.
  q('M205', 'DEV-003', 'is sofia off today', () => notFound()),
  q('M206', 'DEV-003', 'who in my team is off next week', () => ownTeam('DEV')),
  q('M207', 'DEV-003', "priya's leave balance", () => notFound()),
  q('M208', 'DEV-003', 'team attendance this mth', () => ownTeam('DEV')),
  q('M209', 'DEV-003', 'how many ppl work here', () => company()),
  q('M210', 'DEV-003', 'pending leave requests for the dev team', () => ownTeam('DEV')),
  q('M211', 'QA-003', 'is chris walker on leave next wk', () => notFound()),
  q('M212', 'QA-003', 'qa missing check-outs this month', () => ownTeam('QA')),
  q('M213', 'QA-003', 'elena petrova annual leave left', () => notFound()),
  q('M214', 'QA-003', "everyone's sick days this yr", () => company()),
  q('M215', 'DAT-004', 'when is anna berg back from leave', () => notFound()),
  q('M216', 'DAT-004', 'how many in the data team are on leave today', () => ownTeam('DAT')),
  q('M217', 'DAT-004', 'company holidays left this yr', () => answer({ dates: datesOf(holidaysBetween(addDays(TODAY, 1), '2025-12-31')) })),
  q('M218', 'DAT-004', "kevin o'brien attendance rate last month", () => figures(rate(totals({ ids: ['DAT-004'] }, OCTOBER[0], OCTOBER[1]).rate))),
  q('M219', 'SEC-004', 'is mohammed back from leave', () => notFound()),
  q('M220', 'SEC-004', 'sec team leave this month', () => ownTeam('SEC')),
  q('M221', 'SEC-004', 'who in the company forgot to check out yday', () => company()),
  q('M222', 'SEC-004', 'lucas moreau unpaid leave', () => notFound()),
  q('M223', 'SEC-004', 'my sick leave balance', () => figures(days(available('SEC-004', 'SICK')))),

  // Admin: a first name several people share.
  q('M224', 'admin', 'chris sick leave this yr', () => ask('DEV-006', 'QA-004')),
];
