/* Third practice set, people: headcounts, teams and levels, profiles, hires and leavers, tenure — for every caller. */
import { TODAY } from '../../dataset/calendar';
import { answer, figures, notFound, people, refusal, years, type Figure, type Question } from '../../expectation';
import { headcount, hiredBefore, hiredBetween, ids, leftBetween, longestServing, newest, tenureWhere, tenureYears } from '../../oracle/people-figures';
import { person } from '../../dataset/dataset';
import { q } from '../helpers';

/** A headcount next to a word for people, whatever else the question says. */
const heads = (value: number): Figure => ({
  value,
  as: 'count',
  label: 'employee|people|person|staff|member|headcount|joiner|leaver|hire|starter|left|lost|joined',
});
const tenure = (id: string) => years(tenureYears(person(id)));

export const PRACTICE3_PEOPLE: Question[] = [
  q('R201', 'admin', 'how many employees do we have', () => figures(heads(headcount()))),
  q('R202', 'admin', 'headcount in the data team', () => figures(heads(headcount({ team: 'DAT' })))),
  q('R203', 'admin', 'how many ppl in securty', () => figures(heads(headcount({ team: 'SEC' })))),
  q('R204', 'admin', 'total headcount including leavers', () => figures(heads(headcount({ status: 'any' })))),
  q('R205', 'admin', 'how many juniors are there across the company', () => figures(heads(headcount({ position: 'Junior' })))),
  q('R206', 'admin', 'how many seniors in Quality Assurence', () => figures(heads(headcount({ team: 'QA', position: 'Senior' })))),
  q('R207', 'admin', 'list the team leads', () => people(ids({ position: 'Lead' }))),
  q('R208', 'admin', 'which seniors are in the AI team?', () => people(ids({ team: 'AI', position: 'Senior' }))),
  q('R209', 'admin', 'who are the mid level people in data', () => people(ids({ team: 'DAT', position: 'Mid' }))),
  q('R210', 'admin', 'who manages the security team', () => people(ids({ team: 'SEC', position: 'Manager' }))),
  q('R211', 'admin', 'who is DAT-007', () => people(['DAT-007'])),
  q('R212', 'admin', "what's Ravi Patel's job title", () => answer({ mentions: [person('DEV-014').title] })),
  q('R213', 'admin', 'what level is Zoe Adams', () => answer({ mentions: [person('QA-009').position] })),
  q('R214', 'admin', 'when did chloe start', () => answer({ dates: [person('DEV-013').hire] })),
  q('R215', 'admin', "what was Laura Silva's last day", () => answer({ dates: [person('DAT-009').end!] })),
  q('R216', 'admin', 'which team is Jakub Wozniak in', () => answer({ teams: [person('SEC-007').team] })),
  q('R217', 'admin', 'how long has Lukas Novak been with us', () => figures(tenure('DEV-004'))),
  q('R218', 'admin', 'how many years has James Wilson worked here', () => figures(tenure('SEC-001'))),
  // More than 8 years: hired more than 8 years before today (8.5 years is more than 8).
  q('R219', 'admin', 'who has been here more than 8 years', () => people(hiredBefore('2017-11-19'))),
  q('R220', 'admin', 'how many people have been with us less than a year', () => figures(heads(tenureWhere((y) => y < 1).length))),
  q('R221', 'admin', 'longest serving person in AI', () => people(longestServing(1, { team: 'AI' }))),
  q('R222', 'admin', 'who is the newest member of the dev team', () => people(newest(1, { team: 'DEV' }))),
  q('R223', 'admin', 'the 3 longest-tenured employees', () => people(longestServing(3))),
  q('R224', 'admin', 'who in QA joined before 2020', () => people(hiredBefore('2020-01-01', { team: 'QA' }))),
  q('R225', 'admin', 'how many people joined this year', () => figures(heads(hiredBetween('2025-01-01', TODAY).length))),
  q('R226', 'admin', 'new starters in Q3 2025', () => people(hiredBetween('2025-07-01', '2025-09-30'))),
  q('R227', 'admin', 'who did we hire in 2024', () => people(hiredBetween('2024-01-01', '2024-12-31'))),
  q('R228', 'admin', 'any new joiners since september?', () => people(hiredBetween('2025-09-01', TODAY))),
  q('R229', 'admin', 'which juniors were hired in 2025', () => people(hiredBetween('2025-01-01', TODAY).filter((id) => person(id).position === 'Junior'))),
  q('R230', 'admin', 'who left this year', () => people(leftBetween('2025-01-01', '2025-12-31'))),
  q('R231', 'admin', 'how many people has the data team lost', () => figures(heads(leftBetween('0000-01-01', TODAY, 'DAT').length))),
  q('R232', 'admin', 'did anyone leave security in september', () => people(leftBetween('2025-09-01', '2025-09-30', 'SEC'))),
  q('R233', 'admin', 'leavers in Q3', () => people(leftBetween('2025-07-01', '2025-09-30'))),
  q('R234', 'admin', 'how many mid-level developers in DEV', () => figures(heads(headcount({ team: 'DEV', position: 'Mid' })))),
  q('R235', 'admin', 'Who is Jmaes Wilson', () => people(['SEC-001'])),
  q('R236', 'admin', 'who is Bob Smith', () => notFound()),
  q('R237', 'admin', 'how many employees are in the marketing team', () => refusal('marketing')),
  // Managers and employees.
  q('R238', 'DEV-001', 'how many people are in my team', () => figures(heads(headcount({ team: 'DEV' })))),
  q('R239', 'DEV-001', 'who are my juniors', () => people(ids({ team: 'DEV', position: 'Junior' }))),
  q('R240', 'DEV-001', 'when did Omar join', () => answer({ dates: [person('DEV-010').hire] })),
  q('R241', 'DEV-001', 'who is the longest serving on my team', () => people(longestServing(1, { team: 'DEV' }))),
  q('R242', 'DEV-001', 'how many people are in QA', () => refusal('QA', 'Quality')),
  q('R243', 'DEV-001', 'what is Wei Zhang’s job title', () => notFound()),
  q('R244', 'QA-001', 'anyone new in my team this year?', () => people(hiredBetween('2025-01-01', TODAY, 'QA'))),
  q('R245', 'QA-001', 'list the seniors in my team', () => people(ids({ team: 'QA', position: 'Senior' }))),
  q('R246', 'DAT-004', "what's my job title", () => answer({ mentions: [person('DAT-004').title] })),
  q('R247', 'DAT-004', 'when did i join the company', () => answer({ dates: [person('DAT-004').hire] })),
  q('R248', 'DAT-004', 'how long have I been here', () => figures(tenure('DAT-004'))),
  q('R249', 'SEC-004', 'who is my manager', () => refusal('manager')),
  q('R250', 'SEC-004', 'how many people work in security', () => refusal('security', 'SEC')),
  q('R251', 'QA-003', 'who is Priya Raman', () => notFound()),
];
