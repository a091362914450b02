/*
 * practice65 — weeks: "last week" (the previous Monday to Sunday), "the week before last", "this week" so far (today
 * open: a figure is asked only where it reads the same with and without today), "next week" (leave booked), "the week
 * of 10 November" (its Monday to Sunday), and ISO weeks by number ("wk 45", "week 46"). Over each: attendance rates,
 * late arrivals, absences, hours, missing check-outs, who was late or away, and leave.
 */
import type { Question } from '../../expectation';
import { fromTo, isoWeek, shift, theNth, weekOf, LAST_WEEK, NEXT_WEEK, THIS_WEEK_SO_FAR, WEEK_BEFORE_LAST } from '../../oracle/practice65-periods';
import { datesWith, figureOf, hoursF, leaveD, rateF } from '../../oracle/practice65-figures';
import { leaveOf } from '../../oracle/practice65-calendar';
import { q } from '../helpers';
import {
  absentIs,
  AI,
  answer,
  DAT,
  dates,
  DEV,
  EVERYONE,
  figures,
  hoursIs,
  lateIs,
  missingIs,
  mostOf,
  one,
  onLeave,
  QA,
  rateIs,
  SEC,
  span,
  team,
  who,
} from './shared';

const LW = span(LAST_WEEK, '2025-11-10', '2025-11-16');
const WBL = span(WEEK_BEFORE_LAST, '2025-11-03', '2025-11-09');
const TW = span(THIS_WEEK_SO_FAR, '2025-11-17', '2025-11-19');
const NW = span(NEXT_WEEK, '2025-11-24', '2025-11-30');
const weekOfP = (day: string, from: string, to: string) => span(weekOf(day), from, to);
const W45 = span(isoWeek(45), '2025-11-03', '2025-11-09');
const W46 = span(isoWeek(46), '2025-11-10', '2025-11-16');
const W42 = span(isoWeek(42), '2025-10-13', '2025-10-19');
const OCT6 = weekOfP('2025-10-06', '2025-10-06', '2025-10-12');
const OCT27 = weekOfP('2025-10-27', '2025-10-27', '2025-11-02');
const NOV10 = weekOfP('2025-11-10', '2025-11-10', '2025-11-16');
const OCT13 = weekOfP('2025-10-13', '2025-10-13', '2025-10-19');
const eachTeam = (per: ReturnType<typeof span>) => figures(...['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((t) => rateF(figureOf(team(t), 'rate', per))));

export const WEEKS: readonly Question[] = [
  // HR.
  q('QN036', 'admin', 'attendance rate for each team last week', () => eachTeam(LW)),
  q('QN037', 'admin', 'how many late arrivals did we have the week before last', () => lateIs(EVERYONE, WBL)),
  q('QN038', 'admin', 'who was late more than once in the week of 3 November?', () =>
    who(EVERYONE, 'late', weekOfP('2025-11-03', '2025-11-03', '2025-11-09'), undefined, (v) => v > 1),
  ),
  q('QN039', 'admin', 'total hours for the AI team, week of 10 Nov', () => hoursIs(AI, NOV10)),
  q('QN040', 'admin', 'wk 45 attendance rate for QA', () => rateIs(QA, W45)),
  q('QN041', 'admin', 'how many days of absence did DEV rack up the week of Oct 6?', () => absentIs(DEV, OCT6)),
  q('QN042', 'admin', 'which team had the lowest attendance rate in the week of 27 October?', () => {
    const rates = ['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((t) => ({ t, r: figureOf(team(t), 'rate', OCT27) })).sort((a, b) => a.r - b.r);
    if (rates[0]!.r === rates[1]!.r) throw new Error('a tie at the bottom');
    return answer({ teams: [rates[0]!.t], figures: [rateF(rates[0]!.r)] });
  }),
  q('QN043', 'admin', 'missed check-outs last week - how many?', () => missingIs(EVERYONE, LW)),
  q('QN044', 'admin', 'who was on leave during the week of 13 October', () => onLeave(EVERYONE, OCT13)),
  q('QN045', 'admin', 'whose approved leave falls in the week of 24 November?', () =>
    onLeave(EVERYONE, weekOfP('2025-11-24', '2025-11-24', '2025-11-30'), true),
  ),
  q('QN046', 'admin', 'how many days of leave were taken in week 46', () => figures(leaveD(leaveOf(EVERYONE, W46)))),
  q('QN047', 'admin', 'Data team absences in week 42', () => absentIs(DAT, W42)),
  q('QN048', 'admin', 'who on the security team was late the week before last?', () => who(SEC, 'late', WBL)),
  // Managers.
  q('QN049', 'DEV-001', "my team's attendance rate the week before last", () => rateIs(DEV, WBL)),
  q('QN050', 'DEV-001', 'late arrivals in my team so far this week', () => lateIs(DEV, TW)),
  q('QN051', 'DEV-001', 'hours my team logged in week 46', () => hoursIs(DEV, W46)),
  q('QN052', 'DEV-001', 'who on my team was absent last week?', () => who(DEV, 'absent', LW, 'DEV-001')),
  q('QN053', 'DEV-001', "Chris's hours for the week of the 10th?", () =>
    figures(hoursF(figureOf(one('DEV-006'), 'hours', span(weekOf(theNth(10)), '2025-11-10', '2025-11-16')))),
  ),
  q('QN054', 'QA-001', 'how many days were my team absent the week of 27 Oct', () => absentIs(QA, OCT27)),
  q('QN055', 'DEV-001', 'anyone on my team booked off next week?', () => onLeave(DEV, NW, false, 'DEV-001')),
  q('QN056', 'QA-001', 'who in my team was late in week 42?', () => who(QA, 'late', W42, 'QA-001')),
  q('QN057', 'QA-001', 'is anyone on my team off from 24 to 30 November?', () =>
    onLeave(QA, span(fromTo('2025-11-24', '2025-11-30'), '2025-11-24', '2025-11-30'), false, 'QA-001'),
  ),
  q('QN058', 'QA-001', 'who in QA was late the most last week', () => mostOf(QA, 'late', LW, 'QA-001')),
  // Employees.
  q('QN059', 'DEV-003', 'how many hours did I do mon-fri last week', () =>
    hoursIs(one('DEV-003'), span([LAST_WEEK[0], shift(LAST_WEEK[0], 4)], '2025-11-10', '2025-11-14')),
  ),
  q('QN060', 'QA-003', 'hours i put in the week before last', () => hoursIs(one('QA-003'), WBL)),
  q('QN061', 'SEC-004', 'last week, on which day did I come in late?', () => dates(datesWith('SEC-004', 'late', LAST_WEEK))),
  q('QN062', 'DAT-004', 'how many hours have I done this week so far', () => hoursIs(one('DAT-004'), TW)),
  q('QN063', 'DAT-004', 'my hours in wk 45?', () => hoursIs(one('DAT-004'), W45)),
  q('QN064', 'QA-003', 'what day was I late in the week of 3 November', () => dates(datesWith('QA-003', 'late', weekOf('2025-11-03')))),
  q('QN065', 'SEC-004', 'how many hours did I work during the week of 6 October?', () => hoursIs(one('SEC-004'), OCT6)),
];
