/*
 * practice48 — counts of days against a line: late arrivals, absences, half days, missing check-outs and people not
 * checked in yet — "more than 4 times", "exactly 3 times", "at least twice", "5 or more", "more than 6 days".
 * Several people sit exactly on a line (late 4 times, 3 times, twice; absent 10 days; 10 half days), and the
 * answer must leave them out of "more than" and keep them in "at least". An absence is read both as days (a half
 * day off is half a day, README) and as occasions, and the question is asked only where both readings agree; a
 * period running to today is the same with and without today (it is open); a list is the same with and without
 * the people who have left. Counts of 1 and 2 are not asked as figures (an answer may write "once" or "twice").
 */
import { answer, count, days, people, type Question } from '../../expectation';
import { notCheckedInToday } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import {
  absenceCountVs,
  ALL,
  AUG,
  countOf,
  LAST_WK,
  leaverFree,
  none,
  NOV_SO_FAR,
  OCT,
  passes,
  peopleByCount,
  plain,
  SEP,
  SINCE_AUG,
  some,
  team,
  teamList,
  teamsByCount,
  totalOf,
  WK_45,
  type Op,
} from '../../oracle/practice48-figures';
import { measureOf, peopleIn, type Measure, type Scope } from '../../oracle/attendance-figures';
import { q } from '../helpers';

type Range = readonly [string, string];
const late = (n: number) => near(count(n), 'late|arriv|tard|time');
/** Who in the scope passes the line, someone sitting exactly on it (the line itself is tested). */
const atLine = (scope: Scope, measure: Measure, range: Range, op: Op, n: number) => {
  if (!peopleIn(scope).some((p) => measureOf(p.id, measure, ...range) === n)) throw new Error(`nobody sits on ${n}`);
  return people(some(leaverFree(scope, (s) => peopleByCount(s, measure, range, op, n))));
};
/** One person's count against a line: yes or no, with the count when it is plain (0 or 3 and more). */
const mine = (id: string, measure: Measure, range: Range, op: Op, n: number) => {
  const value = countOf(id, measure, range);
  const shown = value === 1 || value === 2 ? [] : [near(count(plain(value)), measure === 'late' ? 'late|arriv|time' : 'half|day|time')];
  return yesNo(passes(value, op, n), shown);
};

