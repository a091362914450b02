/*
 * practice50 — people picked out by when they joined or left: whoever joined in a month or a quarter, the new
 * starters of a year, a level's hires, the people hired before a year, the newest hire and the longest-serving person
 * of the company, a level or a team (the only one: a tie would throw), service against a line in years (README:
 * "with us less than a year"; "at least 7 years" is read on the calendar and in whole years alike; "more than 8
 * years" only where the two readings agree), average service of a level, the QA manager's service, and leavers.
 * The admin, both managers about their own team, and the employees about themselves.
 */
import { answer, figures, people, years, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { BEFORE_2020, MAR, none, OCT, only, Q1_DAYS, Q2_DAYS, Q3_DAYS, some, YEAR_2024, YEAR_SO_FAR, headN } from '../../oracle/practice50-figures';
import { averageYears, byTenure, endOf, hireOf, hires, leaversOf, roster, servedPast, yearsOf } from '../../oracle/practice50-people';
import { q } from '../helpers';

/** The one person a description of one picks out, as a list. */
const one = (id: string) => people([id]);

export const JOINERS: readonly Question[] = [
  // Whoever joined in a month, a quarter, a year.
  q('PY051', 'admin', 'who joined in March?', () => people(some(hires(MAR)))),
  q('PY052', 'admin', 'new starters in Q1', () => people(some(hires(Q1_DAYS)))),
  q('PY053', 'admin', 'how many people joined in the third quarter', () => figures(headN(hires(Q3_DAYS).length))),
  q('PY054', 'admin', 'did anyone join in Q2?', () => yesNo(false, [], { people: none(hires(Q2_DAYS)) })),
  q('PY055', 'admin', 'who started with us in october', () => people(some(hires(OCT)))),
  q('PY056', 'admin', 'which junoirs joined this year', () => people(some(hires(YEAR_SO_FAR, { position: 'Junior' })))),
  q('PY057', 'admin', 'did we hire any seniors this year?', () => yesNo(false, [], { people: none(hires(YEAR_SO_FAR, { position: 'Senior' })) })),
  q('PY058', 'admin', 'how many juniors did we hire in 2024', () => figures(headN(hires(YEAR_2024, { position: 'Junior' }).length))),
  q('PY059', 'admin', 'who was hired before 2020?', () => people(some(hires(BEFORE_2020)))),

  // The newest and the longest-serving.
  q('PY060', 'admin', 'newest hire?', () => one(byTenure({}, 'newest'))),
  q('PY061', 'admin', 'who is our longest-serving employee', () => one(byTenure({}, 'longest'))),
  q('PY062', 'admin', 'longest serving senior on staff', () => one(byTenure({ position: 'Senior' }, 'longest'))),
  q('PY063', 'admin', "who's the newest senior", () => one(byTenure({ position: 'Senior' }, 'newest'))),
  q('PY064', 'admin', 'most recent joiner in the data team', () => one(byTenure({ team: 'DAT' }, 'newest'))),
  q('PY065', 'admin', 'who has been in Security the longest', () => one(byTenure({ team: 'SEC' }, 'longest'))),
  q('PY066', 'admin', 'longest-serving junior we still have', () => one(byTenure({ position: 'Junior' }, 'longest'))),

  // Service against a line, and on average.
  q('PY067', 'admin', 'anyone with 8 or more years of service?', () => people(some(servedPast({}, 'ge', 8)))),
  q('PY068', 'admin', "which seniors have at least 5 years' service", () => people(some(servedPast({ position: 'Senior' }, 'ge', 5)))),
  q('PY069', 'admin', 'headcount of people under 1 yr tenure', () => figures(headN(servedPast({}, 'lt', 1).length))),
  q('PY070', 'admin', 'which managers have been here more than 8 years', () => people(some(servedPast({ position: 'Manager' }, 'gt', 8)))),
  q('PY071', 'admin', 'which leads have been here 6 years or more', () => people(some(servedPast({ position: 'Lead' }, 'ge', 6)))),
  q('PY072', 'admin', 'average tenure of the leads', () => figures(years(averageYears({ position: 'Lead' })))),
  q('PY073', 'admin', 'avg years of service for the mid-levels', () => figures(years(averageYears({ position: 'Mid' })))),
  q('PY074', 'admin', 'how long has the QA manager been here', () => {
    const id = only(roster({ team: 'QA', position: 'Manager' }));
    return figures(years(yearsOf(id)));
  }),
  q('PY075', 'admin', 'when did the security lead start?', () => answer({ dates: [hireOf(only(roster({ team: 'SEC', position: 'Lead' })))] })),

  // Leavers.
  q('PY076', 'admin', 'how many people left DAT this year', () => figures(headN(leaversOf({ team: 'DAT' }, YEAR_SO_FAR).length))),
  q('PY077', 'admin', 'did any juniors leave this year?', () => yesNo(true, [], { people: some(leaversOf({ position: 'Junior' }, YEAR_SO_FAR)) })),
  q('PY078', 'admin', 'who left the data team and when?', () => {
    const id = only(leaversOf({ team: 'DAT' }));
    return answer({ people: [id], dates: [endOf(id)] });
  }),
  q('PY079', 'admin', 'hires and leavers in Q3', () => people(some([...hires(Q3_DAYS), ...leaversOf({}, Q3_DAYS)]))),

  // The managers, about their own team.
  q('PY080', 'DEV-001', 'newest person on my team?', () => one(byTenure({ team: 'DEV' }, 'newest'))),
  q('PY081', 'DEV-001', 'who on my team has been here the longest', () => one(byTenure({ team: 'DEV' }, 'longest'))),
  q('PY082', 'DEV-001', 'which of my seniors have 5+ years of service', () => people(some(servedPast({ team: 'DEV', position: 'Senior' }, 'ge', 5)))),
  q('PY083', 'QA-001', 'average years of service of my seniors', () => figures(years(averageYears({ team: 'QA', position: 'Senior' })))),
  q('PY084', 'QA-001', 'who joined my team this year', () => people(some(hires(YEAR_SO_FAR, { team: 'QA' })))),
  q('PY085', 'QA-001', 'longest-serving senior in my team', () => one(byTenure({ team: 'QA', position: 'Senior' }, 'longest'))),
  q('PY086', 'QA-001', 'has anyone left my team this year?', () => yesNo(false, [], { people: none(leaversOf({ team: 'QA' }, YEAR_SO_FAR)) })),

  // Employees, about themselves.
  q('PY087', 'DEV-003', 'how long have I worked here', () => figures(years(yearsOf('DEV-003')))),
  q('PY088', 'SEC-004', 'have I been here at least 3 years?', () => yesNo(servedPast({}, 'ge', 3).includes('SEC-004'), [])),
  q('PY089', 'QA-003', 'when did I start?', () => answer({ dates: [hireOf('QA-003')] })),
  q('PY090', 'DAT-004', 'did I join this year?', () => yesNo(YEAR_SO_FAR[0] <= hireOf('DAT-004'), [], { mentions: [hireOf('DAT-004').slice(0, 4)] })),
];
