/*
 * practice51 — one figure for each member of a team (README: "Q3 scores for everyone on my team" gives each person's;
 * attendance rate "of teams, or person by person"; "KPI per person"; "how many late arrivals did my team have this
 * month, and who had the most"). A manager's "my team" is their team, themselves included (the team of their own
 * employee record); a list of everyone's figure names exactly the people who have one: those scored in the quarter,
 * those expected at work over the period, those here today for a leave balance. A count per person gives the people
 * with any, and each count of 3 or more beside them.
 */
import { answer, score, type Question } from '../../expectation';
import { kpiOf } from '../../oracle/score-figures';
import { scoresIn } from '../../oracle/score-figures';
import { changes } from '../../oracle/score-figures';
import { person } from '../../dataset/dataset';
import { OCT, scoresOfEach, SEP, team, week } from '../../oracle/practice51-figures';
import { availableOfEach, countsOfEach, hoursOfEach, ratesOfEach } from '../../oracle/practice51-people';
import { peopleIn } from '../../oracle/attendance-figures';
import { q } from '../helpers';

const LAST_WEEK = week(46);
const DEV = team('DEV');
const QA = team('QA');

/** The people of a team and their start dates. */
const startDates = (code: string) => {
  const found = peopleIn(team(code)).filter((p) => p.end === null);
  return answer({ people: found.map((p) => p.id), dates: found.map((p) => person(p.id).hire) });
};

export const MEMBERS: readonly Question[] = [
  // Scores, person by person.
  q('PZ089', 'DEV-001', 'Q2 score for each person on my team', () => answer(scoresOfEach('2025-Q2', DEV))),
  q('PZ090', 'QA-001', 'everyone on my team with their Q3 score pls', () => answer(scoresOfEach('2025-Q3', QA))),
  q('PZ091', 'admin', "list each AI person's Q3 score", () => answer(scoresOfEach('2025-Q3', team('AI')))),
  q('PZ092', 'admin', 'DEV: KPI per person in Q3', () => {
    const found = scoresIn(['2025-Q3'], DEV);
    return answer({ people: found.map((s) => s.id), figures: found.map((s) => score(kpiOf(s.id, '2025-Q3'))) });
  }),
  q('PZ093', 'QA-001', 'how did each of my people move from Q2 to Q3?', () => {
    // A change of 0 may be written "no change": its figure is left out, the person stays.
    const found = changes('2025-Q2', '2025-Q3', QA);
    return answer({ people: found.map((c) => c.id), figures: found.filter((c) => c.change !== 0).map((c) => score(c.change)) });
  }),

  // Attendance, person by person.
  q('PZ094', 'DEV-001', 'attendance rate for every member of my team last week', () => answer(ratesOfEach(DEV, LAST_WEEK))),
  q('PZ095', 'QA-001', "each person's attendance % on my team in October", () => answer(ratesOfEach(QA, OCT))),
  q('PZ096', 'admin', 'AI team: attendance rate person by person, last month', () => answer(ratesOfEach(team('AI'), OCT))),
  q('PZ097', 'DEV-001', 'hours worked per person on my team last week', () => answer(hoursOfEach(DEV, LAST_WEEK))),
  q('PZ098', 'admin', 'hours per person in SEC for wk 45', () => answer(hoursOfEach(team('SEC'), week(45)))),
  q('PZ099', 'QA-001', 'who on my team was late in October, and how many times each?', () => answer(countsOfEach(QA, 'late', OCT))),
  q('PZ100', 'admin', 'DEV: who was absent in September and how many days each', () => answer(countsOfEach(DEV, 'absent', SEP))),

  // Leave and people.
  q('PZ101', 'admin', 'annual leave balance for each person in SEC', () => answer(availableOfEach(team('SEC')))),
  q('PZ102', 'DEV-001', 'how much annual leave does each of my people have left?', () => answer(availableOfEach(DEV))),
  q('PZ103', 'DEV-001', 'start date of each person on my team', () => startDates('DEV')),
  q('PZ104', 'QA-001', "who's on my team and what are their job titles", () => {
    const found = peopleIn(QA).filter((p) => p.end === null);
    return answer({ people: found.map((p) => p.id), mentions: [...new Set(found.map((p) => p.title))] });
  }),
];
