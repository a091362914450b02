/*
 * practice36 — the four employees (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke) asking about
 * themselves: attendance, hours, check-in times, scores, leave, tenure, the days behind a figure. Each promise
 * plainly, then in a second, less obvious wording (shorthand, typos, slang).
 */
import { answer, count, days, figures, hours, rate, score, years, type Question } from '../../expectation';
import { measureOf } from '../../oracle/attendance-figures';
import { balance } from '../../oracle/leave-figures';
import { tenureYears } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { checkInAt } from '../../oracle/practice13-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { scoreKnown } from '../../oracle/practice30-figures';
import { scoreChange } from '../../oracle/practice31-figures';
import { myRequests } from '../../oracle/practice35-figures';
import { daysWith, hireDate, SINCE_AUG_1, SINCE_OCT_1 } from '../../oracle/practice36-figures';
import { person } from '../../dataset/dataset';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

const me = (id: string) => ({ ids: [id] });
const lateSinceAugust = (id: string) => {
  const dates = daysWith(id, 'late', SINCE_AUG_1);
  return yesNo(dates.length > 0, [], { dates });
};

export const EMPLOYEES: readonly Question[] = [
  q('PK075', 'DEV-003', 'What is my attendance this month?', () => figures(rate(rateIn(me('DEV-003'), THIS_MONTH)))),
  q('PK076', 'DEV-003', 'how am i doing on attendence so far in nov', () => figures(rate(rateIn(me('DEV-003'), THIS_MONTH)))),
  q('PK077', 'DEV-003', 'How did I score last quarter?', () => figures(score(scoreKnown('DEV-003', '2025-Q3')))),
  q('PK078', 'DEV-003', 'my perf rating for 2025-Q3?', () => figures(score(scoreKnown('DEV-003', '2025-Q3')))),
  q('PK079', 'DEV-003', 'How much annual leave do I have left?', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('PK080', 'DEV-003', 'remaining PTO balance (annual) pls', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('PK081', 'DEV-003', 'Show my pending leave requests', () => myRequests('DEV-003', 'pending')),
  q('PK082', 'DEV-003', 'is any of my time off still waiting for approval?', () => {
    const mine = myRequests('DEV-003', 'pending');
    return mine.kind === 'answer' ? yesNo(true, [], { dates: mine.dates ?? [] }) : mine;
  }),
  q('PK083', 'QA-003', 'How many hours did I work last week?', () => figures(hours(measureOf('QA-003', 'hours', ...LAST_WEEK)))),
  q('PK084', 'QA-003', 'total hrs i clocked mon-sun last wk', () => figures(hours(measureOf('QA-003', 'hours', ...LAST_WEEK)))),
  q('PK085', 'QA-003', 'What time did I check in yesterday?', () => answer({ mentions: [checkInAt('QA-003', YESTERDAY)] })),
  q('PK086', 'QA-003', 'when did i clock in on tuesday', () => answer({ mentions: [checkInAt('QA-003', YESTERDAY)] })),
  q('PK087', 'QA-003', 'How many sick days have I taken this year?', () => figures(days(balance('QA-003', 'SICK').taken))),
  q('PK088', 'QA-003', 'sick leave used in 2025?', () => figures(days(balance('QA-003', 'SICK').taken))),
  q('PK089', 'QA-003', 'Have I been late since August?', () => lateSinceAugust('QA-003')),
  q('PK090', 'QA-003', 'any late check-ins on my record since 1 aug?', () => lateSinceAugust('QA-003')),
  q('PK091', 'DAT-004', 'What is my attendance rate since the start of the quarter?', () => figures(rate(rateIn(me('DAT-004'), SINCE_OCT_1)))),
  q('PK092', 'DAT-004', 'attendance for me since 1 oct', () => figures(rate(rateIn(me('DAT-004'), SINCE_OCT_1)))),
  q('PK093', 'DAT-004', 'How long have I been with the company?', () => figures(years(tenureYears(person('DAT-004'))))),
  q('PK094', 'DAT-004', 'my tenure?', () => figures(years(tenureYears(person('DAT-004'))))),
  q('PK095', 'DAT-004', 'Which days was I absent in September?', () => answer({ dates: daysWith('DAT-004', 'absent', SEPTEMBER) })),
  q('PK096', 'DAT-004', 'dates i was a no-show in sept?', () => answer({ dates: daysWith('DAT-004', 'absent', SEPTEMBER) })),
  q('PK097', 'DAT-004', 'How much did my score change from Q2 to Q3?', () => figures(scoreChange('DAT-004', '2025-Q2', '2025-Q3'))),
  q('PK098', 'DAT-004', 'how far did my rating move between the second and third quarter of 2025', () => figures(scoreChange('DAT-004', '2025-Q2', '2025-Q3'))),
  q('PK099', 'SEC-004', 'What is my start date?', () => answer({ dates: [hireDate('SEC-004')] })),
  q('PK100', 'SEC-004', 'when was i hired', () => answer({ dates: [hireDate('SEC-004')] })),
  q('PK101', 'SEC-004', 'How many times have I been late since August?', () => figures(near(count(measureOf('SEC-004', 'late', ...SINCE_AUG_1)), 'late|time'))),
  q('PK102', 'SEC-004', 'number of tardies on my record since aug 1', () =>
    figures(near(count(measureOf('SEC-004', 'late', ...SINCE_AUG_1)), 'late|tard|time')),
  ),
  q('PK103', 'SEC-004', 'My hours in September vs October', () =>
    figures(hours(measureOf('SEC-004', 'hours', ...SEPTEMBER)), hours(measureOf('SEC-004', 'hours', ...OCTOBER))),
  ),
  q('PK104', 'SEC-004', 'compare my hrs sept and oct', () =>
    figures(hours(measureOf('SEC-004', 'hours', ...SEPTEMBER)), hours(measureOf('SEC-004', 'hours', ...OCTOBER))),
  ),
  q('PK105', 'DEV-003', 'How much annual leave have I taken this year?', () => figures(days(balance('DEV-003', 'ANNUAL', 2025).taken))),
  q('PK106', 'DEV-003', 'vacation days used up so far in 2025?', () => figures(days(balance('DEV-003', 'ANNUAL', 2025).taken))),
];
