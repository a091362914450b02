/* Second practice set, people: headcounts by team, level and status; hires, leavers, tenure, lookups; what is not held. */
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { TEAMS as TEAM_NAMES } from '../../dataset/people';
import { answer, count, figures, notFound, people, refusal, years, type Figure, type Question } from '../../expectation';
import { headcount, hiredBefore, hiredBetween, ids, leftBetween, longestServing, newest, select, tenureYears } from '../../oracle/people-figures';
import { SEPTEMBER, THIS_YEAR, q } from '../helpers';

const TEAMS = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];
/** Today's date one year earlier: hired after it is "less than a year". */
const ONE_YEAR_AGO = `${Number(TODAY.slice(0, 4)) - 1}${TODAY.slice(4)}`;
const tenure = (id: string) => figures(years(tenureYears(person(id))));
const titleOf = (id: string) => answer({ people: [id], mentions: [person(id).title] });
/** A team's headcount, read next to its code or name (the grader reads the answer lower-cased). */
const teamCount = (team: string): Figure => ({ value: headcount({ team }), as: 'count', label: `${team.toLowerCase()}|${TEAM_NAMES[team]!.toLowerCase()}` });

export const PRACTICE2_PEOPLE: Question[] = [
  q('Q201', 'admin', 'total headcount', () => figures(count(headcount()))),
  q('Q202', 'admin', 'how many ppl in AI', () => figures(count(headcount({ team: 'AI' })))),
  q('Q203', 'admin', 'headcount by team', () => figures(...TEAMS.map(teamCount))),
  q('Q204', 'admin', 'how many juniors in QA', () => figures(count(headcount({ team: 'QA', position: 'Junior' })))),
  q('Q205', 'admin', 'list the seniors in security', () => people(ids({ team: 'SEC', position: 'Senior' }))),
  q('Q206', 'admin', 'how many mid-levels are there', () => figures(count(headcount({ position: 'Mid' })))),
  q('Q207', 'admin', 'which leads do we have in AI and data', () =>
    people([...ids({ team: 'AI', position: 'Lead' }), ...ids({ team: 'DAT', position: 'Lead' })]),
  ),
  // "leavers" would make the grader read the count next to leave words: the label says it counts people.
  q('Q208', 'admin', 'how many people in the data team including leavers', () =>
    figures({ value: headcount({ team: 'DAT', status: 'any' }), as: 'count', label: 'employee|people|person|staff' }),
  ),
  q('Q209', 'admin', 'who are the inactive employees', () => people(ids({ status: 'inactive' }))),
  q('Q210', 'admin', 'who left in september', () => people(leftBetween(...SEPTEMBER))),
  q('Q211', 'admin', 'any leavers in Q3', () => people(leftBetween('2025-07-01', '2025-09-30'))),
  q('Q212', 'admin', 'how many people did we hire in 2024', () => figures(count(hiredBetween('2024-01-01', '2024-12-31').length))),
  q('Q213', 'admin', 'hires in the AI team this year', () => people(hiredBetween(...THIS_YEAR, 'AI'))),
  q('Q214', 'admin', 'who joined in november', () => people(hiredBetween('2025-11-01', '2025-11-30'))),
  q('Q215', 'admin', 'longest serving employee in DEV', () => people(longestServing(1, { team: 'DEV' }))),
  q('Q216', 'admin', 'top 5 longest tenured people', () => people(longestServing(5))),
  q('Q217', 'admin', 'most recent hire in data', () => people(newest(1, { team: 'DAT' }))),
  q('Q218', 'admin', 'when did Julia Fischer start', () => answer({ dates: [person('DAT-003').hire] })),
  q('Q219', 'admin', 'how long has Olivia Martin been here', () => tenure('SEC-002')),
  q('Q220', 'admin', 'what does Diego Alvarez do', () => answer({ mentions: [person('AI-005').title] })),
  q('Q221', 'admin', 'whos AI-002', () => titleOf('AI-002')),
  q('Q222', 'admin', 'how many people have been with us less than a year', () => figures(count(select().filter((p) => p.hire > ONE_YEAR_AGO).length))),
  q('Q223', 'admin', 'who joined before 2019', () => people(hiredBefore('2019-01-01'))),
  q('Q224', 'admin', 'which team is Felix in', () => answer({ teams: [person('AI-003').team] })),
  q('Q225', 'admin', "whats laura silva's last day", () => answer({ dates: [person('DAT-009').end!] })),
  q('Q226', 'admin', 'how many managers are there', () => figures(count(headcount({ position: 'Manager' })))),
  q('Q227', 'admin', 'list the juniors in the quality assurance team', () => people(ids({ team: 'QA', position: 'Junior' }))),
  q('Q228', 'admin', 'hey how many ppl we got in secruity rn', () => figures(count(headcount({ team: 'SEC' })))),
  q('Q229', 'admin', 'how many people joined between june 2024 and june 2025', () => figures(count(hiredBetween('2024-06-01', '2025-06-30').length))),
  q('Q230', 'admin', 'list all the leads', () => people(ids({ position: 'Lead' }))),
  q('Q231', 'admin', 'how many people has the AI team lost this year', () => figures(count(leftBetween(...THIS_YEAR, 'AI').length))),
  // Not held by the service.
  q('Q232', 'admin', 'whats the salary of Ravi Patel', () => refusal('salary')),
  q('Q233', 'admin', 'which office has the most people', () => refusal('office')),
  q('Q234', 'admin', 'how many contractors do we have', () => refusal('contractor')),
  q('Q235', 'admin', "when is Yuki Tanaka's birthday", () => refusal('birthday')),
  q('Q236', 'admin', 'how many ppl will we need to hire next year', () => refusal('predict', 'forecast', 'next year', 'future')),
  q('Q237', 'admin', 'phone number for Grace Kim', () => refusal('phone')),
  q('Q238', 'admin', 'which employees are on a work visa', () => refusal('visa')),
  q('Q254', 'admin', 'who is the ceo', () => refusal('ceo')),
  q('Q255', 'admin', "what's the dress code", () => refusal('dress')),
  // A manager.
  q('Q239', 'DEV-001', 'how many people on my team', () => figures(count(headcount({ team: 'DEV' })))),
  q('Q240', 'DEV-001', 'juniors in my team', () => people(ids({ team: 'DEV', position: 'Junior' }))),
  q('Q241', 'DEV-001', 'who is the newest member of the dev team', () => people(newest(1, { team: 'DEV' }))),
  q('Q242', 'DEV-001', 'how long has Lukas been on the team', () => tenure('DEV-004')),
  q('Q243', 'DEV-001', 'headcount for AI', () => refusal('AI', 'artificial')),
  q('Q244', 'DEV-001', 'who is Wei Zhang', () => notFound()),
  q('Q245', 'QA-001', 'anyone leave my team this year', () => people(leftBetween(...THIS_YEAR, 'QA'))),
  q('Q246', 'QA-001', 'who joined QA in 2025', () => people(hiredBetween('2025-01-01', '2025-12-31', 'QA'))),
  q('Q247', 'QA-001', 'longest serving on my team', () => people(longestServing(1, { team: 'QA' }))),
  q('Q248', 'QA-001', "what's Tom Becker's start date", () => notFound()),
  // An employee.
  q('Q249', 'DEV-003', "what's my position", () => answer({ mentions: [person('DEV-003').position] })),
  q('Q250', 'QA-003', 'what team am i on', () => answer({ teams: [person('QA-003').team] })),
  q('Q251', 'DAT-004', 'when did I join', () => answer({ dates: [person('DAT-004').hire] })),
  q('Q252', 'DAT-004', "what's Mei Lin's job title", () => notFound()),
  q('Q256', 'QA-003', "what's my salary", () => refusal('salary', 'pay')),
  q('Q253', 'SEC-004', 'how long have i been at the company', () => tenure('SEC-004')),
];
