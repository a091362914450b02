/*
 * practice43 — the compositions docs/API.md lists after the ten examples ("and compositions of their parts"), each
 * asked as written and reworded twice: a threshold of absences in a team, a median, the biggest improvement, who is
 * off next week, a leave balance, a manager's pending requests, the next public holiday, hires in a year, the
 * longest-serving, a team's hours, one person's check-in time, two levels' averages side by side. Each caller is one
 * who may see the answer: the admin, the two managers about their team, the employees about themselves.
 */
import { TODAY } from '../../dataset/calendar';
import { answer, days, figures, hours, people, score, type Question } from '../../expectation';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween } from '../../oracle/leave-figures';
import { hiredBetween, longestServing } from '../../oracle/people-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { levelMean } from '../../oracle/practice29-figures';
import { overAbsences } from '../../oracle/practice34-figures';
import { requestList } from '../../oracle/practice35-figures';
import { agreed } from '../../oracle/practice16-figures';
import { ALL, biggestRise, clock, head, NOV_24_TO_30, sumOf, teamScope, YEAR_2025, YEAR_SO_FAR, YESTERDAY } from '../../oracle/practice43-figures';
import { NEXT_WEEK, OCTOBER, q } from '../helpers';

const DEV = teamScope('DEV');
const QA = teamScope('QA');
/** overAbsences reads "more than 3 days" both as days (halves counted) and as days with some absence; they agree here. */
const devOver3 = () => people(overAbsences(DEV, OCTOBER, 3));
const datMedianQ2 = () => figures(score(medianOf('2025-Q2', teamScope('DAT'))));
/** Two people share the biggest rise from Q1 to Q3: "the most" with no number names everyone tied at the top. */
const improvedMost = () => {
  const top = biggestRise('2025-Q1', '2025-Q3');
  return people(top.ids, score(top.change));
};
const offNextWeek = () => people(agreed([offBetween(ALL, ...NEXT_WEEK), offBetween(ALL, ...NOV_24_TO_30)]));
const annualLeft = (id: string) => answer({ figures: [days(balance(id, 'ANNUAL').available)] });
/** The next holiday of the organisation: a team's holiday (the Security Team Day) is not a public one. */
const nextPublic = () => answer({ dates: [nextHoliday(TODAY, null).date] });
/** Nobody is hired after today: the year's hires and the hires so far are one figure. */
const hires2025 = () => answer({ figures: [head(agreed([hiredBetween(...YEAR_2025).length, hiredBetween(...YEAR_SO_FAR).length]))] });
const longestInQa = () => people(longestServing(1, { team: 'QA' }));
const qaHoursOctober = () => figures(hours(sumOf(QA, 'hours', OCTOBER)));
const lukasIn = () => answer({ mentions: [clock('DEV-004', YESTERDAY, 'in')] });
/** A level's mean counts every score recorded at that level in the quarter, a leaver's too (API.md: scores stay). */
const seniorsVsJuniors = () => figures(score(levelMean('2025-Q3', 'Senior')), score(levelMean('2025-Q3', 'Junior')));

export const COMPOSITIONS: readonly Question[] = [
  q('PR031', 'admin', 'who was absent more than 3 days in october in DEV', () => devOver3()),
  q('PR032', 'admin', 'which DEV people had more than three days of absence in October?', () => devOver3()),
  q('PR033', 'admin', 'who in Developmnet missed more than 3 days last month', () => devOver3()),
  q('PR034', 'admin', 'median score in the data team in 2025-Q2', () => datMedianQ2()),
  q('PR035', 'admin', "what was the DAT team's median score for Q2 2025?", () => datMedianQ2()),
  q('PR036', 'admin', 'medain score of the data team, 2025-Q2', () => datMedianQ2()),
  q('PR037', 'admin', 'who improved the most between 2025-Q1 and 2025-Q3', () => improvedMost()),
  q('PR038', 'admin', 'from 2025-Q1 to 2025-Q3, whose score went up the most?', () => improvedMost()),
  q('PR039', 'admin', 'who improoved most between 2025-Q1 and 2025-Q3', () => improvedMost()),
  // "Who is off next week" is answered from the leave booked (next week is Monday 24 to Sunday 30 November).
  q('PR040', 'admin', 'who is off next week', () => offNextWeek()),
  q('PR041', 'admin', "who's on leave between 24 and 30 November?", () => offNextWeek()),
  q('PR042', 'admin', 'who is OOO nxt week', () => offNextWeek()),
  // "My annual leave balance": what is still available (granted − taken − pending).
  q('PR043', 'DAT-004', 'my annual leave balance', () => annualLeft('DAT-004')),
  q('PR044', 'SEC-004', 'how much annual leave do I have left?', () => annualLeft('SEC-004')),
  q('PR045', 'QA-003', 'my anual leave balance', () => annualLeft('QA-003')),
  // "Pending requests for my team": the requesters and their first days.
  q('PR046', 'DEV-001', 'pending requests for my team', () => requestList('pending', DEV)),
  q('PR047', 'QA-001', 'which leave requests from my team are still pending?', () => requestList('pending', QA)),
  q('PR048', 'DEV-001', "my team's pending leave reqs", () => requestList('pending', DEV)),
  // "Next public holiday": the organisation's next (the Security Team Day is a team's holiday, not a public one).
  q('PR049', 'DAT-004', 'next public holiday', () => nextPublic()),
  q('PR050', 'QA-001', 'which public holiday comes next?', () => nextPublic()),
  q('PR051', 'admin', 'whens the next public holliday', () => nextPublic()),
  q('PR052', 'admin', 'how many people joined in 2025', () => hires2025()),
  q('PR053', 'admin', 'number of new hires in 2025?', () => hires2025()),
  q('PR054', 'admin', 'how many joiners this yr', () => hires2025()),
  q('PR055', 'admin', 'longest-serving in QA', () => longestInQa()),
  q('PR056', 'admin', 'who has been in QA the longest?', () => longestInQa()),
  q('PR057', 'admin', 'longest servng member of Quality Assurance', () => longestInQa()),
  q('PR058', 'admin', 'hours worked by QA in october', () => qaHoursOctober()),
  q('PR059', 'admin', 'total hours the QA team put in last month', () => qaHoursOctober()),
  q('PR060', 'admin', 'how many hrs did the testers work in octobr', () => qaHoursOctober()),
  q('PR061', 'admin', 'what time did Lukas Novak check in yesterday', () => lukasIn()),
  q('PR062', 'admin', "Lukas Novak's check-in time yesterday?", () => lukasIn()),
  q('PR063', 'admin', 'when did lukas clock in on tuesday', () => lukasIn()),
  q('PR064', 'admin', 'seniors vs juniors average score last quarter', () => seniorsVsJuniors()),
  q('PR065', 'admin', 'average score last quarter: juniors compared with seniors', () => seniorsVsJuniors()),
  q('PR066', 'admin', 'senoirs vs juniors avg score last qtr', () => seniorsVsJuniors()),
];
