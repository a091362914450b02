/* Who works here: headcounts, lists, profile facts, hires, leavers and tenure, asked the way people type on Slack. */
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { answer, ask, count, figures, notFound, people, refusal, years, type Figure, type Question } from '../../expectation';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureWhere, tenureYears } from '../../oracle/people-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q } from '../helpers';

const near = (f: Figure, label: string): Figure => ({ ...f, label });
const OUTSIDE = ['outside', 'scope', 'not allowed', 'only see', 'can see', 'permission', 'access'];

export const PEOPLE_QUESTIONS: Question[] = [
  q('Z001', 'admin', 'hey how many ppl do we have in QA atm', () => figures(count(headcount({ team: 'QA' })))),
  q('Z002', 'admin', 'how many are in the security folks team? need it for the board pack', () => figures(count(headcount({ team: 'SEC' })))),
  q('Z003', 'admin', 'data ppl headcount pls', () => figures(count(headcount({ team: 'DAT' })))),
  q('Z004', 'admin', 'whats our total headcount across the whole company right now', () => figures(count(headcount()))),
  q('Z005', 'admin', 'how many seniors in devlopment?', () => figures(count(headcount({ team: 'DEV', position: 'Senior' })))),
  q('Z006', 'admin', 'can you list the juniors in Quality Assurence', () => people(ids({ team: 'QA', position: 'Junior' }))),
  q('Z007', 'admin', 'who is the lead on the AI team', () => people(ids({ team: 'AI', position: 'Lead' }))),
  q('Z008', 'admin', 'how many security analysts have we got', () => figures(count(headcount({ title: 'Security Analyst' })))),
  q('Z009', 'admin', 'list the ML engineers pls', () => people(ids({ title: 'ML Engineer' }))),
  q('Z010', 'admin', 'who is SEC-002', () => answer({ people: ['SEC-002'], mentions: [person('SEC-002').title] })),
  q('Z011', 'admin', "whats chloe's start date", () => answer({ dates: [person('DEV-013').hire] })),
  q('Z012', 'admin', 'when did jmaes wilson join us', () => answer({ dates: [person('SEC-001').hire] })),
  q('Z013', 'admin', "what's Kevin O'Brien's job title", () => answer({ mentions: [person('DAT-004').title] })),
  q('Z014', 'admin', "laura silva's last day - when was it?", () => answer({ dates: [person('DAT-009').end!] })),
  q('Z015', 'admin', 'how many people joined this year so far', () => figures(count(hiredBetween('2025-01-01', TODAY).length))),
  q('Z016', 'admin', 'new starters since august?', () => people(hiredBetween('2025-08-01', TODAY))),
  q('Z017', 'admin', 'did anyone leave the AI team this year', () => people(leftBetween('2025-01-01', TODAY, 'AI'))),
  q('Z018', 'admin', 'hires and leavers this year pls, doing the quarterly HR report', () =>
    figures(
      near(count(hiredBetween('2025-01-01', TODAY).length), 'hire|join|start'),
      near(count(leftBetween('2025-01-01', TODAY).length), 'leaver|left|leaving'),
    ),
  ),
  q('Z019', 'admin', 'how many people has security lost this year', () => figures(count(leftBetween('2025-01-01', TODAY, 'SEC').length))),
  q('Z020', 'admin', "who's been here the longest in data", () => people(longestServing(1, { team: 'DAT' }))),
  q('Z021', 'admin', 'top 3 longest serving people company wide', () => people(longestServing(3))),
  q('Z022', 'admin', 'how many people have been with us less than a year', () => figures(count(tenureWhere((y) => y < 1).length))),
  q('Z023', 'admin', "who's been here more than 8 years", () => people(servedMoreThan(8))),
  q('Z024', 'admin', 'newest joiner in DEV?', () => people(newest(1, { team: 'DEV' }))),
  q('Z025', 'admin', 'how long has Ravi been with us', () => figures(years(tenureYears(person('DEV-014'))))),
  q('Z026', 'admin', 'list everyone in security incl leavers', () => people(ids({ team: 'SEC', status: 'any' }))),
  q('Z027', 'admin', 'how many mid level people in AI', () => figures(count(headcount({ team: 'AI', position: 'Mid' })))),
  q('Z028', 'admin', 'which seniors are in QA', () => people(ids({ team: 'QA', position: 'Senior' }))),
  q('Z029', 'admin', 'what position is dan okafor', () => answer({ mentions: [person('DEV-008').position] })),
  q('Z030', 'admin', 'how many managers do we have', () => figures(count(headcount({ position: 'Manager' })))),
  q('Z031', 'admin', "chris's job title?", () => ask('DEV-006', 'QA-004')),
  q('Z032', 'admin', 'what team is emma clarke in', () => answer({ people: ['SEC-004'], mentions: ['Sec'] })),
  q('Z033', 'admin', 'headcount by team pls', () => figures(...TEAM_CODES.map((team) => near(count(headcount({ team })), teamLabel(team))))),
  q('Z034', 'admin', 'how many ppl were hired before 2021', () => figures(count(ids({ status: 'any' }).filter((id) => person(id).hire < '2021-01-01').length))),
  q('Z035', 'DEV-001', 'how many ppl in my team', () => figures(count(headcount({ team: 'DEV' })))),
  q('Z036', 'DEV-001', 'list my juniors', () => people(ids({ team: 'DEV', position: 'Junior' }))),
  q('Z037', 'DEV-001', 'how many people are in QA these days', () => refusal('QA', 'Quality', ...OUTSIDE)),
  q('Z038', 'QA-001', 'who in my team joined this year', () => people(hiredBetween('2025-01-01', TODAY, 'QA'))),
  q('Z039', 'QA-001', 'who is Tom Becker', () => notFound()),
  q('Z040', 'QA-001', "who's the longest serving of the testers", () => people(longestServing(1, { team: 'QA' }))),
  q('Z041', 'DEV-001', 'which of my devs have been here over 5 years', () => people(servedMoreThan(5, { team: 'DEV' }))),
  q('Z042', 'DEV-001', "what's sofia's job title", () => answer({ mentions: [person('DEV-011').title] })),
  q('Z043', 'DEV-001', 'when did Pablo Ruiz start', () => notFound()),
  q('Z044', 'QA-001', 'how many people in the data team', () => refusal('data', 'DAT', ...OUTSIDE)),
  q('Z045', 'DEV-003', 'how many people are on my team', () => refusal('team', 'DEV', 'Development', ...OUTSIDE)),
  q('Z046', 'DEV-003', 'when did i start here', () => answer({ dates: [person('DEV-003').hire] })),
  q('Z047', 'SEC-004', "what's my job title on the system", () => answer({ mentions: [person('SEC-004').title] })),
  q('Z048', 'DAT-004', 'who is Mei Lin', () => notFound()),
  q('Z049', 'QA-003', 'how long have i been here', () => figures(years(tenureYears(person('QA-003'))))),
];
