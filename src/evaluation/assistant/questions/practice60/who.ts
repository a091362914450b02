/*
 * practice60 — who works here, asked the way a new HR generalist finds their feet: a person by id or name and their
 * profile facts (start date, last day, job title, position, years here; several at once), headcounts today and on a
 * past day, by team, position and job title, teams left out, hires and leavers, who has been here longest or under a
 * year. README: "profile facts (position, job title, start date, last day, tenure; several at once)"; "Headcounts count
 * active staff unless leavers are asked for"; "a headcount on a past day … counts those employed that day". The
 * managers ask about their own team, the employees about themselves.
 */
import { answer, count, figures, people, years, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { employedCountOn } from '../../oracle/practice43-figures';
import { headN, LAST_QUARTER, none, some, THIS_QUARTER, YEAR_SO_FAR } from '../../oracle/practice53-figures';
import { headcountOf, hiredIn, leftIn, roster, yearsAgo } from '../../oracle/practice53-people';
import { hiredBefore, longestServing, yearsHere } from '../../oracle/practice55-figures';
import { yesWho } from '../../oracle/practice59-figures';
import { both, endOf, hireOf, positionOf, qd, titleOf } from '../../oracle/practice60-figures';
import { q } from '../helpers';

const WHOLE_2025: readonly [string, string] = [YEAR_SO_FAR[0], `${YEAR_SO_FAR[0].slice(0, 4)}-12-31`];
/** The active people of a team hired last (throws when two share the day). */
function newestIn(code: string): string {
  const sorted = roster({ team: code }).sort((a, b) => hireOf(b).localeCompare(hireOf(a)));
  if (sorted.length > 1 && hireOf(sorted[0]!) === hireOf(sorted[1]!)) throw new Error(`two newest in ${code}`);
  return sorted[0]!;
}
const leaversThisYear = () => some(leftIn(YEAR_SO_FAR));

export const WHO: readonly Question[] = [
  q('QI001', 'admin', "Hi, I'm new in HR this week. Who is DEV-004, and when did they start?", () =>
    answer({ people: ['DEV-004'], dates: [hireOf('DEV-004')] }),
  ),
  q('QI002', 'admin', 'how many people are in Quality Assurance at the moment, and how many of those are juniors?', () =>
    figures(headN(headcountOf({ team: 'QA' })), headN(headcountOf({ team: 'QA', position: 'Junior' }))),
  ),
  q('QI003', 'admin', "whats chloe dubois's job title + start date", () => answer({ mentions: [titleOf('DEV-013')], dates: [hireOf('DEV-013')] })),
  q('QI004', 'admin', 'Could you list the seniors in the data team? Also how long has each of them been here', () => {
    const ids = some(roster({ team: 'DAT', position: 'Senior' }));
    return answer({ people: ids, figures: ids.map((id) => years(yearsHere(id))) });
  }),
  q('QI005', 'admin', 'who did we hire in 2025? names are fine', () => people(some(hiredIn(WHOLE_2025)))),
  q('QI006', 'admin', 'has anyone left the company this year? and what were their last days', () =>
    answer({ people: leaversThisYear(), dates: leaversThisYear().map(endOf) }),
  ),
  q('QI007', 'admin', "who's been with us for under a year", () => people(some(roster().filter((id) => hireOf(id) > yearsAgo(1))))),
  q('QI008', 'admin', 'who in Security has been here longest, and since when?', () => {
    const ids = longestServing({ team: 'SEC' });
    return answer({ people: ids, dates: ids.map(hireOf) });
  }),
  qd('QI009', 'admin', 'how many employees did we have on 2025-10-01, and how many do we have now?', ['2025-10-01'], (d) =>
    figures(headN(employedCountOn(d)), headN(headcountOf())),
  ),
  q('QI010', 'admin', 'security analysts - how many, and who?', () => {
    const ids = some(roster({ title: 'Security Analyst' }));
    return answer({ people: ids, figures: [headN(ids.length, 'analyst')] });
  }),
  q('QI011', 'admin', 'Which people did we take on this quarter, and in which team?', () => people(some(hiredIn(THIS_QUARTER)))),
  q('QI012', 'admin', 'number of joiners and leavers so far in 2025? just the numbers please', () =>
    figures(near(count(hiredIn(YEAR_SO_FAR).length), 'hire|hiring|join|new|start'), near(count(leftIn(YEAR_SO_FAR).length), 'leaver|left|leav|depart')),
  ),
  q('QI013', 'admin', 'newest starter in AI? and what do they do', () => {
    const id = newestIn('AI');
    return answer({ people: [id], mentions: [titleOf(id)] });
  }),
  q('QI014', 'admin', 'is Laura Silva still with us? if not, when was her last day', () => answer({ people: ['DAT-009'], dates: [endOf('DAT-009')] })),
  q('QI015', 'admin', 'how many managers are there company wide, and how many leads', () =>
    figures(headN(headcountOf({ position: 'Manager' }), 'manager'), headN(headcountOf({ position: 'Lead' }), 'lead')),
  ),
  q('QI016', 'admin', 'mid level folks in security?', () => people(some(roster({ team: 'SEC', position: 'Mid' })))),
  q('QI017', 'admin', 'ppl still here who were hired b4 2022 - how many?', () => figures(headN(some(hiredBefore('2022-01-01')).length))),
  q('QI018', 'admin', 'Ravi Patel: start date, job title and seniority level please', () =>
    answer({ dates: [hireOf('DEV-014')], mentions: [titleOf('DEV-014'), positionOf('DEV-014')] }),
  ),
  q('QI019', 'admin', 'start dates for Omar Haddad and Grace Kim?', () =>
    answer({ people: ['DEV-010', 'QA-007'], dates: [hireOf('DEV-010'), hireOf('QA-007')] }),
  ),
  q('QI020', 'admin', 'did Sofia Rossi start before Mei Lin? give me both start dates', () =>
    answer({ dates: [hireOf('DEV-011'), hireOf('DAT-005')], mentions: [hireOf('DEV-011') < hireOf('DAT-005') ? 'yes' : 'no'] }),
  ),
  q('QI021', 'admin', "excluding QA and AI, what's our headcount?", () =>
    figures(headN(headcountOf() - headcountOf({ team: 'QA' }) - headcountOf({ team: 'AI' }))),
  ),
  q('QI022', 'admin', 'how many non-juniors are in Security right now?', () =>
    figures(headN(headcountOf({ team: 'SEC' }) - headcountOf({ team: 'SEC', position: 'Junior' }))),
  ),
  q('QI023', 'admin', 'did we hire anybody last quarter? who', () => yesWho(some(hiredIn(LAST_QUARTER)))),

  // The managers, about their own team.
  q('QI024', 'DEV-001', 'who are the juniors on my team, and when did each of them start?', () => {
    const ids = some(roster({ team: 'DEV', position: 'Junior' }));
    return answer({ people: ids, dates: ids.map(hireOf) });
  }),
  q('QI025', 'DEV-001', 'who on my team has been here the longest? how many years is that', () => {
    const ids = longestServing({ team: 'DEV' });
    return answer({ people: ids, figures: ids.map((id) => years(yearsHere(id))) });
  }),
  q('QI026', 'QA-001', 'which of my people are leads or seniors?', () =>
    people(both(some(roster({ team: 'QA', position: 'Lead' })), some(roster({ team: 'QA', position: 'Senior' })))),
  ),
  q('QI027', 'QA-001', "When did Ivan Petrov start? also what's his title", () => answer({ dates: [hireOf('QA-010')], mentions: [titleOf('QA-010')] })),
  q('QI028', 'QA-001', 'has anybody joined my team this year', () => yesWho(some(hiredIn(YEAR_SO_FAR, 'QA')))),
  q('QI029', 'DEV-001', 'any leavers from my team in 2025?', () => yesWho(none(leftIn(WHOLE_2025, 'DEV')))),

  // The employees, about themselves.
  q('QI030', 'DEV-003', "when did I start here, and what's my official job title?", () =>
    answer({ dates: [hireOf('DEV-003')], mentions: [titleOf('DEV-003')] }),
  ),
  q('QI031', 'SEC-004', 'what position am I at, and how many years have I been here', () =>
    answer({ mentions: [positionOf('SEC-004')], figures: [years(yearsHere('SEC-004'))] }),
  ),
  q('QI032', 'DAT-004', 'my start date pls, and my title', () => answer({ dates: [hireOf('DAT-004')], mentions: [titleOf('DAT-004')] })),
  q('QI033', 'QA-003', 'how long have i worked here', () => figures(years(yearsHere('QA-003')))),
];
