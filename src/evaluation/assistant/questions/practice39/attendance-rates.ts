/*
 * practice39 — the attendance rate, promise by promise: the default period (last week), a week by its dates or ISO
 * number, a month, month to date, a quarter, ranges and relative phrases, a period against the one before, trends,
 * team against team and against the company, attendance issues, the absence rate, person by person (100 %, under a
 * line, the lowest N), a level, and one person. Each asked plainly, then reworded. The admin asks.
 */
import { answer, figures, people, rate, type Question } from '../../expectation';
import { peopleWithRate, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { MONTHS_SINCE_AUGUST } from '../../oracle/practice15-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { absenceRatesOver, teamsUnder } from '../../oracle/practice29-figures';
import { ratesCut } from '../../oracle/practice36-figures';
import {
  clearlyAbove,
  NOV_1_TO_14,
  OCT_3_TO_14,
  OCTOBER_WHOLE,
  Q3,
  Q4_SO_FAR,
  rateOf,
  SINCE_AUGUST,
  SINCE_THE_15TH,
  some,
  WEEK_46,
  WEEK_BEFORE_LAST,
} from '../../oracle/practice39-figures';
import { TEAM_CODES } from '../../oracle/practice11-figures';
import { perfectThroughout } from '../../oracle/practice32-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };

/** The team with the highest absence rate over the range (the lowest attendance rate); throws when two share it. */
function worstTeam(range: readonly [string, string]): string {
  const sorted = TEAM_CODES.map((team) => ({ team, rate: rateOf({ team }, range) })).sort((a, b) => a.rate - b.rate);
  if (sorted[0]!.rate === sorted[1]!.rate) throw new Error('two teams share the lowest rate');
  return sorted[0]!.team;
}

export const ATTENDANCE_RATES: readonly Question[] = [
  // The rate over last week (also the documented default when no period is named), by dates and by ISO week.
  q('PN036', 'admin', 'What was the attendance rate last week?', () => figures(rate(rateOf(ALL, LAST_WEEK)))),
  // No period: README's default for a rate is last week.
  q('PN037', 'admin', "What's the attendance rate?", () => figures(rate(rateOf(ALL, LAST_WEEK)))),
  q('PN038', 'admin', 'company attendance for wk 46', () => figures(rate(rateOf(ALL, WEEK_46)))),
  // A team over a month, reworded.
  q('PN039', 'admin', 'Development attendance rate in October', () => figures(rate(rateOf(DEV, OCTOBER)))),
  q('PN040', 'admin', 'how did the devs do on attendence last mth', () => figures(rate(rateOf(DEV, OCTOBER)))),
  q('PN041', 'admin', 'QA attendance rate this month', () => figures(rate(rateOf(QA, THIS_MONTH)))),
  // A quarter; Q3 against Q2, where Q2 lies before tracking started (nothing to rate: only Q3 has a figure).
  q('PN042', 'admin', 'What was the attendance rate in Q3?', () => figures(rate(rateOf(ALL, Q3)))),
  q('PN043', 'admin', 'attendance rate Q3 vs Q2', () => figures(rate(rateOf(ALL, Q3)))),
  // Ranges and relative phrases.
  q('PN044', 'admin', 'attendance between the 3rd and the 14th of last month', () => figures(rate(rateOf(ALL, OCT_3_TO_14)))),
  q('PN045', 'admin', 'AI attendance since august', () => figures(rate(rateOf({ team: 'AI' }, SINCE_AUGUST)))),
  q('PN046', 'admin', 'data team attendance since the 15th', () => figures(rate(rateOf({ team: 'DAT' }, SINCE_THE_15TH)))),
  // A period against the one before it.
  q('PN047', 'admin', 'attendance rate last week compared to the week before', () =>
    figures(rate(rateOf(ALL, LAST_WEEK)), rate(rateOf(ALL, WEEK_BEFORE_LAST))),
  ),
  q('PN048', 'admin', 'this month vs last month attendance, whole company', () => figures(rate(rateOf(ALL, THIS_MONTH)), rate(rateOf(ALL, OCTOBER)))),
  // Trends: month by month (tracking began in August: nothing before it is rated), per quarter, the absence rate.
  q('PN049', 'admin', 'attendance by month this year', () => figures(...MONTHS_SINCE_AUGUST.map((m) => rate(rateOf(ALL, m))))),
  q('PN050', 'admin', 'attendance rate per quarter for DEV', () => figures(rate(rateOf(DEV, Q3)), rate(rateOf(DEV, Q4_SO_FAR)))),
  q('PN051', 'admin', 'absence rate by month since August', () => figures(...absenceRatesOver(ALL, MONTHS_SINCE_AUGUST).map(rate))),
  q('PN052', 'admin', 'how much did attendance change from Q3 to this quarter?', () => figures(rate(rateOf(ALL, Q3)), rate(rateOf(ALL, Q4_SO_FAR)))),
  // Team against team, and against the company.
  q('PN053', 'admin', "Is QA's attendance worse than DEV's this month?", () => {
    const [qa, dev] = [rateOf(QA, THIS_MONTH), rateOf(DEV, THIS_MONTH)];
    return yesNo(!clearlyAbove(qa, dev, 0.001), [rate(qa), rate(dev)]);
  }),
  q('PN054', 'admin', 'how does DEV attendance compare with the company average this month', () =>
    figures(rate(rateOf(DEV, THIS_MONTH)), rate(rateOf(ALL, THIS_MONTH))),
  ),
  // Attendance issues: teams under ATTENDANCE_ALERT_RATE (0.9); September had none.
  q('PN055', 'admin', 'Show me departments with attendance issues last month', () => answer({ teams: some(teamsUnder(OCTOBER, 0.9)) })),
  // No team was under 90 % in September: the answer names no team as having issues.
  q('PN056', 'admin', 'any teams with attendance problems in September?', () => answer({ teams: teamsUnder(SEPTEMBER, 0.9) })),
  q('PN057', 'admin', 'which team had the highest absence rate in October', () => answer({ teams: [worstTeam(OCTOBER_WHOLE)] })),
  q('PN058', 'admin', 'absence rate in DEV last month', () => figures(rate(absenceRate(DEV, OCTOBER)))),
  // Person by person: 100 %, under a line, the lowest N.
  // Asked of a team nobody joined or left in October, so "100 %" is not in doubt for a part-month.
  q('PN059', 'admin', 'Who in Security had 100% attendance in October?', () => people(some(perfectThroughout({ team: 'SEC' }, OCTOBER)))),
  q('PN060', 'admin', 'anyone under 80% attendance last month', () => people(some(peopleWithRate(ALL, ...OCTOBER, (r) => r < 0.8)))),
  q('PN061', 'admin', 'lowest 3 attendance rates last month', () => people(ratesCut(ALL, OCTOBER, 3, 'lowest'))),
  // A level, and one person against their team.
  q('PN062', 'admin', 'attendance rate for the seniors last week', () => figures(rate(rateOf(levelIn(undefined, 'Senior'), LAST_WEEK)))),
  q('PN063', 'admin', "Pablo's attendance rate against the DAT average last month", () =>
    figures(rate(rateOf({ ids: ['DAT-006'] }, OCTOBER)), rate(rateOf({ team: 'DAT' }, OCTOBER))),
  ),
  q('PN064', 'admin', 'was company attendance for 1–14 November above 96%?', () => {
    const value = rateOf(ALL, NOV_1_TO_14);
    return yesNo(clearlyAbove(value, 0.96, 0.001), [rate(value)]);
  }),
];
