/*
 * The forty-fifth practice set: comparisons, rankings and trends, asked by managers preparing reviews and by an HR lead
 * preparing a board report. The HR lead (the admin login) sets two teams, two people or two periods side by side (this
 * month against last, Q3 against this quarter, last week against the week before, a week against the next), asks for
 * the top or bottom N, the best and the worst, the most late or most absent, score moves between quarters, averages,
 * medians and shares; the managers Priya Raman (DEV-001, Development) and Elena Petrova (QA-001, Quality Assurance)
 * ask the same of their own team; the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004)
 * and Emma Clarke (SEC-004) compare themselves with themselves. Ties are handled as API.md says ("ties in a ranking go
 * by name": a tie across the cut is asked only where the full name and the surname break it alike; "the most" with no
 * number names everyone tied); each role's scope is kept (another team, team by team, the company or a ranking of
 * people outside the caller's scope is named back, someone outside it is "not found", an ambiguous first name is asked
 * about); and the comparisons the assistant does not make (periods ranked against each other, managers ranked,
 * correlations, breakdowns by weekday, hour or job title, advice, verdicts, predictions, pay) are refused naming them.
 * Whoever wrote it read only /work/shared/API.md, docs/API.md and the README (and the evaluation harness), never the
 * assistant's code, and did not run the assistant: it is written code-blind. Every figure, date, person and team is
 * computed by the oracle from the data set (oracle/practice45-figures.ts and oracle/practice45-rankings.ts for what is
 * new), never typed in as an answer.
 */
import type { Question } from '../expectation';
import { EMPLOYEES } from './practice45/employees';
import { MANAGERS } from './practice45/managers';
import { PEOPLE } from './practice45/people';
import { PERIODS } from './practice45/periods';
import { RANKINGS } from './practice45/rankings';
import { REFUSALS } from './practice45/refusals';
import { SCOPE } from './practice45/scope';
import { SCORE_CHANGES } from './practice45/score-changes';
import { SHARES } from './practice45/shares';
import { TEAMS } from './practice45/teams';

export const PRACTICE45: readonly Question[] = [
  ...TEAMS,
  ...PEOPLE,
  ...PERIODS,
  ...RANKINGS,
  ...SCORE_CHANGES,
  ...SHARES,
  ...MANAGERS,
  ...EMPLOYEES,
  ...SCOPE,
  ...REFUSALS,
];
