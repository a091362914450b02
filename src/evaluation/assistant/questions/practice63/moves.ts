/*
 * practice63 — hires, leavers and cohorts: who joined and who left in a month, a quarter, a half or a year, per team
 * and per level, the most recent leaver, hires against leavers, and cohorts ("of the people hired in 2023, how many are
 * still here", "which 2022 joiners have since left"). API.md: employment runs from hire date to end date (the last
 * working day); a leaver is inactive with an end date gone by. README: hires and leavers are a measure of their own,
 * with a team, a level and a status as filters; people picked by when they were hired narrow only lists of who was
 * late, absent or on leave, and anything else with them is refused naming them. Every list and count comes from
 * oracle/practice63-figures, which finds each one twice and throws when the two disagree.
 */
import { answer, count, figures, people, refusal, years, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { decided } from '../../oracle/practice59-figures';
import {
  cohort,
  H2_2025,
  heads,
  headsOfLevel,
  hiresIn,
  hiresLastDays,
  hiresPerTeam,
  lastDay,
  latestLeaver,
  leaversIn,
  LEVELS,
  OCT_2025,
  Q1_2025,
  Q2_2025,
  Q3_2025,
  YEAR_2021,
  YEAR_2022,
  YEAR_2023,
  YEAR_2024,
  YEAR_2025,
  filled,
  type Range,
} from '../../oracle/practice63-figures';
import { leaverYears } from '../../oracle/practice63-tenure';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const SO_FAR: Range = [YEAR_2025[0], TODAY];
const SINCE_AUG_1: Range = ['2025-08-01', TODAY];
const HIRED = 'hire|join|start|new|people|employee|starter|recruit';
const LEFT = 'leav|left|depart|exit|lost|gone|people|employee';
const STILL = 'still|here|with us|remain|stay|active|employ|of the|of them|people';
/** A cohort's hires, nobody missing, as a list: a question written about a cohort that is there. */
const hired = (range: Range, team?: string) => filled(hiresIn(range, team === undefined ? {} : { team }));

export const MOVES: readonly Question[] = [
  // Hires in a period.
  q('QL027', 'admin', 'how many new hires have we had so far this year?', () => figures(near(count(hiresIn(SO_FAR).length), HIRED))),
  q('QL028', 'admin', 'who started with us in Q1 2025?', () => people(hired(Q1_2025))),
  q('QL029', 'admin', 'did we hire anyone in Q2 this year?', () => {
    const list = hiresIn(Q2_2025);
    return answer({ people: list, mentions: [list.length > 0 ? 'yes' : 'no'] });
  }),
  q('QL030', 'admin', 'joiners in the second half of 2025 - names and teams', () => people(hired(H2_2025))),
  q('QL031', 'admin', 'hires per team for 2025', () => figures(...hiresPerTeam(YEAR_2025))),
  q('QL032', 'admin', 'anyone join the data team this year?', () => people(hired(YEAR_2025, 'DAT'))),
  q('QL033', 'admin', 'who did we hire in the last 90 days', () => people(filled(hiresLastDays(90)))),
  q('QL034', 'admin', 'how many mid-level hires did we make in 2023?', () => figures(headsOfLevel('Mid', hiresIn(YEAR_2023, { position: 'Mid' }).length))),
  q('QL035', 'admin', "were all of this year's new hires juniors?", () => {
    const all = hiresIn(SO_FAR);
    const juniors = hiresIn(SO_FAR, { position: 'Junior' });
    return decided(all.length === juniors.length, [near(count(all.length), `${HIRED}|junior`)]);
  }),
  q('QL036', 'admin', 'How many people joined in 2024, and how many in 2023?', () =>
    figures(near(count(hiresIn(YEAR_2024).length), ''), near(count(hiresIn(YEAR_2023).length), '')),
  ),
  q('QL037', 'admin', '2025 hires in Development, names please', () => people(hired(YEAR_2025, 'DEV'))),
  // Leavers.
  q('QL038', 'admin', 'who left the company in Q3?', () => people(filled(leaversIn(Q3_2025)))),
  q('QL039', 'admin', 'any leavers in October? when was their last day', () => {
    const list = filled(leaversIn(OCT_2025));
    return answer({ people: list, dates: list.map(lastDay) });
  }),
  q('QL040', 'admin', 'how many people have left since the start of the year?', () => figures(near(count(leaversIn(SO_FAR).length), LEFT))),
  q('QL041', 'admin', 'leavers since August with their last working day', () => {
    const list = filled(leaversIn(SINCE_AUG_1));
    return answer({ people: list, dates: list.map(lastDay) });
  }),
  q('QL042', 'admin', 'did Security lose anyone in Q3?', () => {
    const list = leaversIn(Q3_2025, { team: 'SEC' });
    return answer({ people: list, mentions: [list.length > 0 ? 'yes' : 'no'] });
  }),
  q('QL043', 'admin', 'has anyone left DEV this year', () => {
    const list = leaversIn(SO_FAR, { team: 'DEV' });
    return answer({ people: list, mentions: [list.length > 0 ? 'yes' : 'no'] });
  }),
  q('QL044', 'admin', 'who was our most recent leaver?', () => people([latestLeaver()])),
  q('QL045', 'admin', 'leavers this year split by level', () =>
    figures(
      ...LEVELS.map((position) => ({ position, n: leaversIn(SO_FAR, { position }).length }))
        .filter((x) => x.n > 0)
        .map((x) => headsOfLevel(x.position, x.n)),
    ),
  ),
  q('QL046', 'admin', 'hires vs leavers in Q3, side by side', () =>
    figures(near(count(hiresIn(Q3_2025).length), HIRED.replace('|people|employee', '')), near(count(leaversIn(Q3_2025).length), 'leav|left|depart|exit')),
  ),
  q('QL047', 'admin', 'how long had Laura Silva been with us when she left?', () => figures(years(leaverYears('DAT-009')))),
  // Cohorts.
  q('QL048', 'admin', 'of the people who joined in 2023, how many are still with us?', () => figures(near(count(cohort(YEAR_2023).stayed.length), STILL))),
  q('QL049', 'admin', 'which 2023 joiners have since left?', () => people(filled(cohort(YEAR_2023).gone))),
  q('QL050', 'admin', 'of our 2022 hires, who is no longer here', () => people(filled(cohort(YEAR_2022).gone))),
  q('QL051', 'admin', '2021 cohort - how many remain today?', () => figures(near(count(cohort(YEAR_2021).stayed.length), STILL))),
  q('QL052', 'admin', 'is everyone we hired in 2024 still here?', () => {
    const c = cohort(YEAR_2024);
    return decided(c.gone.length === 0, [near(count(c.hired.length), `${STILL}|${HIRED}`)]);
  }),
  q('QL053', 'admin', 'attendance rate last month among the people hired this year', () => refusal('hired', 'hired this year')),
  q('QL054', 'admin', 'average Q3 score for the 2024 hires', () => refusal('hires', '2024 hires', 'hired')),
  q('QL055', 'admin', 'how many people did DAT hire in 2024?', () => figures(heads(hiresIn(YEAR_2024, { team: 'DAT' }).length, 'dat|data'))),
];
