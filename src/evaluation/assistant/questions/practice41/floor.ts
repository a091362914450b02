/*
 * practice41 — today and the last few days on the floor, typed between meetings: who is late today, who has not
 * clocked in yet, who was late or absent yesterday, on Monday, last Friday or "the 13th", who forgot to check out,
 * whether one person clocked out or came in, check-in times. Today (Wednesday 19 November) is open: it has late
 * arrivals and people not in yet, never absentees or missing check-outs. The HR generalist (admin) and both
 * managers ask; each manager's "my team" question is one whose answer is the same whether or not they count themselves.
 */
import { count, figures, people, type Question, answer } from '../../expectation';
import { notCheckedInToday, type Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { checkInTime } from '../../oracle/practice15-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { over } from '../../oracle/practice38-figures';
import { some, whoOn, whoOver, yesThese } from '../../oracle/practice40-figures';
import {
  cameIn,
  clockedOut,
  howMany,
  inToday,
  LAST_FRI,
  LAST_WK,
  MON,
  THE_12TH,
  THE_13TH,
  THE_3RD,
  THIS_WK_SO_FAR,
  TDY,
  TUE,
  YDAY,
} from '../../oracle/practice41-figures';
import { q } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const SEC: Scope = { team: 'SEC' };
const day = (d: string) => [d, d] as const;

export const FLOOR: readonly Question[] = [
  // Today, open: late arrivals so far and who is not in yet.
  q('PP001', 'admin', 'hw many ppl late tdy', () => figures(count(howMany(ALL, 'late', day(TDY))))),
  q('PP002', 'admin', 'whos late tdy', () => people(some(whoOn(ALL, 'late', TDY)))),
  q('PP003', 'admin', 'who hasnt clocked in yet tdy', () => people(some(notCheckedInToday(ALL)))),
  q('PP004', 'admin', 'how many ppl have checked in so far tdy', () => figures(count(inToday(ALL)))),
  q('PP005', 'QA-001', 'whos late in my team tdy', () => people(sameWithoutAsker(QA, 'QA-001', (s) => some(whoOn(s, 'late', TDY))))),
  q('PP006', 'QA-001', 'who in my team hasnt checked in yet', () => people(sameWithoutAsker(QA, 'QA-001', (s) => some(notCheckedInToday(s))))),
  q('PP007', 'DEV-001', 'anyone on my team not in yet?', () => yesThese(sameWithoutAsker(DEV, 'DEV-001', (s) => notCheckedInToday(s)))),
  q('PP008', 'admin', 'what time did aisha clock in tdy', () => answer({ mentions: [checkInTime('DEV-003', TDY)] })),
  q('PP009', 'admin', 'how late was qa-003 this morning', () => answer({ mentions: [checkInTime('QA-003', TDY)] })),

  // Yesterday (Tuesday 18 November).
  q('PP010', 'admin', 'who was late yday', () => people(some(whoOn(ALL, 'late', YDAY)))),
  q('PP011', 'admin', 'yday absentees?', () => people(some(whoOn(ALL, 'absent', YDAY)))),
  q('PP012', 'admin', 'did omar clock out yday', () => yesNo(clockedOut('DEV-010', YDAY), [])),
  q('PP013', 'admin', 'anyone forget to clock out yday?', () => yesThese(whoOn(ALL, 'missingCheckOut', YDAY))),
  q('PP014', 'DEV-001', 'was yuki in yday', () => yesNo(cameIn('DEV-009', YDAY), [])),

  // Earlier days of this month and of this week: Monday, last Friday, "the 3rd", "the 12th", "the 13th".
  q('PP015', 'admin', 'any no-shows mon?', () => yesThese(whoOn(ALL, 'absent', MON))),
  q('PP016', 'admin', 'lates mon vs tue', () =>
    figures(near(count(howMany(ALL, 'late', day(MON))), 'late|mon'), near(count(howMany(ALL, 'late', day(TUE))), 'late|tue|one')),
  ),
  q('PP017', 'admin', 'who was absent last fri', () => people(some(whoOn(ALL, 'absent', LAST_FRI)))),
  q('PP018', 'admin', 'who was late on the 3rd', () => people(some(whoOn(ALL, 'late', THE_3RD)))),
  q('PP019', 'admin', 'who was late on the 13th', () => people(some(whoOn(ALL, 'late', THE_13TH)))),
  q('PP020', 'admin', 'did omar check out on the 13th?', () => yesNo(clockedOut('DEV-010', THE_13TH), [])),
  q('PP021', 'QA-001', 'did marcus check out on the 12th', () => yesNo(clockedOut('QA-002', THE_12TH), [])),

  // This week and last week.
  q('PP022', 'DEV-001', 'who on my team forgot to clock out this wk', () =>
    people(sameWithoutAsker(DEV, 'DEV-001', (s) => some(whoOver(s, 'missingCheckOut', THIS_WK_SO_FAR)))),
  ),
  q('PP023', 'admin', 'anyone in sec late last wk?', () => yesThese(whoOver(SEC, 'late', LAST_WK))),
  q('PP024', 'admin', 'who was late 2+ times last wk', () => people(some(over(ALL, 'late', LAST_WK, 2, true)))),
];
