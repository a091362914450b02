/*
 * practice47 — a statement about a person first ("Ben said he was ill on Monday", "Zoe Adams has a review coming up",
 * "Laura Silva left in October"), then the question about them with a pronoun: he, she, her, his, their, that day,
 * that month. The person the statement names is who the pronoun is; a period it states is the question's when the
 * question states none; a claim in the statement is not a figure — the answer is what the data holds. Asked by the
 * admin and, about their own team, the two managers.
 */
import { answer, rate, score, type Question } from '../../expectation';
import { statusOn } from '../../oracle/status-on';
import { yesNo } from '../../oracle/practice20-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import {
  available,
  leftOf,
  awayDays,
  checkedOut,
  datesOf,
  endOf,
  halfN,
  hireOf,
  holidayDay,
  LAST_WEEK,
  lateN,
  leaveEndsAround,
  leaveFig,
  leaveOf,
  me,
  MONDAY,
  NEXT_WEEK,
  NOV_SO_FAR,
  OCTOBER,
  overAll,
  rateOf,
  scoreKnown,
  SEPTEMBER,
  SINCE_AUGUST,
  sumOf,
  team,
  threeOrMore,
  weekHolding,
  YESTERDAY,
  AUGUST,
} from '../../oracle/practice47-figures';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

/** "Was he late at all …": yes exactly when the person has a late record over the range. */
const lateAtAll = (id: string, range: readonly [string, string]) => yesNo(sumOf(me(id), 'late', range) > 0, []);

