/*
 * practice70 — who works here, in combinations no example shows: a level within a team, a job title within a level,
 * a status with a title, a level left out of a team or a team out of a level, hires by level and year or by team and
 * half-year, leavers over a span, a past day's headcount, tenure against a line within a team, the earliest or latest
 * hires of a level in a team. Each figure is checked to change when any one stated constraint is dropped, so every
 * word of the question matters to it.
 */
import type { Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { byHire, employedOnDay, headcount, hiredIn, idsOf, leftIn, lessParts, listOf, misspelt, onlyOne, tenureLine } from '../../oracle/practice70-people';
import { matters } from '../../oracle/practice70-figures';
import { as, day, range, since, thisYear, wholeYear } from '../../oracle/practice70-periods';
import { select, tenureYears } from '../../oracle/people-figures';
import { q } from '../helpers';
import { answer, count, figures, people } from './shared';

const n = (v: number) => figures(count(v));
const Y2025 = () => as(wholeYear(), '2025-01-01', '2025-12-31');
const Y2023 = () => range('2023-01-01', '2023-12-31');
const noLeaver = (ids: string[]) => {
  if (ids.some((id) => person(id).end !== null)) throw new Error('a leaver among the hires');
  return ids;
};
/** Active people with at least n whole years (read the same on the calendar). */
const atLeast = (years: number, team?: string) =>
  select({ team })
    .filter((p) => tenureYears(p) >= years)
    .map((p) => p.id);

export const PEOPLE: readonly Question[] = [
  // Headcounts: a level within a team, a title within a level, a status.
  q('QS001', 'admin', 'how many mid-level people does the data team have right now?', () =>
    n(
      matters(
        headcount({ team: 'DAT', position: 'Mid' }),
        () => headcount({ team: 'DAT' }),
        () => headcount({ position: 'Mid' }),
      ),
    ),
  ),
  q('QS002', 'admin', 'DAT mids incl. leavers - how many?', () =>
    n(matters(headcount({ team: 'DAT', position: 'Mid', status: 'any' }), () => headcount({ team: 'DAT', position: 'Mid' }))),
  ),
  q('QS003', 'admin', 'how many data analysts are juniors?', () =>
    n(
      matters(
        headcount({ title: 'Data Analyst', position: 'Junior' }),
        () => headcount({ title: 'Data Analyst' }),
        () => headcount({ position: 'Junior' }),
      ),
    ),
  ),
  q('QS004', 'admin', 'number of security analysts we have had, counting the ones who left', () =>
    figures({
      ...count(matters(headcount({ title: 'Security Analyst', status: 'any' }), () => headcount({ title: 'Security Analyst' }))),
      label: 'analyst|employee|people|staff|person',
    }),
  ),
  q('QS005', 'DEV-001', 'how many seniors do i have on my team?', () =>
    n(matters(headcount({ team: 'DEV', position: 'Senior' }), () => headcount({ team: 'DEV' }))),
  ),
  // The whole less a part.
  q('QS006', 'admin', 'how many seniors are there across the company, leaving out security', () =>
    n(matters(lessParts({ position: 'Senior' }, { teams: ['SEC'] }).length, () => headcount({ position: 'Senior' }))),
  ),
  q('QS007', 'admin', 'juniors outside DEV and QA - headcount?', () =>
    n(matters(lessParts({ position: 'Junior' }, { teams: ['DEV', 'QA'] }).length, () => lessParts({ position: 'Junior' }, { teams: ['DEV'] }).length)),
  ),
  q('QS008', 'admin', 'how many people in the AI team not counting the juniors', () =>
    n(matters(lessParts({ team: 'AI' }, { positions: ['Junior'] }).length, () => headcount({ team: 'AI' }))),
  ),
  q('QS009', 'QA-001', 'headcount of QA without the juniors and the leads', () =>
    n(
      matters(
        lessParts({ team: 'QA' }, { positions: ['Junior', 'Lead'] }).length,
        () => lessParts({ team: 'QA' }, { positions: ['Junior'] }).length,
        () => lessParts({ team: 'QA' }, { positions: ['Lead'] }).length,
      ),
    ),
  ),
  // Lists.
  q('QS010', 'admin', 'which senior ML engineers do we have', () =>
    people(
      matters(
        listOf({ title: 'ML Engineer', position: 'Senior' }),
        () => idsOf({ title: 'ML Engineer' }),
        () => idsOf({ position: 'Senior', team: 'AI' }),
      ),
    ),
  ),
  q('QS011', 'QA-001', 'list my mid-levels pls', () => people(listOf({ team: 'QA', position: 'Mid' }, 'QA-001'))),
  q('QS012', 'admin', 'which leads joined before 2020?', () =>
    people(
      matters(
        listOf({ position: 'Lead' }).filter((id) => person(id).hire < day('2020-01-01')),
        () => idsOf({ position: 'Lead' }),
      ),
    ),
  ),
  // Hires and leavers.
  q('QS013', 'admin', 'how many mid-levels did we hire in 2023', () =>
    n(
      matters(
        hiredIn(Y2023(), { position: 'Mid' }).length,
        () => hiredIn(Y2023()).length,
        () => hiredIn(Y2025(), { position: 'Mid' }).length,
      ),
    ),
  ),
  q('QS014', 'admin', 'who joined DEV in the first half of 2025?', () =>
    people(
      noLeaver(
        matters(
          hiredIn(range('2025-01-01', '2025-06-30'), { team: 'DEV' }),
          () => hiredIn(Y2025(), { team: 'DEV' }),
          () => hiredIn(range('2025-01-01', '2025-06-30')),
        ),
      ),
    ),
  ),
  q('QS015', 'QA-001', 'how many people have joined QA since the start of 2024?', () =>
    n(matters(hiredIn(as(since('2024-01-01'), '2024-01-01', '2025-11-19'), { team: 'QA' }).length, () => hiredIn(since('2024-01-01')).length)),
  ),
  q('QS016', 'admin', 'how many people has the data team lost this year', () =>
    n(matters(leftIn(as(thisYear(), '2025-01-01', '2025-11-19'), { team: 'DAT' }).length, () => leftIn(thisYear()).length)),
  ),
  q('QS017', 'admin', 'who left us between august and october?', () =>
    people(matters(leftIn(range('2025-08-01', '2025-10-31')), () => leftIn(range('2025-09-01', '2025-10-31')))),
  ),
  q('QS018', 'admin', 'how many people did we employ on 20 October 2025', () => n(matters(employedOnDay(day('2025-10-20')), () => headcount()))),
  // Tenure within a team or level.
  q('QS019', 'admin', 'who in DEV has been here at least 7 years', () =>
    people(
      matters(
        atLeast(7, 'DEV'),
        () => atLeast(7),
        () => atLeast(6, 'DEV'),
      ),
    ),
  ),
  q('QS020', 'QA-001', "who on my team has less than 2 years' service?", () =>
    people(
      matters(
        tenureLine(2, 'less', { team: 'QA' }),
        () => tenureLine(1, 'less', { team: 'QA' }),
        () => tenureLine(2, 'less'),
      ),
    ),
  ),
  q('QS021', 'DEV-001', 'how many on my team have been with us under a year', () =>
    n(matters(tenureLine(1, 'less', { team: 'DEV' }).length, () => tenureLine(1, 'less').length)),
  ),
  q('QS022', 'admin', 'longest-serving senior in the AI team?', () =>
    people(
      matters(
        byHire({ team: 'AI', position: 'Senior' }, 1, 'earliest'),
        () => byHire({ team: 'AI' }, 1, 'earliest'),
        () => byHire({ position: 'Senior' }, 1, 'earliest'),
      ),
    ),
  ),
  q('QS023', 'DEV-001', 'the 2 newest juniors on my team', () =>
    people(matters(byHire({ team: 'DEV', position: 'Junior' }, 2, 'latest', 'DEV-001'), () => byHire({ position: 'Junior' }, 2, 'latest'))),
  ),
  q('QS024', 'admin', "who's the newest hire in data", () => people(matters(byHire({ team: 'DAT' }, 1, 'latest'), () => byHire({}, 1, 'latest')))),
  // A person's facts, by id, misspelling or a first name one person has.
  q('QS025', 'QA-001', 'when did zoe adms start, and what level is she?', () => {
    const p = person(misspelt('Zoe Adms', 'QA-009'));
    return answer({ dates: [p.hire], mentions: [p.position] });
  }),
  q('QS026', 'admin', 'sec-007: title and start date', () => answer({ dates: [person('SEC-007').hire], mentions: [person('SEC-007').title] })),
  q('QS027', 'DEV-001', "what's Ravi's position and when did he start", () => {
    const p = person(onlyOne('Ravi'));
    return answer({ dates: [p.hire], mentions: [p.position] });
  }),
  q('QS028', 'admin', 'when did the two most recent AI hires start', () => {
    const ids = byHire({ team: 'AI' }, 2, 'latest');
    return answer({ people: ids, dates: ids.map((id) => person(id).hire) });
  }),
];