export const COUNTS: readonly Question[] = [
  // Late arrivals, person by person.
  q('PW039', 'admin', 'who was late more than 4 times in oct?', () => atLine(ALL, 'late', OCT, 'gt', 4)),
  q('PW040', 'admin', 'who was late exactly 3 times in October', () => atLine(ALL, 'late', OCT, 'eq', 3)),
  q('PW041', 'admin', 'who in QA was late at least 5 times in October', () => atLine(team('QA'), 'late', OCT, 'ge', 5)),
  q('PW042', 'admin', 'who was late more than twice last week?', () => {
    if (!peopleByCount(ALL, 'late', LAST_WK, 'eq', 2).length) throw new Error('nobody sits on 2');
    return people(none(peopleByCount(ALL, 'late', LAST_WK, 'gt', 2)));
  }),
  q('PW043', 'admin', 'who rolled in late at least twice last week', () => atLine(ALL, 'late', LAST_WK, 'ge', 2)),
  q('PW044', 'admin', 'how many people in AI were late 2 or more times in October?', () =>
    answer({
      figures: [near(count(plain(leaverFree(team('AI'), (s) => peopleByCount(s, 'late', OCT, 'ge', 2)).length)), 'people|person|employee|staff|late')],
    }),
  ),
  q('PW045', 'admin', 'was Leo Martins late more than 3 times this month?', () => mine('QA-008', 'late', NOV_SO_FAR, 'gt', 3)),
  q('PW046', 'admin', 'was Lukas Novak late more than 5 times in September?', () => mine('DEV-004', 'late', SEP, 'gt', 5)),
  q('PW047', 'admin', 'did Mohammed Saleh have at least 7 late arrivals in October?', () => {
    if (countOf('SEC-003', 'late', OCT) !== 7) throw new Error('not on the line');
    return mine('SEC-003', 'late', OCT, 'ge', 7);
  }),

  // Late arrivals, in total and per team.
  q('PW048', 'admin', "I'm writing the monthly ops report. Were there more than 60 late arrivals in October?", () => {
    const n = totalOf(ALL, 'late', OCT);
    return yesNo(passes(n, 'gt', 60), [late(n)]);
  }),
  q('PW049', 'admin', 'were there more than 19 late arrivals in wk 45?', () => {
    const n = totalOf(ALL, 'late', WK_45);
    if (n !== 19) throw new Error('not on the line');
    return yesNo(passes(n, 'gt', 19), [late(n)]);
  }),
  q('PW050', 'admin', 'which teams had more than 15 late arrivals in October?', () => {
    if (!teamsByCount('late', OCT, 'eq', 15).length) throw new Error('no team sits on 15');
    return answer({ teams: some(teamsByCount('late', OCT, 'gt', 15)) });
  }),
  q('PW051', 'admin', 'which teams had at least 15 late arrivals in October?', () => answer({ teams: some(teamsByCount('late', OCT, 'ge', 15)) })),

  // Absences: days, a half day as a half; the occasions must agree.
  q('PW052', 'admin', 'who was off more than 3 days in october', () => atLine(ALL, 'absent', OCT, 'gt', 3)),
  q('PW053', 'admin', 'who in DAT was absent at least 3 days in October', () => atLine(team('DAT'), 'absent', OCT, 'ge', 3)),
  q('PW054', 'admin', 'who missed more than 10 days since August?', () => atLine(ALL, 'absent', SINCE_AUG, 'gt', 10)),
  q('PW055', 'admin', 'was Ben Carter absent more than 6 days in October?', () => {
    const a = absenceCountVs('DEV-012', OCT, 'gt', 6);
    return yesNo(a.yes, [days(a.days)]);
  }),

  // Half days and missing check-outs.
  q('PW056', 'admin', 'who had more than 5 half days since aug', () => people(some(leaverFree(ALL, (s) => peopleByCount(s, 'halfDay', SINCE_AUG, 'gt', 5))))),
  q('PW057', 'admin', 'who had at least 10 half days since August?', () => atLine(ALL, 'halfDay', SINCE_AUG, 'ge', 10)),
  q('PW058', 'admin', 'did anyone forget to check out more than once since August?', () =>
    people(none(peopleByCount(ALL, 'missingCheckOut', SINCE_AUG, 'gt', 1))),
  ),
  q('PW059', 'admin', 'were there more than 3 missing check-outs this month?', () => {
    const n = totalOf(ALL, 'missingCheckOut', NOV_SO_FAR);
    return yesNo(passes(n, 'gt', 3), [near(count(plain(n)), 'check|missing|forg')]);
  }),
  q('PW060', 'admin', 'are more than 3 people in DEV not checked in yet?', () => {
    const n = notCheckedInToday(team('DEV')).length;
    if (n !== 3) throw new Error('not on the line');
    return yesNo(passes(n, 'gt', 3), [near(count(n), 'check|people|person|employee|not in|yet')]);
  }),

  // Priya Raman (DEV), about her team (she is late 6 times since August: on the line, out of "more than 6").
  q('PW061', 'DEV-001', 'who on my team was late more than 6 times since August?', () =>
    people(some(teamList('DEV-001', (s) => peopleByCount(s, 'late', SINCE_AUG, 'gt', 6)))),
  ),
  q('PW062', 'DEV-001', 'did anyone on my team have more than 3 half days in October?', () =>
    yesNo(true, [], { people: some(teamList('DEV-001', (s) => peopleByCount(s, 'halfDay', OCT, 'gt', 3))) }),
  ),
  q('PW063', 'DEV-001', 'who on my team was absent at least 4 days in October', () =>
    people(some(teamList('DEV-001', (s) => peopleByCount(s, 'absent', OCT, 'ge', 4)))),
  ),

  // Elena Petrova (QA), about her team.
  q('PW064', 'QA-001', 'Prepping my one-to-ones. Who on my team was late at least 5 times in October?', () =>
    people(some(teamList('QA-001', (s) => peopleByCount(s, 'late', OCT, 'ge', 5)))),
  ),
  q('PW065', 'QA-001', 'who on my team was absent more than 3 days in October', () =>
    people(some(teamList('QA-001', (s) => peopleByCount(s, 'absent', OCT, 'gt', 3)))),
  ),

  // Employees about themselves.
  q('PW066', 'DAT-004', 'was I late more than twice since August?', () => mine('DAT-004', 'late', SINCE_AUG, 'gt', 2)),
  q('PW067', 'SEC-004', 'have I been late 4 or more times since August?', () => {
    if (countOf('SEC-004', 'late', SINCE_AUG) !== 4) throw new Error('not on the line');
    return mine('SEC-004', 'late', SINCE_AUG, 'ge', 4);
  }),
  q('PW068', 'DEV-003', 'was I absent more than once since August?', () => yesNo(absenceCountVs('DEV-003', SINCE_AUG, 'gt', 1).yes, [])),
  q('PW069', 'QA-003', 'was I late more than once between August and October?', () => mine('QA-003', 'late', [AUG[0], OCT[1]], 'gt', 1)),
  q('PW070', 'DAT-004', 'did I have more than 1 half day since August?', () => mine('DAT-004', 'halfDay', SINCE_AUG, 'gt', 1)),
];
