/* Who works here: headcounts with positions and status, hires, leavers, tenure, lookups, a name shared by two people. */
import { answer, ask, count, figures, notFound, people, refusal, years } from '../../expectation';
import { person } from '../../dataset/dataset';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureYears } from '../../oracle/people-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { THIS_YEAR, q } from './shared';
import { Q3 } from './periods';

/** A headcount's label when the question says "leavers" (which would otherwise ask for a leave word). */
const HEADCOUNT = 'employee|people|person|staff';

export const PEOPLE_QUESTIONS = [
  q('T201', 'admin', 'QA hc', () => figures(count(headcount({ team: 'QA' })))),
  q('T202', 'admin', 'how many ppl do we have in total right now', () => figures(count(headcount()))),
  q('T203', 'admin', 'headcount of the data team including leavers', () => figures({ ...count(headcount({ team: 'DAT', status: 'any' })), label: HEADCOUNT })),
  q('T204', 'admin', 'how many seniors are in development', () => figures(count(headcount({ team: 'DEV', position: 'Senior' })))),
  q('T205', 'admin', 'list the juniors in the AI team', () => people(ids({ team: 'AI', position: 'Junior' }))),
  q('T206', 'admin', 'who are the leads', () => people(ids({ position: 'Lead' }))),
  q('T207', 'admin', 'how many mgrs do we have', () => figures(count(headcount({ position: 'Manager' })))),
  q('T208', 'admin', 'who left this year', () => people(leftBetween(...THIS_YEAR))),
  q('T209', 'admin', 'how many people joined in 2025', () => figures(count(hiredBetween('2025-01-01', '2025-12-31').length))),
  q('T210', 'admin', 'new starters in q3', () => people(hiredBetween(...Q3))),
  q('T211', 'admin', 'who joined the QA team this year', () => people(hiredBetween(...THIS_YEAR, 'QA'))),
  q('T212', 'admin', 'leavers in the data team', () => people(leftBetween('2000-01-01', '2025-12-31', 'DAT'))),
  q('T213', 'admin', 'how long has Ravi Patel been with us', () => figures(years(tenureYears(person('DEV-014'))))),
  q('T214', 'admin', 'longest serving 3 people in security', () => people(longestServing(3, { team: 'SEC' }))),
  q('T215', 'admin', 'who are the 2 newest hires in AI', () => people(newest(2, { team: 'AI' }))),
  q('T216', 'admin', "who's been here more than 7 years", () => people(servedMoreThan(7))),
  q('T217', 'admin', 'who is DAT-002', () => answer({ people: ['DAT-002'], mentions: ['Lead Data Engineer'] })),
  q('T218', 'admin', "what is Kevin O'Brien's job title", () => answer({ mentions: ['Data Engineer'] })),
  q('T219', 'admin', 'Chris — what team is he in?', () => ask('DEV-006', 'QA-004')),
  q('T220', 'admin', 'who is Gandalf the Grey', () => notFound()),
  q('T221', 'admin', 'how many mid-level people in QA, active only', () => figures(count(headcount({ team: 'QA', position: 'Mid' })))),
  q('T222', 'admin', 'sec headcount incl. leavers', () => figures({ ...count(headcount({ team: 'SEC', status: 'any' })), label: HEADCOUNT })),
  q('T223', 'admin', 'when did Laura Silva leave', () => answer({ dates: ['2025-10-17'] })),
  q('T224', 'admin', 'when did Noah Brown start', () => answer({ dates: ['2025-08-18'] })),
  q('T225', 'admin', 'Quick sanity check for the org chart deck: how many people are in the Artifical Inteligence team right now?', () =>
    figures(count(headcount({ team: 'AI' }))),
  ),
  q('T226', 'admin', 'who is the manager of the security team', () => people(ids({ team: 'SEC', position: 'Manager' }))),
  q('T227', 'DEV-001', 'how many people on my team', () => figures(count(headcount({ team: 'DEV' })))),
  q('T228', 'DEV-001', 'who joined my team this year', () => people(hiredBetween(...THIS_YEAR, 'DEV'))),
  q('T229', 'DEV-001', 'longest serving on my team', () => people(longestServing(1, { team: 'DEV' }))),
  q('T230', 'DEV-001', 'how many juniors do i have', () => figures(count(headcount({ team: 'DEV', position: 'Junior' })))),
  q('T231', 'QA-001', 'my team hc', () => figures(count(headcount({ team: 'QA' })))),
  q('T232', 'QA-001', 'who is Ivan', () => answer({ people: ['QA-010'] })),
  q('T233', 'QA-001', 'how many people are in the data team', () => refusal('outside', 'data', 'DAT')),
  q('T234', 'QA-001', 'how long has Grace Kim worked here', () => figures(years(tenureYears(person('QA-007'))))),
  q('T235', 'DEV-003', 'how long have i been working here', () => figures(years(tenureYears(person('DEV-003'))))),
  q('T236', 'DEV-003', 'who is Ravi Patel', () => notFound()),
  q('T237', 'SEC-004', 'what is my job title', () => answer({ mentions: ['Security Analyst'] })),
  q('T238', 'DAT-004', 'when did I join', () => answer({ dates: ['2022-02-14'] })),
];
