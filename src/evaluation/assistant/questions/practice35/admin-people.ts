/*
 * practice35 — the admin's first week on who works here: headcounts with filters (team, level, job title,
 * leavers included or not, teams or levels left out), hires and leavers, former employees and their dates,
 * tenure and profile facts — each figure and list from the data set's people.
 */
import { answer, count, figures, people, years, type Question } from '../../expectation';
import { headcount, hiredBetween, ids, leftBetween, longestServing, select } from '../../oracle/people-figures';
import { near, withUsUnderAYear } from '../../oracle/practice10-figures';
import { teamsWithHeadcount } from '../../oracle/practice13-figures';
import { hireOf, lastDayOf, tenureOf } from '../../oracle/practice18-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { headcountOutside } from '../../oracle/practice22-figures';
import { formerStaff, Q3, YEAR_2025 } from '../../oracle/practice35-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { person } from '../../dataset/dataset';
import { q, THIS_MONTH, THIS_YEAR } from '../helpers';

const HEAD = 'people|employee|headcount|staff|person|member|ppl';
const since1Sep = ['2025-09-01', THIS_MONTH[1]] as const;

export const ADMIN_PEOPLE: readonly Question[] = [
  q('PJ036', 'admin', 'how many active employees do we have right now?', () => figures(near(count(headcount()), HEAD))),
  q('PJ037', 'admin', 'Data team headcount, leavers included', () => figures(near(count(headcount({ team: 'DAT', status: 'any' })), HEAD))),
  q('PJ038', 'admin', 'how many mids r in AI', () => figures(near(count(headcount({ team: 'AI', position: 'Mid' })), `${HEAD}|mid`))),
  q('PJ039', 'admin', 'Could you list all the leads for me?', () => people(ids({ position: 'Lead' }))),
  q('PJ040', 'admin', 'How many Security Analysts do we employ?', () => figures(near(count(select({ title: 'Security Analyst' }).length), `${HEAD}|analyst`))),
  q('PJ041', 'admin', 'which teams have more than 9 people?', () => answer({ teams: teamsWithHeadcount((n) => n > 9) })),
  q('PJ042', 'admin', 'headcount for everyone except Development', () => figures(near(count(headcountOutside(['DEV'])), HEAD))),
  q('PJ043', 'admin', 'New starters in 2025 — who are they?', () => people(hiredBetween(...YEAR_2025))),
  q('PJ044', 'admin', 'did anyone start since the beginning of September?', () => {
    const who = hiredBetween(...since1Sep);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PJ045', 'admin', 'hires and leavers this year', () =>
    figures(near(count(hiredBetween(...THIS_YEAR).length), 'hire|join|new|start'), near(count(leftBetween(...THIS_YEAR).length), 'left|leaver|depart')),
  ),
  q('PJ046', 'admin', 'who left us last quarter?', () => people(leftBetween(...Q3))),
  q('PJ047', 'admin', "What was Laura Silva's last day?", () => answer({ dates: [lastDayOf('DAT-009')] })),
  q('PJ048', 'admin', 'Ethan Hughes - when did he join and when did he leave?', () => answer({ dates: [hireOf('SEC-008'), lastDayOf('SEC-008')] })),
  q('PJ049', 'admin', 'any ex-employees from the AI team?', () => people(formerStaff('AI'))),
  q('PJ050', 'admin', "who's the longest-serving person in Security?", () => people(longestServing(1, { team: 'SEC' }))),
  q('PJ051', 'admin', 'Who has been with us for less than a year?', () => people(withUsUnderAYear())),
  q('PJ052', 'admin', 'How long has Ravi Patel been here?', () => figures(years(tenureOf('DEV-014')))),
  q('PJ053', 'admin', 'when did Chloe Dubois start?', () => answer({ dates: [hireOf('DEV-013')] })),
  q('PJ054', 'admin', "What are Mei Lin's job title and level?", () => answer({ mentions: [person('DAT-005').title, person('DAT-005').position] })),
  q('PJ055', 'admin', 'Has anyone joined this month?', () => {
    const who = hiredBetween(...THIS_MONTH);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PJ056', 'admin', 'how many people have been here more than 5 years?', () => figures(near(count(servedMoreThan(5).length), `${HEAD}|year`))),
  q('PJ057', 'admin', 'Who is SEC-003?', () => answer({ people: ['SEC-003'], mentions: [person('SEC-003').title] })),
];
