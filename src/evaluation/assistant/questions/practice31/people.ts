/*
 * practice31 — who works here: headcounts with a team, a level, a job title or a status ("including leavers",
 * "inactive"), teams over a size, the whole less a team or a level; one person's profile (who, start date, last
 * day, job title and level, tenure); hires and leavers over a period, per team, against last year to the same
 * day; the longest-serving and the newest; tenure against a line and on average.
 */
import { answer, count, figures, people, years, type Question } from '../../expectation';
import { headcount, hiredBetween, ids, leftBetween, longestServing } from '../../oracle/people-figures';
import { near, withUsUnderAYear } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { teamsWithHeadcount } from '../../oracle/practice13-figures';
import { SINCE_AUGUST, hireOf, lastDayOf } from '../../oracle/practice18-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { headcountExcept, headcountOutside } from '../../oracle/practice22-figures';
import { perTeamMoves, Q3_2025, Q4_TO_DATE } from '../../oracle/practice24-figures';
import { H1, rosterOf, YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { positionOf, titleOf, yearsOf } from '../../oracle/practice27-figures';
import { tenureMean } from '../../oracle/practice29-figures';
import { headcountPerTeam, hiredBeforeDay, hiresIn, LAST_YEAR_TO_DATE, tenurePerTeam, YEAR_2025 } from '../../oracle/practice31-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { q } from '../helpers';

const HEAD = 'people|employee|headcount|staff|person|member|ppl';

export const PEOPLE: readonly Question[] = [
  // Headcounts.
  q('PF133', 'admin', 'How many active employees do we have?', () => figures(near(count(headcount()), HEAD))),
  q('PF134', 'admin', 'hw many ppl in AI', () => figures(near(count(headcount({ team: 'AI' })), HEAD))),
  q('PF135', 'admin', 'Number of Security Analysts on staff', () => figures(near(count(headcount({ title: 'Security Analyst' })), HEAD + '|analyst'))),
  q('PF136', 'admin', 'List the ML engineers in the AI team', () => people(ids({ team: 'AI', title: 'ML Engineer' }))),
  q('PF137', 'admin', 'DAT headcount including leavers', () => figures(near(count(headcount({ team: 'DAT', status: 'any' })), HEAD + '|leaver'))),
  q('PF138', 'admin', 'How many inactive employees are there?', () => figures(near(count(headcount({ status: 'inactive' })), HEAD + '|inactive'))),
  q('PF139', 'admin', 'Which teams have more than 9 people?', () => answer({ teams: teamsWithHeadcount((n) => n > 9) })),
  q('PF140', 'admin', 'headcount per team', () => figures(...headcountPerTeam())),
  q('PF141', 'admin', 'Headcount excluding Development', () => figures(near(count(headcountOutside(['DEV'])), HEAD))),
  q('PF142', 'admin', 'How many non-juniors are in AI?', () => figures(near(count(headcountExcept(['Junior'], 'AI')), HEAD + '|junior'))),
  q('PF143', 'admin', 'how many Senior grade staff in SEC?', () => figures(near(count(headcount({ team: 'SEC', position: 'Senior' })), HEAD + '|senior'))),

  // One person.
  q('PF144', 'admin', 'Who is DAT-006?', () => answer({ people: ['DAT-006'], mentions: [positionOf('DAT-006'), titleOf('DAT-006')] })),
  q('PF145', 'admin', 'When did Chloe Dubois start?', () => answer({ dates: [hireOf('DEV-013')] })),
  q('PF146', 'admin', "What was Ethan Hughes' last day?", () => answer({ dates: [lastDayOf('SEC-008')] })),
  q('PF147', 'admin', "What's Ravi Patel's job title and level?", () => answer({ mentions: [titleOf('DEV-014'), positionOf('DEV-014')] })),
  q('PF148', 'admin', 'How long has James Wilson been with the company?', () => figures(years(yearsOf('SEC-001')))),

  // Hires, leavers, tenure.
  q('PF149', 'admin', 'longest-serving person in AI', () => people(longestServing(1, { team: 'AI' }))),
  q('PF150', 'admin', 'hires per team this quarter', () => figures(...perTeamMoves('hires', Q4_TO_DATE).map((x) => near(count(x.n), teamLabel(x.team))))),
  q('PF151', 'admin', 'how many people has DAT lost this year', () =>
    figures(near(count(leftBetween(...YEAR_TO_DATE, 'DAT').length), HEAD + '|left|leaver|lost')),
  ),
  q('PF152', 'admin', 'Hires and leavers in 2025', () =>
    figures(near(count(hiresIn(YEAR_2025)), 'hire|join|new|start'), near(count(leftBetween(...YEAR_2025).length), 'left|leaver|depart')),
  ),
  q('PF153', 'admin', 'Did anyone join in Q3?', () => {
    const joined = hiredBetween(...Q3_2025);
    return yesNo(joined.length > 0, [], { people: joined });
  }),
  q('PF154', 'admin', 'Who has left since August?', () => people(leftBetween(...SINCE_AUGUST))),
  q('PF155', 'admin', 'how many people have been here under a year', () => figures(near(count(withUsUnderAYear().length), HEAD))),
  q('PF156', 'admin', 'who has been with us more than 8 years', () => people(servedMoreThan(8))),
  q('PF157', 'admin', 'average tenure by team', () => figures(...tenurePerTeam())),
  q('PF158', 'admin', 'hires this year vs the same point last year', () =>
    figures(...[YEAR_TO_DATE, LAST_YEAR_TO_DATE].map((range) => near(count(hiresIn(range)), 'hire|join|people|year|2025|2024|last|this|new'))),
  ),
  q('PF159', 'admin', 'Who was hired before 2019?', () => people(hiredBeforeDay('2019-01-01'))),
  q('PF160', 'admin', 'who did we hire in H1?', () => people(hiredBetween(...H1))),

  // The managers.
  q('PF161', 'DEV-001', 'How big is my team?', () => figures(near(count(headcount({ team: 'DEV' })), HEAD))),
  q('PF162', 'DEV-001', 'did anyone leave my team this year', () => {
    const gone = leftBetween(...YEAR_TO_DATE, 'DEV');
    return yesNo(gone.length > 0, [], gone.length > 0 ? { people: gone } : {});
  }),
  q('PF163', 'DEV-001', 'which of my devs have been here over 5 years', () => people(servedMoreThan(5, { team: 'DEV' }))),
  q('PF164', 'QA-001', 'avg tenure across my team', () => figures(years(tenureMean({ team: 'QA' })))),
  q('PF165', 'QA-001', 'show me my team roster', () => people(rosterOf('QA'))),
];
