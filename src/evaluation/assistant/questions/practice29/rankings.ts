/*
 * practice29 — rankings with their counts (top or bottom N, throwing in the oracle when the cut is tied),
 * negations ("who had no absences", "teams with no …") and exclusions ("headcount excluding managers",
 * "everyone but DEV"), asked by the admin over a month, a week, a quarter or the year so far.
 */
import { count, days, figures, hours, people, rate, refusal, type Question } from '../../expectation';
import { measureOf, teamsByRate, type Scope } from '../../oracle/attendance-figures';
import { headcount } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { rateIn, ratesAtEnd, topBy } from '../../oracle/practice15-figures';
import { allBut, neverIn } from '../../oracle/practice19-figures';
import { headcountExcept, headcountOutside, teamsWithNone } from '../../oracle/practice22-figures';
import { hoursExtreme } from '../../oracle/practice23-figures';
import { fewestHours } from '../../oracle/practice24-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { Q3_TRACKED, Q4_SO_FAR, topWithCounts } from '../../oracle/practice29-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER } from '../helpers';

const ALL: Scope = {};
const withCounts = (list: Array<{ id: string; value: number }>, label: string, asDays = false) =>
  people(
    list.map((x) => x.id),
    ...list.map((x) => near(asDays ? days(x.value) : count(x.value), label)),
  );

export const RANKINGS: readonly Question[] = [
  // Top or bottom N, with the figures.
  q('PD031', 'admin', 'bottom 3 in DEV by hours worked in October', () => people(fewestHours({ team: 'DEV' }, OCTOBER, 3))),
  q('PD032', 'admin', 'Who were the 2 most frequent latecomers last month, and how many times was each late?', () =>
    withCounts(topWithCounts(ALL, 'late', OCTOBER, 2), 'late|time'),
  ),
  q('PD033', 'admin', 'top 4 late arrivals this quarter with counts', () => withCounts(topWithCounts(ALL, 'late', Q4_SO_FAR, 4), 'late|time')),
  q('PD034', 'admin', 'top 2 latecomers ytd', () => withCounts(topWithCounts(ALL, 'late', YEAR_TO_DATE, 2), 'late|time')),
  q('PD035', 'admin', 'Who was absent the most in September, and for how many days?', () =>
    withCounts(topWithCounts(ALL, 'absent', SEPTEMBER, 1), 'day|absen', true),
  ),
  q('PD036', 'admin', 'the 3 people with the most days absent this year', () => withCounts(topWithCounts(ALL, 'absent', YEAR_TO_DATE, 3), 'day|absen', true)),
  q('PD037', 'admin', 'who had the most half days in Q3', () => withCounts(topWithCounts(ALL, 'halfDay', Q3_TRACKED, 1), 'half')),
  q('PD038', 'admin', 'top 3 latecomers in QA last quarter', () => people(topBy({ team: 'QA' }, 'late', Q3_TRACKED, 3))),
  q('PD039', 'admin', 'lowest 3 attendance rates in DEV in October', () => people(ratesAtEnd({ team: 'DEV' }, OCTOBER, 3, 'lowest'))),
  q('PD040', 'admin', 'highest 3 attendance rates in DAT in Q3', () => people(ratesAtEnd({ team: 'DAT' }, Q3_TRACKED, 3, 'highest'))),
  q('PD041', 'admin', 'who worked the most hours in SEC last month, and how many?', () => {
    const top = hoursExtreme({ team: 'SEC' }, OCTOBER, 'most');
    return people([top.id], hours(top.hours));
  }),
  q('PD042', 'admin', 'who logged the fewest hours in AI in October and how many', () => {
    const low = hoursExtreme({ team: 'AI' }, OCTOBER, 'fewest');
    return people([low.id], hours(low.hours));
  }),
  q('PD043', 'admin', 'bottom 2 by hrs in QA last week', () => people(fewestHours({ team: 'QA' }, LAST_WEEK, 2))),
  q('PD044', 'admin', 'Rank the teams by attendance rate in October, best first', () =>
    figures(...teamsByRate(...OCTOBER).map((team) => near(rate(rateIn({ team }, OCTOBER)), teamLabel(team)))),
  ),
  q('PD045', 'admin', 'which team had the lowest attendance this quarter?', () => ({ kind: 'answer', teams: teamsByRate(...Q4_SO_FAR).slice(-1) })),
  q('PD046', 'admin', 'best team for attendance in september', () => ({ kind: 'answer', teams: teamsByRate(...SEPTEMBER).slice(0, 1) })),

  // Negations.
  q('PD047', 'admin', 'Who in DEV had no absences in October?', () => people(neverIn({ team: 'DEV' }, 'absent', OCTOBER))),
  q('PD048', 'admin', 'who in QA had no absences in September', () => people(neverIn({ team: 'QA' }, 'absent', SEPTEMBER))),
  q('PD049', 'admin', 'Which people in AI were never late in October?', () => people(neverIn({ team: 'AI' }, 'late', OCTOBER))),
  q('PD050', 'admin', 'who in SEC wasnt late at all last month', () => people(neverIn({ team: 'SEC' }, 'late', OCTOBER))),
  q('PD051', 'admin', 'Which teams had no absences last week?', () => ({ kind: 'answer', teams: teamsWithNone('absent', LAST_WEEK) })),
  q('PD052', 'admin', 'teams with no missing check-outs in October', () => ({ kind: 'answer', teams: teamsWithNone('missingCheckOut', OCTOBER) })),
  q('PD053', 'admin', 'Which AI people had no half days in October?', () => people(neverIn({ team: 'AI' }, 'halfDay', OCTOBER))),

  // Exclusions: a headcount or a list with people left out is answered; a rate is refused naming the words (docs/API.md).
  q('PD054', 'admin', 'headcount excluding managers', () => figures(near(count(headcountExcept(['Manager'])), 'people|employee|headcount|staff|person'))),
  q('PD055', 'admin', 'hc without DEV', () => figures(near(count(headcountOutside(['DEV'])), 'people|employee|headcount|staff|hc|person'))),
  q('PD056', 'admin', 'How many active employees are there outside DEV and QA?', () =>
    figures(near(count(headcountOutside(['DEV', 'QA'])), 'people|employee|headcount|staff|person')),
  ),
  q('PD057', 'admin', 'headcount of QA excluding juniors', () =>
    figures(near(count(headcountExcept(['Junior'], 'QA')), 'people|employee|headcount|staff|person')),
  ),
  q('PD058', 'admin', 'attendance rate in October for everyone except DEV', () => refusal('except', 'exclud', 'left out')),
  q('PD059', 'admin', 'list everyone in QA except the juniors and the leads', () => people(allBut('QA', ['Junior', 'Lead'], true).ids!)),
  q('PD060', 'admin', 'How many people are in each team?', () => figures(...TEAM_CODES.map((team) => near(count(headcount({ team })), teamLabel(team))))),
  q('PD061', 'admin', 'How many days was Lukas Novak late vs absent in October?', () =>
    figures(near(count(measureOf('DEV-004', 'late', ...OCTOBER)), 'late'), near(days(measureOf('DEV-004', 'absent', ...OCTOBER)), 'absen|missed|day')),
  ),
];
