/*
 * practice62 — last week (Monday 10 to Sunday 16 November) and this week so far (Monday 17 to today): late arrivals,
 * absences, half days, missed check-outs, hours and the team's rate, and the two weeks side by side. API.md: "last week"
 * is the previous Monday–Sunday; the rate is pooled over the closed days (Σ min(a, e) ÷ Σ e), so today, which is open,
 * is never rated and has no absentees. A count over this week must be the same with and without today (else it throws).
 */
import { answer, figures, hours, people, rate, type Question } from '../../expectation';
import {
  EVERYONE,
  LAST_WEEK,
  lastWeekday,
  nonZero,
  personal,
  personalRate,
  rateOf,
  some,
  teamOf,
  THIS_WEEK,
  total,
  WEEK_BEFORE_LAST,
} from '../../oracle/practice62-figures';
import { atTheEnd, daysWhen, whoWith } from '../../oracle/practice62-lists';
import { absentD, halfN, lateN, missingN, outsideTeam, yesNo } from '../../oracle/practice62-team';
import { q } from '../helpers';

const DEV = teamOf('DEV');
const QA = teamOf('QA');
const DAT = teamOf('DAT');

/** Was the first week's rate better than the second's: yes or no, with both rates. */
function better(g: typeof DEV, first: typeof LAST_WEEK, second: typeof LAST_WEEK) {
  const a = rateOf(g, first);
  const b = rateOf(g, second);
  if (a === b) throw new Error('the two weeks are level');
  return yesNo(a > b, { figures: [rate(a), rate(b)] });
}

export const WEEKS: readonly Question[] = [
  // Priya Raman, DEV.
  q('QK049', 'DEV-001', 'lates in my team last week - how many and who?', () =>
    answer({ figures: [lateN(nonZero(total(DEV, 'late', LAST_WEEK)))], people: some(whoWith(DEV, 'late', LAST_WEEK, undefined, 'DEV-001')) }),
  ),
  q('QK050', 'DEV-001', "what was my team's attendance % last wk", () => figures(rate(rateOf(DEV, LAST_WEEK)))),
  q('QK051', 'DEV-001', 'who in my lot was absent last week', () => people(some(whoWith(DEV, 'absent', LAST_WEEK, undefined, 'DEV-001')))),
  q('QK052', 'DEV-001', 'anyone not check out properly last week?', () =>
    yesNo(true, { people: some(whoWith(DEV, 'missingCheckOut', LAST_WEEK, undefined, 'DEV-001')) }),
  ),
  q('QK053', 'DEV-001', 'how many half days did my team have last week', () => figures(halfN(nonZero(total(DEV, 'halfDay', LAST_WEEK))))),
  q('QK054', 'DEV-001', 'total hours my team clocked last week', () => figures(hours(total(DEV, 'hours', LAST_WEEK)))),
  q('QK055', 'DEV-001', 'who on my team has missed a day this week', () => people(some(whoWith(DEV, 'absent', THIS_WEEK, undefined, 'DEV-001')))),
  q('QK056', 'DEV-001', 'late arrivals in my team so far this week', () => figures(lateN(nonZero(total(DEV, 'late', THIS_WEEK))))),
  q('QK057', 'DEV-001', 'who rolled in late on monday on my team', () => {
    const monday = lastWeekday(1);
    return people(some(whoWith(DEV, 'late', [monday, monday], undefined, 'DEV-001')));
  }),
  q('QK058', 'DEV-001', 'my teams attendance this week vs last week', () => figures(rate(rateOf(DEV, THIS_WEEK)), rate(rateOf(DEV, LAST_WEEK)))),
  q('QK059', 'DEV-001', "was my team's attendance better last wk than the wk before?", () => better(DEV, LAST_WEEK, WEEK_BEFORE_LAST)),
  q('QK060', 'DEV-001', 'which day was daniel late last week', () => answer({ dates: some(daysWhen('DEV-008', 'late', LAST_WEEK)) })),
  q('QK061', 'DEV-001', 'which days did yuki only do a half day last week', () => answer({ dates: some(daysWhen('DEV-009', 'half-day', LAST_WEEK)) })),
  q('QK062', 'DEV-001', 'who put in the most hours on my team last week?', () => people(atTheEnd(DEV, 'hours', LAST_WEEK, 'most', 'DEV-001'))),
  q('QK063', 'DEV-001', "Ben's attendance rate this week", () => figures(rate(personalRate('DEV-012', THIS_WEEK)))),

  // Elena Petrova, QA.
  q('QK064', 'QA-001', 'who on my team had an absence last week', () => people(some(whoWith(QA, 'absent', LAST_WEEK, undefined, 'QA-001')))),
  q('QK065', 'QA-001', "QA's attendance rate last week?", () => figures(rate(rateOf(QA, LAST_WEEK)))),
  q('QK066', 'QA-001', 'how many lates did the testers rack up last week', () => figures(lateN(nonZero(total(QA, 'late', LAST_WEEK))))),
  q('QK067', 'QA-001', 'who missed a check-out last week on my team', () => people(some(whoWith(QA, 'missingCheckOut', LAST_WEEK, undefined, 'QA-001')))),
  q('QK068', 'QA-001', 'absent days in my team this week so far', () => figures(absentD(nonZero(total(QA, 'absent', THIS_WEEK))))),
  q('QK069', 'QA-001', 'who did the fewest hours in my team last week', () => people(atTheEnd(QA, 'hours', LAST_WEEK, 'least', 'QA-001'))),
  q('QK070', 'QA-001', 'did leo have any absences last week - which days?', () => yesNo(true, { dates: some(daysWhen('QA-008', 'absent', LAST_WEEK)) })),
  q('QK071', 'QA-001', 'on which days was marcus late last week', () => answer({ dates: some(daysWhen('QA-002', 'late', LAST_WEEK)) })),
  q('QK072', 'QA-001', 'attendance in my team: last week v the week before', () => figures(rate(rateOf(QA, LAST_WEEK)), rate(rateOf(QA, WEEK_BEFORE_LAST)))),
  q('QK073', 'QA-001', 'who on my team did a half day last week', () => people(some(whoWith(QA, 'halfDay', LAST_WEEK, undefined, 'QA-001')))),
  q('QK074', 'QA-001', 'Nina Kowalski hours last week + this week so far', () =>
    figures(hours(personal('QA-005', 'hours', LAST_WEEK)), hours(personal('QA-005', 'hours', THIS_WEEK))),
  ),

  // The HR admin, for contrast.
  q('QK075', 'admin', 'DEV v QA attendance last week', () =>
    answer({ figures: [rate(rateOf(DEV, LAST_WEEK)), rate(rateOf(QA, LAST_WEEK))], teams: ['DEV', 'QA'] }),
  ),
  q('QK076', 'admin', 'who in the data team was absent last week', () => people(some(whoWith(DAT, 'absent', LAST_WEEK)))),
  q('QK077', 'admin', 'how many missed check-outs were there last week company wide', () =>
    figures(missingN(nonZero(total(EVERYONE, 'missingCheckOut', LAST_WEEK)))),
  ),

  // Employees.
  q('QK078', 'QA-003', 'was i late any day last week', () => {
    const d = daysWhen('QA-003', 'late', LAST_WEEK);
    return yesNo(d.length > 0, { dates: d });
  }),
  q('QK079', 'SEC-004', 'how many hours have i done this week so far', () => figures(hours(personal('SEC-004', 'hours', THIS_WEEK)))),
  q('QK080', 'DAT-004', "what's the data team's attendance rate last week", () => outsideTeam('DAT')),
];
