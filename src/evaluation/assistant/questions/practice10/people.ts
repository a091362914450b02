/* Who works here: headcounts, lists, look-ups, start and last days, tenure, hires and leavers — every role, varied styles. */
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { answer, ask, count, figures, people, years, type Question } from '../../expectation';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureYears } from '../../oracle/people-figures';
import { near, withUsUnderAYear } from '../../oracle/practice10-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q, THIS_YEAR } from '../helpers';

const startOf = (id: string) => person(id).hire;
const lastDayOf = (id: string) => person(id).end!;

export const PEOPLE_QUESTIONS: Question[] = [
  q('Y114', 'admin', 'How many employees are in QA?', () => figures(count(headcount({ team: 'QA' })))),
  q('Y115', 'admin', 'how many ppl do we have in total', () => figures(count(headcount()))),
  q('Y116', 'admin', 'hw many seniors r in dev', () => figures(count(headcount({ team: 'DEV', position: 'Senior' })))),
  q('Y117', 'DEV-001', 'how many juniors do I manage?', () => figures(count(headcount({ team: 'DEV', position: 'Junior' })))),
  q('Y118', 'admin', 'which seniors are in Development', () => people(ids({ team: 'DEV', position: 'Senior' }))),
  q('Y119', 'admin', 'list the QA juniors', () => people(ids({ team: 'QA', position: 'Junior' }))),
  q('Y120', 'admin', 'how many security analysts do we have?', () =>
    figures(near(count(headcount({ title: 'Security Analyst' })), 'analyst|people|employee|staff|person')),
  ),
  q('Y121', 'admin', 'who are the ML engineers in the AI team', () => people(ids({ team: 'AI', title: 'ML Engineer' }))),
  q('Y122', 'admin', 'Who is DEV-001?', () => answer({ people: ['DEV-001'], mentions: ['Manager'] })),
  q('Y123', 'QA-001', "what's Grace Kim's job title", () => answer({ mentions: ['Test Automation Engineer'] })),
  q('Y124', 'admin', 'when did chloe start', () => answer({ dates: [startOf('DEV-013')] })),
  q('Y125', 'admin', "what was Laura Silva's last day?", () => answer({ dates: [lastDayOf('DAT-009')] })),
  q('Y126', 'admin', 'how long has Ravi Patel been with us', () => figures(years(tenureYears(person('DEV-014'))))),
  q('Y127', 'DEV-003', 'how long have I worked here', () => figures(years(tenureYears(person('DEV-003'))))),
  q('Y128', 'admin', 'who is the longest-serving person in QA', () => people(longestServing(1, { team: 'QA' }))),
  q('Y129', 'admin', 'newest hire in the data team?', () => people(newest(1, { team: 'DAT' }))),
  q('Y130', 'admin', 'How many people joined this year?', () => figures(count(hiredBetween(...THIS_YEAR).length))),
  q('Y131', 'admin', 'who joined since august', () => people(hiredBetween('2025-08-01', TODAY))),
  q('Y132', 'admin', 'who left this year', () => people(leftBetween(...THIS_YEAR))),
  q('Y133', 'admin', 'did anyone leave the data team this year?', () => people(leftBetween(...THIS_YEAR, 'DAT'))),
  q('Y134', 'admin', 'how many people has QA lost', () => people(leftBetween('2000-01-01', TODAY, 'QA'))),
  q('Y135', 'admin', 'hires and leavers in 2025', () =>
    figures(
      near(count(hiredBetween('2025-01-01', '2025-12-31').length), 'hire|hired|join|joiner|new|started'),
      near(count(leftBetween('2025-01-01', '2025-12-31').length), 'leaver|left|leav'),
    ),
  ),
  q('Y136', 'admin', 'how many people have been with us less than a year', () => figures(count(withUsUnderAYear().length))),
  q('Y137', 'SEC-004', "what's my job title?", () => answer({ mentions: ['Security Analyst'] })),
  q('Y138', 'DAT-004', 'when did i start', () => answer({ dates: [startOf('DAT-004')] })),
  q('Y139', 'admin', 'how many managers are there', () => figures(count(headcount({ position: 'Manager' })))),
  q('Y140', 'admin', 'who has been here more than 7 years', () => people(servedMoreThan(7))),
  q('Y141', 'admin', 'headcount for SEC including leavers', () =>
    figures(near(count(headcount({ team: 'SEC', status: 'any' })), 'people|employee|staff|member|headcount|person|leav')),
  ),
  q('Y142', 'DEV-001', 'how many people r in my team', () => figures(count(headcount({ team: 'DEV' })))),
  q('Y143', 'QA-001', 'list my team', () => people(ids({ team: 'QA' }))),
  q('Y144', 'admin', 'Good morning! Could you kindly tell me how many people currently work in the Artificial Intelligence team? Thank you so much.', () =>
    figures(count(headcount({ team: 'AI' }))),
  ),
  q('Y145', 'admin', 'whats chris start date', () => ask('DEV-006', 'QA-004')),
  q('Y146', 'QA-001', "whats chris's start date", () => answer({ dates: [startOf('QA-004')] })),
  q('Y147', 'admin', 'Jmaes Wilson position?', () => answer({ mentions: ['Manager'] })),
  q('Y148', 'DEV-001', 'which of my team joined in 2025', () => people(hiredBetween('2025-01-01', '2025-12-31', 'DEV'))),
];
