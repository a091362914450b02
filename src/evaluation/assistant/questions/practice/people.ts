/* Practice questions on people and teams: headcounts, lists by level and title, hires, leavers, tenure, lookups. */
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { answer, count, figures, notFound, people, years, type Question } from '../../expectation';
import { headcount, hiredBefore, hiredBetween, ids, leftBetween, longestServing, newest, tenureYears } from '../../oracle/people-figures';
import { OCTOBER, THIS_YEAR, q } from '../helpers';

/** Today's date five years earlier. */
const FIVE_YEARS_AGO = `${Number(TODAY.slice(0, 4)) - 5}${TODAY.slice(4)}`;
const tenure = (id: string) => figures(years(tenureYears(person(id))));
const titleOf = (id: string) => answer({ people: [id], mentions: [person(id).title] });

export const PRACTICE_PEOPLE: Question[] = [
  q('P201', 'admin', 'how many people in development', () => figures(count(headcount({ team: 'DEV' })))),
  q('P202', 'admin', 'total number of leads', () => figures(count(headcount({ position: 'Lead' })))),
  q('P203', 'admin', 'list the managers in data and security', () =>
    people([...ids({ team: 'DAT', position: 'Manager' }), ...ids({ team: 'SEC', position: 'Manager' })]),
  ),
  q('P204', 'admin', 'who are the mid level ML engineers', () => people(ids({ title: 'ML Engineer', position: 'Mid' }))),
  q('P205', 'admin', 'who joined since march', () => people(hiredBetween('2025-03-01', TODAY))),
  q('P206', 'admin', 'new hires this year', () => people(hiredBetween(...THIS_YEAR))),
  q('P207', 'admin', 'how many ppl left in 2025', () => figures(count(leftBetween('2025-01-01', '2025-12-31').length))),
  q('P208', 'admin', 'who left the company since august', () => people(leftBetween('2025-08-01', TODAY))),
  q('P209', 'admin', 'who has been here the longest', () => people(longestServing(1))),
  q('P210', 'admin', 'newest 3 hires', () => people(newest(3))),
  q('P211', 'admin', 'how long has Sarah Johnson worked here', () => tenure('DAT-001')),
  q('P212', 'admin', 'tenure of wei zhang', () => tenure('AI-001')),
  q('P213', 'admin', 'who in AI joined before 2022', () => people(hiredBefore('2022-01-01', { team: 'AI' }))),
  q('P214', 'admin', 'any hires in QA last month', () => people(hiredBetween(...OCTOBER, 'QA'))),
  q('P215', 'admin', 'who leads the data team', () => people(ids({ team: 'DAT', position: 'Lead' }))),
  q('P216', 'admin', 'what team is Isabel Santos in', () => answer({ teams: [person('SEC-006').team] })),
  q('P217', 'admin', 'whos anna berg', () => titleOf('DAT-007')),
  q('P218', 'admin', 'list everyone in secuirty', () => people(ids({ team: 'SEC' }))),
  q('P219', 'admin', 'how many security analysts do we have', () => figures(count(headcount({ title: 'Security Analyst' })))),
  // Strictly more than 5 years on the day: hired before today's date five years back (whole years would miss 5.5).
  q('P220', 'admin', 'how many employees have been here more than 5 years', () => figures(count(hiredBefore(FIVE_YEARS_AGO).length))),
  q('P221', 'admin', "who's Kev O'Brien", () => titleOf('DAT-004')),
  q('P222', 'admin', 'Mo Saleh job title', () => answer({ mentions: [person('SEC-003').title] })),
  q('P223', 'admin', 'how many junior staff in the company', () => figures(count(headcount({ position: 'Junior' })))),
  q('P224', 'admin', 'seniors in the AI team who joined after 2021', () =>
    people(ids({ team: 'AI', position: 'Senior' }).filter((id) => person(id).hire >= '2022-01-01')),
  ),
  q('P225', 'admin', 'who left the data team', () => people(leftBetween('2000-01-01', TODAY, 'DAT'))),
  q('P226', 'DEV-001', 'who joined my team this year', () => people(hiredBetween(...THIS_YEAR, 'DEV'))),
  q('P227', 'DEV-001', 'how long has Ravi been with us', () => tenure('DEV-014')),
  q('P228', 'DEV-001', 'list the seniors on my team', () => people(ids({ team: 'DEV', position: 'Senior' }))),
  q('P229', 'DEV-001', 'who is Elena Petrova', () => notFound()),
  q('P230', 'QA-001', 'QA headcount pls', () => figures(count(headcount({ team: 'QA' })))),
  q('P231', 'QA-001', 'newest person on my team', () => people(newest(1, { team: 'QA' }))),
  q('P232', 'QA-001', 'tell me about Sana Qureshi', () => notFound()),
  q('P233', 'DEV-003', 'when did i start here', () => answer({ dates: [person('DEV-003').hire] })),
  q('P234', 'DAT-004', 'whats my job title', () => answer({ mentions: [person('DAT-004').title] })),
  q('P235', 'SEC-004', 'how many years have i worked here', () => tenure('SEC-004')),
  q('P236', 'DAT-004', 'who is Ahmed Ali', () => notFound()),
  q('P237', 'SEC-004', "what's Olivia Martin's position", () => notFound()),
];
