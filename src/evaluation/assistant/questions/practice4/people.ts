/* practice4: people — headcounts, lists by team and level, look-ups, hires and leavers, tenure. */
import { TODAY } from '../../dataset/calendar';
import { answer, figures, people, count, years, notFound, refusal, type Question } from '../../expectation';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureWhere, tenureYears } from '../../oracle/people-figures';
import { person } from '../../dataset/dataset';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q } from '../helpers';

const LAST_QUARTER: [string, string] = ['2025-07-01', '2025-09-30'];

export const PEOPLE_QUESTIONS: Question[] = [
  q('S201', 'admin', 'headcount?', () => figures(count(headcount()))),
  q('S202', 'admin', 'how many people are in QA', () => figures(count(headcount({ team: 'QA' })))),
  q('S203', 'admin', 'how many ppl do we have in the data folks', () => figures(count(headcount({ team: 'DAT' })))),
  q('S204', 'admin', 'how many juniors do we have', () => figures(count(headcount({ position: 'Junior' })))),
  q('S205', 'admin', 'list the leads', () => people(ids({ position: 'Lead' }))),
  q('S206', 'admin', 'who is DEV-014', () => answer({ people: ['DEV-014'], mentions: ['DevOps'] })),
  q('S207', 'admin', 'who joined this year', () => people(hiredBetween('2025-01-01', TODAY))),
  q('S208', 'admin', 'new hires since september', () => people(hiredBetween('2025-09-01', TODAY))),
  q('S209', 'admin', 'who left in 2025', () => people(leftBetween('2025-01-01', '2025-12-31'))),
  q('S210', 'admin', 'how many leavers last quarter', () => ({
    kind: 'answer',
    figures: [{ ...count(leftBetween(...LAST_QUARTER).length), label: 'leav|left|people|employee' }],
  })),
  q('S211', 'admin', 'how long has Ravi Patel been here', () => figures(years(tenureYears(person('DEV-014'))))),
  q('S212', 'admin', 'longest serving 3 people in security', () => people(longestServing(3, { team: 'SEC' }))),
  q('S213', 'admin', 'who has been with us more than 7 years', () => people(servedMoreThan(7))),
  q('S214', 'admin', 'how many people have been here fewer than 2 years', () => figures(count(tenureWhere((y) => y < 2).length))),
  q('S215', 'admin', 'newest person in AI', () => people(newest(1, { team: 'AI' }))),
  q('S216', 'admin', "what's Aisha Khan's job title", () => answer({ people: ['DEV-003'], mentions: ['Developer'] })),
  q('S217', 'admin', 'how many mid level in AI', () => figures(count(headcount({ team: 'AI', position: 'Mid' })))),
  q('S218', 'admin', 'list inactive employees', () => people(ids({ status: 'inactive' }))),
  q('S219', 'admin', 'who are our managers', () => people(ids({ position: 'Manager' }))),
  q('S220', 'admin', 'total number of employees including leavers', () => ({
    kind: 'answer',
    figures: [{ ...count(headcount({ status: 'any' })), label: 'employee|people|staff|leaver' }],
  })),
  q('S221', 'admin', 'what team is chloe in', () => answer({ people: ['DEV-013'], teams: ['DEV'] })),
  q('S222', 'admin', 'when did Kevin OBrien start', () => answer({ people: ['DAT-004'], dates: [person('DAT-004').hire] })),
  q('S223', 'admin', 'seniors in the testers team', () => people(ids({ team: 'QA', position: 'Senior' }))),
  q('S224', 'admin', 'how many people joined in august', () => figures(count(hiredBetween('2025-08-01', '2025-08-31').length))),
  q('S225', 'admin', 'who was hired in 2024 in DEV', () => people(hiredBetween('2024-01-01', '2024-12-31', 'DEV'))),
  q('S226', 'admin', 'juniors in secuirty', () => people(ids({ team: 'SEC', position: 'Junior' }))),
  q('S227', 'admin', 'who has worked here the longest', () => people(longestServing(1))),
  q('S228', 'admin', 'when did laura silva leave', () => answer({ people: ['DAT-009'], dates: ['2025-10-17'] })),
  q('S229', 'admin', 'team size of artificial intelligence', () => figures(count(headcount({ team: 'AI' })))),
  q('S230', 'admin', 'how many people left the security team this year', () => ({
    kind: 'answer',
    figures: [{ ...count(leftBetween('2025-01-01', TODAY, 'SEC').length), label: 'left|leav|people|employee' }],
  })),
  q('S231', 'admin', 'who joined before 2019', () => people(ids().filter((id) => person(id).hire < '2019-01-01'))),
  q('S232', 'DEV-001', 'how many people in my team', () => figures(count(headcount({ team: 'DEV' })))),
  q('S233', 'DEV-001', 'how many people in security', () => refusal('SEC', 'Security')),
  q('S234', 'DEV-001', 'list the juniors in my team', () => people(ids({ team: 'DEV', position: 'Junior' }))),
  q('S235', 'DEV-001', 'who is Fatima Zahra', () => notFound()),
  q('S236', 'QA-001', 'newest hire on my team', () => people(newest(1, { team: 'QA' }))),
  q('S237', 'QA-001', 'how long has marcus been on the team', () => figures(years(tenureYears(person('QA-002'))))),
  q('S238', 'DEV-003', 'who is Tom Becker', () => notFound()),
  q('S239', 'DEV-003', 'when did i join', () => answer({ dates: [person('DEV-003').hire] })),
  q('S240', 'SEC-004', 'how many years have i worked here', () => figures(years(tenureYears(person('SEC-004'))))),
  q('S241', 'DAT-004', 'how many people work in the data team', () => refusal('DAT', 'Data', 'team')),
  q('S242', 'admin', 'who is Ines', () => answer({ people: ['AI-010'] })),
  q('S243', 'admin', 'how many mangers are there', () => figures(count(headcount({ position: 'Manager' })))),
  q('S244', 'admin', 'any attendance corrections pending?', () => answer({ people: [], mentions: ['correction'] })),
];
