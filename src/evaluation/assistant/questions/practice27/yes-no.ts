/*
 * practice27 — the README's yes-or-no promise checked by every role: yes or no first, then the figure, date or
 * people behind it. Was anyone late or absent, has everyone checked in, did a rate go up between two periods,
 * is one team's rate higher than another's, did a person pass a line, did anyone join or leave in a period,
 * is a day a holiday, am I off on a day. Written code-blind from /work/shared/API.md, docs/API.md and the
 * README; every figure, date and person comes from the data set and the oracle.
 */
import { count, rate, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf, notCheckedInToday, type Scope } from '../../oracle/attendance-figures';
import { hiredBetween, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { decide, wentUp, yesNo } from '../../oracle/practice20-figures';
import { anyone, offOn, rateAtLeast, TOMORROW } from '../../oracle/practice23-figures';
import { higher, holidayOn, LAST_QUARTER } from '../../oracle/practice27-figures';
import { meanOf } from '../../oracle/practice19-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_QUARTER, YESTERDAY } from '../helpers';

const ALL: Scope = {};
const whether = ([truth, who]: [boolean, string[]]) => yesNo(truth, [], { people: who });
const everyoneIn = (scope: Scope) => {
  const missing = notCheckedInToday(scope);
  return yesNo(missing.length === 0, [], { people: missing });
};
const above = (id: string, range: readonly [string, string], line: number) => {
  const [truth, value] = rateAtLeast(id, range, line);
  return yesNo(truth, [rate(value)]);
};
const teamHigher = (a: string, b: string, range: readonly [string, string]) => {
  const ra = rateIn({ team: a }, range);
  const rb = rateIn({ team: b }, range);
  return yesNo(higher(ra, rb), [rate(ra), rate(rb)]);
};
const joined = (range: readonly [string, string], team?: string) => {
  const who = hiredBetween(range[0], range[1], team);
  return yesNo(who.length > 0, [], { people: who });
};

export const YES_NO: readonly Question[] = [
  q('PB210', 'admin', 'Was anyone late yesterday?', () => whether(anyone(ALL, 'late', [YESTERDAY, YESTERDAY]))),
  q('PB211', 'admin', 'anyone absent in SEC yesterday?', () => whether(anyone({ team: 'SEC' }, 'absent', [YESTERDAY, YESTERDAY]))),
  q('PB212', 'QA-001', 'has everyone in my team checked in today?', () => everyoneIn({ team: 'QA' })),
  q('PB213', 'DEV-001', 'has evryone on my team clocked in?', () => everyoneIn({ team: 'DEV' })),
  q('PB214', 'admin', "did DEV's attendance go up from September to October", () => {
    const before = rateIn({ team: 'DEV' }, SEPTEMBER);
    const after = rateIn({ team: 'DEV' }, OCTOBER);
    return wentUp(before, after, [rate(before), rate(after)]);
  }),
  q('PB215', 'QA-001', 'did our attendance improve from sept to oct?', () => {
    const before = rateIn({ team: 'QA' }, SEPTEMBER);
    const after = rateIn({ team: 'QA' }, OCTOBER);
    return wentUp(before, after, [rate(before), rate(after)]);
  }),
  q('PB216', 'admin', "Is AI's attendance higher than SEC's last quarter?", () => teamHigher('AI', 'SEC', LAST_QUARTER)),
  q('PB217', 'admin', 'is DAT attendance better than QA last week', () => teamHigher('DAT', 'QA', LAST_WEEK)),
  q('PB218', 'DEV-003', 'was my attendance above 95% last quarter?', () => above('DEV-003', LAST_QUARTER, 0.95)),
  q('PB219', 'SEC-004', 'was i above 90% attendance in october', () => above('SEC-004', OCTOBER, 0.9)),
  q('PB220', 'DEV-001', 'was Lukas late more than 3 times last month?', () => {
    const [truth, value] = decide(measureOf('DEV-004', 'late', ...OCTOBER), (v) => v > 3);
    return yesNo(truth, [near(count(value), 'late|time')]);
  }),
  q('PB221', 'admin', 'did anyone join in Q4?', () => joined(THIS_QUARTER)),
  q('PB222', 'admin', 'did anyone join the security team this quarter', () => joined(THIS_QUARTER, 'SEC')),
  q('PB223', 'DEV-001', 'did anyone leave my team this year', () => {
    const who = leftBetween('2025-01-01', TODAY, 'DEV');
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PB224', 'admin', 'is 25 december a holiday', () => yesNo(true, [], { dates: [holidayOn('Christmas Day')] })),
  q('PB225', 'DAT-004', 'is 13 October a working day?', () => yesNo(false, [], { mentions: ['Founders Day'] })),
  q('PB226', 'admin', 'is anyone in AI off tomorrow', () => {
    const who = offOn({ team: 'AI' }, TOMORROW);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PB227', 'QA-003', 'did i score above 80 in Q3', () => {
    const [truth, value] = decide(scoreOf('QA-003', '2025-Q3') ?? Number.NaN, (v) => v > 80);
    return yesNo(truth, [score(value)]);
  }),
  q('PB228', 'admin', "is DEV's Q3 average above the company's", () => {
    const dev = meanOf('2025-Q3', { team: 'DEV' });
    const all = meanOf('2025-Q3');
    return yesNo(higher(dev, all), [score(dev), score(all)]);
  }),
  q('PB229', 'SEC-004', 'am i off tomorrow', () => yesNo(offOn({ ids: ['SEC-004'] }, TOMORROW).length > 0, [])),
];