export const PRONOUNS: readonly Question[] = [
  q('PV028', 'admin', 'Ben said he was ill on Monday. Was he absent that day?', () => yesNo(statusOn('DEV-012', MONDAY) === 'absent', [])),
  q('PV029', 'DEV-001', 'Ben Carter told me he was unwell on monday. how many days has he been absent this month?', () =>
    answer({ figures: [awayDays(sumOf(me('DEV-012'), 'absent', NOV_SO_FAR))] }),
  ),
  q('PV030', 'DEV-001', "Hannah mentioned she's been feeling run down. How many days has she been absent so far this month?", () =>
    answer({ figures: [awayDays(sumOf(me('DEV-007'), 'absent', NOV_SO_FAR))] }),
  ),
  q('PV031', 'QA-001', "Leo's been struggling with his commute since he joined. How many times was he late in August?", () =>
    answer({ figures: [lateN(threeOrMore(sumOf(me('QA-008'), 'late', AUGUST)))] }),
  ),
  q('PV032', 'QA-001', 'Zoe Adams has a review coming up. What was her attendance rate last month?', () =>
    answer({ figures: [rate(rateOf(me('QA-009'), OCTOBER))] }),
  ),
  q('PV033', 'admin', "I've got a one-to-one with Zoe Adams on Friday. How many days has she been absent since August?", () =>
    answer({ figures: [awayDays(sumOf(me('QA-009'), 'absent', SINCE_AUGUST))] }),
  ),
  q('PV034', 'admin', 'Marcus Lee is up for promotion. What was his score last quarter?', () => answer({ figures: [score(scoreKnown('QA-002', '2025-Q3'))] })),
  q('PV035', 'admin', "Felix Wagner's lead says he keeps coming in late. How many late arrivals did he have in October?", () =>
    answer({ figures: [lateN(threeOrMore(sumOf(me('AI-003'), 'late', OCTOBER)))] }),
  ),
  q('PV036', 'admin', 'Pablo Ruiz had a difficult September. What was his attendance rate that month?', () =>
    answer({ figures: [rate(rateOf(me('DAT-006'), SEPTEMBER))] }),
  ),
  // Founders Day (13 October) fell inside Sana Qureshi's week of leave: that day is the holiday's, not leave.
  q('PV037', 'admin', 'Sana Qureshi was on leave the week of Founders Day. How many days of annual leave did she take in October?', () => {
    const week = weekHolding(holidayDay('Founders Day', '2025-10-13'));
    if (leaveOf(me('AI-004'), week) !== leaveOf(me('AI-004'), OCTOBER)) throw new Error('other leave in October');
    return answer({ figures: [leaveFig(leaveOf(me('AI-004'), OCTOBER, 'ANNUAL'))] });
  }),
  // The QA Offsite (12 September) is QA's holiday, not the Data team's: it costs Julia Fischer a day of leave.
  q('PV038', 'admin', 'Julia Fischer was away in early September. How many days of leave did she take that month?', () =>
    answer({ figures: [leaveFig(leaveOf(me('DAT-003'), SEPTEMBER))] }),
  ),
  q('PV039', 'DEV-001', 'Maria is off at the end of the month. How many days of leave has she booked for next week?', () =>
    answer({ figures: [leaveFig(leaveOf(me('DEV-005'), NEXT_WEEK))] }),
  ),
  q('PV040', 'admin', 'Anna Berg is on leave at the moment, I believe. When does her leave end?', () => answer({ dates: [leaveEndsAround('DAT-007', TODAY)] })),
  q('PV041', 'admin', 'Chris Morgan forgot to check out again. Which day this month was that?', () =>
    answer({ dates: datesOf('DEV-006', 'missingCheckOut', NOV_SO_FAR) }),
  ),
  q('PV042', 'admin', 'Omar Haddad says he checked out on the 13th. Did he?', () => yesNo(checkedOut('DEV-010', '2025-11-13'), [])),
  q('PV043', 'admin', "Lukas Novak says he's turned a corner on lateness. Was he late at all last week?", () => lateAtAll('DEV-004', LAST_WEEK)),
  q('PV044', 'admin', 'Daniel Okafor had a rough Ocotber. How many times was he late that month?', () =>
    answer({ figures: [lateN(threeOrMore(sumOf(me('DEV-008'), 'late', OCTOBER)))] }),
  ),
  // Grace Kim's day of leave was the Autumn Half Day (31 October), whose afternoon was a holiday: half a day of leave.
  q('PV045', 'QA-001', 'Grace took the last day of October off. How many days of leave did she take that month?', () =>
    answer({ figures: [leaveFig(leaveOf(me('QA-007'), OCTOBER))] }),
  ),
  q('PV046', 'admin', 'Mohammed Saleh was on annual leave last week. How many days of leave did he take?', () =>
    answer({ figures: [leaveFig(leaveOf(me('SEC-003'), LAST_WEEK))] }),
  ),
  q('PV047', 'admin', 'Ivan Petrov only joined in October. What was his exact start date?', () => answer({ dates: [hireOf('QA-010')] })),
  q('PV048', 'admin', 'Victor Dumont left us over the summer. What was his last day?', () => answer({ dates: [endOf('AI-009')] })),
  // "Since she joined" and "since August" are one range for her: nothing was expected of her before her first day.
  q('PV049', 'DEV-001', "Chloe Dubois started in September. What's her attendance rate since she joined?", () =>
    answer({ figures: [rate(overAll([[hireOf('DEV-013'), TODAY], SINCE_AUGUST], (range) => rateOf(me('DEV-013'), range)))] }),
  ),
  q('PV050', 'admin', 'Amara Nwosu runs the ML side of things. Was she late at all last week?', () => lateAtAll('AI-002', LAST_WEEK)),
  // Her request for the 28th is still pending: its day is reserved, so what is available leaves it out.
  q('PV051', 'admin', 'Emma Clarke has a request in for the 28th. How much annual leave has she got available?', () =>
    answer({ figures: [leaveFig(available('SEC-004'))] }),
  ),
  q('PV052', 'QA-001', 'Peter Hansen cancelled his December day off. How many days was he absent in October?', () =>
    answer({ figures: [awayDays(sumOf(me('QA-006'), 'absent', OCTOBER))] }),
  ),
  q('PV053', 'DEV-001', 'Yuki keeps leaving early, according to Tom. How many half days did she have in October?', () =>
    answer({ figures: [halfN(threeOrMore(sumOf(me('DEV-009'), 'halfDay', OCTOBER)))] }),
  ),
  q('PV054', 'admin', 'The Data team had a tough September. What was their attendance rate that month?', () =>
    answer({ figures: [rate(rateOf(team('DAT'), SEPTEMBER))] }),
  ),
  q('PV055', 'QA-001', 'My team have had a lot of sick days recently, or so I hear. How many days were they absent last week?', () =>
    answer({ figures: [awayDays(sameWithoutAsker(team('QA'), 'QA-001', (s) => sumOf(s, 'absent', LAST_WEEK)))] }),
  ),
  // Sofia Rossi's afternoon of leave yesterday: she worked the morning, so she was not absent.
  q('PV056', 'admin', 'Sofia Rossi had the afternoon off yesterday. Was she marked absent yesterday?', () =>
    yesNo(sumOf(me('DEV-011'), 'absent', [YESTERDAY, YESTERDAY]) > 0, []),
  ),
  q('PV057', 'admin', "Kevin O'Brien asked me about his leave. How many days of annual leave does he have left?", () => {
    return answer({ figures: [leaveFig(leftOf('DAT-004'))] });
  }),
  // The claim in the statement is not the figure: the answer is what the data holds.
  q('PV058', 'DEV-001', "Ben told me he'd only missed 2 days in October. How many days was he really absent that month?", () =>
    answer({ figures: [awayDays(sumOf(me('DEV-012'), 'absent', OCTOBER))] }),
  ),
];
