/* Employees asking about their own scores, leave, holidays and record, and now and then about someone else. */
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { PERIODS } from '../../dataset/scores';
import { answer, days, notFound, refusal, score, years, count, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance } from '../../oracle/leave-figures';
import { tenureYears } from '../../oracle/people-figures';
import { changes, scoreOf } from '../../oracle/score-figures';
import { q } from '../helpers';

const change = (id: string, from: string, to: string) => score(changes(from, to, { ids: [id] })[0]!.change);
const trend = (id: string) => PERIODS.map((p) => score(scoreOf(id, p.period)));
const DECEMBER: [string, string] = ['2025-12-01', '2025-12-31'];

export const MINE_OTHER: Question[] = [
  q('W041', 'DEV-003', 'what was my score last quarter', () => answer({ figures: [score(scoreOf('DEV-003', '2025-Q3'))] })),
  q('W042', 'QA-003', 'my q2 score?', () => answer({ figures: [score(scoreOf('QA-003', '2025-Q2'))] })),
  q('W043', 'DAT-004', 'show me my performance scores trend', () => answer({ figures: trend('DAT-004') })),
  q('W044', 'SEC-004', 'did my score go up or down from q2 to q3', () => answer({ figures: [change('SEC-004', '2025-Q2', '2025-Q3')] })),
  q('W045', 'DEV-003', 'my score in q1 2025', () => answer({ figures: [score(scoreOf('DEV-003', '2025-Q1'))] })),
  q('W046', 'QA-003', 'how did i score in 2024 q4', () => answer({ figures: [score(scoreOf('QA-003', '2024-Q4'))] })),
  q('W047', 'DAT-004', 'how much did my score change between q1 and q3', () => answer({ figures: [change('DAT-004', '2025-Q1', '2025-Q3')] })),
  q('W048', 'SEC-004', 'my performance last quarter pls', () => answer({ figures: [score(scoreOf('SEC-004', '2025-Q3'))] })),
  q('W049', 'DEV-003', 'my scores over the quarters', () => answer({ figures: trend('DEV-003') })),
  q('W050', 'QA-003', 'score change q2 -> q3 for me', () => answer({ figures: [change('QA-003', '2025-Q2', '2025-Q3')] })),
  q('W051', 'DEV-003', 'how much annual leave do i have left', () => answer({ figures: [days(balance('DEV-003', 'ANNUAL').available)] })),
  q('W052', 'QA-003', 'my sick leave balance', () => answer({ figures: [days(balance('QA-003', 'SICK').available)] })),
  q('W053', 'DAT-004', 'annual leave balance pls', () => answer({ figures: [days(balance('DAT-004', 'ANNUAL').available)] })),
  q('W054', 'SEC-004', 'how many annual leave days do i have left this year', () => answer({ figures: [days(balance('SEC-004', 'ANNUAL').available)] })),
  q('W055', 'QA-003', 'how many sick days have i used', () => answer({ figures: [days(balance('QA-003', 'SICK').taken)] })),
  q('W056', 'DEV-003', 'how many annual days have i taken so far', () => answer({ figures: [days(balance('DEV-003', 'ANNUAL').taken)] })),
  q('W057', 'SEC-004', 'sick days left?', () => answer({ figures: [days(balance('SEC-004', 'SICK').available)] })),
  q('W058', 'DEV-003', 'show my leave requests', () => answer({ dates: ['2025-10-20', '2025-12-29'], mentions: ['approved', 'pending'] })),
  q('W059', 'SEC-004', 'is my leave request approved yet', () => answer({ dates: ['2025-11-28'], mentions: ['pending'] })),
  q('W060', 'DEV-003', 'is my leave on dec 29 approved', () => answer({ mentions: ['pending'] })),
  q('W061', 'SEC-004', 'is my day off on the 28th approved?', () => answer({ mentions: ['pending'] })),
  q('W062', 'DEV-003', 'any pending leave requests of mine', () => answer({ dates: ['2025-12-29'], figures: [count(1)] })),
  q('W063', 'QA-003', 'my leave requests', () => answer({ dates: ['2025-11-05'], mentions: ['approved'] })),
  q('W064', 'SEC-004', 'when is my next leave', () => answer({ dates: ['2025-11-28'] })),
  q('W065', 'DEV-003', 'when is my next leave?', () => answer({ dates: ['2025-12-29'] })),
  q('W066', 'DAT-004', 'do i have any leave requests', () => answer({ figures: [count(0)] })),
  q('W067', 'DEV-003', 'when is the next public holiday', () => answer({ dates: [nextHoliday(TODAY, 'DEV').date] })),
  q('W068', 'SEC-004', 'next holiday?', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('W069', 'QA-003', 'when is christmas day off', () => answer({ dates: ['2025-12-25'] })),
  q('W070', 'DAT-004', 'what holidays are there in december', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER, 'DAT')) })),
  q('W071', 'SEC-004', 'holidays in december for me', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER, 'SEC')) })),
  q('W072', 'DEV-003', 'how many public holidays are left this year', () =>
    answer({ figures: [count(holidaysBetween('2025-11-20', '2025-12-31', 'DEV').length)], dates: datesOf(holidaysBetween('2025-11-20', '2025-12-31', 'DEV')) }),
  ),
  q('W073', 'QA-003', 'when was founders day', () => answer({ dates: ['2025-10-13'] })),
  q('W074', 'DAT-004', 'when is boxing day this yr', () => answer({ dates: ['2025-12-26'] })),
  q('W075', 'DEV-003', 'were there any holidays in october', () => answer({ dates: datesOf(holidaysBetween('2025-10-01', '2025-10-31', 'DEV')) })),
  q('W076', 'QA-003', 'when did i start here', () => answer({ dates: [person('QA-003').hire] })),
  q('W077', 'DAT-004', 'how long have i worked here', () => answer({ figures: [years(tenureYears(person('DAT-004')))] })),
  q('W078', 'SEC-004', 'what is my job title', () => answer({ mentions: [person('SEC-004').title] })),
  q('W079', 'DEV-003', 'which team am i in', () => answer({ teams: ['DEV'] })),
  q('W080', 'DAT-004', 'my start date?', () => answer({ dates: [person('DAT-004').hire] })),
  q('W081', 'SEC-004', 'how many years have i been at the company', () => answer({ figures: [years(tenureYears(person('SEC-004')))] })),
  q('W082', 'QA-003', 'whats my title', () => answer({ mentions: [person('QA-003').title] })),
  q('W083', 'DEV-003', 'how many times was tom becker late last month', () => notFound()),
  q('W084', 'QA-003', 'what was marcus lee score in q3', () => notFound()),
  q('W085', 'DAT-004', 'is mei lin on leave this week', () => notFound()),
  q('W086', 'SEC-004', 'olivia martin attendance last month', () => notFound()),
  q('W087', 'DEV-003', 'how many people are in my team', () => refusal('team', 'DEV', 'Development')),
  q('W088', 'QA-003', 'qa team attendance rate last month', () => refusal('QA', 'Quality', 'team')),
  q('W089', 'DAT-004', 'average score of the data team in q3', () => refusal('Data', 'DAT', 'team')),
  q('W090', 'SEC-004', 'who in security was late yesterday', () => refusal('Security', 'SEC')),
  q('W091', 'DEV-003', "what's priya's leave balance", () => notFound()),
  q('W092', 'QA-003', 'hours worked by grace kim last week', () => notFound()),
  q('W093', 'DAT-004', 'top performers in DEV last quarter', () => refusal('DEV', 'Development')),
  q('W094', 'SEC-004', 'how many hours did jakub work this month', () => notFound()),
  q('W095', 'DEV-003', 'compare my score with lukas novak', () => notFound()),
  q('W096', 'QA-003', 'who is off next week in qa', () => refusal('QA', 'Quality')),
];
