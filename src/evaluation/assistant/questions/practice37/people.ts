/*
 * practice37 — who works here: headcounts with filters, lists, hires and leavers, tenure, and people looked up by
 * first name, surname or id, current and former.
 */
import { answer, ask, count, people, years, type Question } from '../../expectation';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureYears } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { person } from '../../dataset/dataset';
import { endOf, filled, Q4_SO_FAR, YEAR_SO_FAR } from '../../oracle/practice37-figures';
import { q } from '../helpers';

const HEAD = 'people|employee|headcount|staff|person|member';

export const PEOPLE: readonly Question[] = [
  q('PL076', 'admin', 'How many employees do we have right now?', () => answer({ figures: [near(count(headcount()), HEAD)] })),
  q('PL077', 'admin', 'Headcount in Quality Assurence', () => answer({ figures: [near(count(headcount({ team: 'QA' })), HEAD)] })),
  q('PL078', 'admin', 'How many seniors are in Development?', () =>
    answer({ figures: [near(count(headcount({ team: 'DEV', position: 'Senior' })), 'senior|people|employee')] }),
  ),
  q('PL079', 'admin', 'List the juniors in the AI team', () => people(ids({ team: 'AI', position: 'Junior' }))),
  q('PL080', 'admin', 'How many inactive employees are there?', () =>
    answer({ figures: [near(count(headcount({ status: 'inactive' })), HEAD + '|inactive|left|leaver')] }),
  ),
  q('PL081', 'admin', 'Who are the team leads?', () => people(ids({ position: 'Lead' }))),
  q('PL082', 'admin', 'How many people joined this year?', () => answer({ figures: [near(count(hiredBetween(...YEAR_SO_FAR).length), HEAD + '|join|hire')] })),
  q('PL083', 'admin', 'Who was hired this quater?', () => people(filled(hiredBetween(...Q4_SO_FAR)))),
  q('PL084', 'admin', 'Who left the company in 2025?', () => people(filled(leftBetween('2025-01-01', '2025-12-31')))),
  q('PL085', 'admin', 'Did anyone leave the Security team this year?', () =>
    answer({ people: filled(leftBetween('2025-01-01', '2025-11-19', 'SEC')), mentions: ['yes'] }),
  ),
  q('PL086', 'admin', 'When was Laura Silva’s last day?', () => answer({ dates: [endOf('DAT-009')] })),
  q('PL087', 'admin', 'Who is AI-009?', () => answer({ people: ['AI-009'] })),
  q('PL088', 'admin', 'What is Okafor’s position?', () => answer({ mentions: [person('DEV-008').position] })),
  q('PL089', 'admin', "What's Hannah's job title?", () => answer({ mentions: [person('DEV-007').title] })),
  q('PL090', 'admin', 'When did Sana Quresh start?', () => answer({ dates: [person('AI-004').hire] })),
  q('PL091', 'admin', 'How long has Ravi Patel been with us?', () => answer({ figures: [years(tenureYears(person('DEV-014')))] })),
  q('PL092', 'admin', 'Who are the 3 longest-serving employees?', () => people(longestServing(3))),
  q('PL093', 'admin', 'Who is the newest hire in Data?', () => people(newest(1, { team: 'DAT' }))),
  q('PL094', 'admin', 'Who has been here more than 7 years?', () => people(filled(servedMoreThan(7)))),
  q('PL095', 'admin', 'How many security analysts do we have?', () =>
    answer({ figures: [near(count(headcount({ title: 'Security Analyst' })), 'analyst|people|employee')] }),
  ),
  q('PL096', 'admin', "What's Chris's start date?", () => ask('DEV-006', 'QA-004')),
  q('PL097', 'admin', 'Who were the leavers in Q3, and when did they go?', () => {
    const gone = filled(leftBetween('2025-07-01', '2025-09-30'));
    return answer({ people: gone, dates: gone.map(endOf) });
  }),
];
