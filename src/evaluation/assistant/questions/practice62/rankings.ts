/*
 * practice62 — rankings within the team and one member against another or against the team: the worst attendance,
 * the lowest N rates, who was late or absent the most, who worked the most hours, two people side by side, one person
 * against the team's figure. API.md: ties in a ranking go by name, "the most" with no number names everyone tied at the
 * top; a team's rate is the summary's pooled rate over its people, the manager's own days included. Every ranking must be
 * the same with and without the manager and with and without today (else it throws); a cut of N falling inside a tie is
 * not asked. "Best attendance" is asked only where the manager is not among those tied at 100 %.
 */
import { answer, figures, people, rate, type Question } from '../../expectation';
import {
  agree,
  idsOf,
  LAST_MONTH,
  month,
  personal,
  personalRate,
  rateOf,
  SINCE_TRACKING,
  teamOf,
  THIS_MONTH,
  threeOrMore,
  type Range,
} from '../../oracle/practice62-figures';
import { atTheEnd, firstN } from '../../oracle/practice62-lists';
import { absentD, lateN, outsideTeam, yesNo } from '../../oracle/practice62-team';
import { q } from '../helpers';

const DEV = teamOf('DEV');
const QA = teamOf('QA');

/** Two people's rates over a period, both named. */
const twoRates = (a: string, b: string, range: Range) => answer({ figures: [rate(personalRate(a, range)), rate(personalRate(b, range))], people: [a, b] });

/**
 * Is the person's rate below the team's: yes or no, with both rates (the team's as the summary gives it, the manager's own
 * days included); the verdict must be the same against the team without the manager, and the two rates clear of each other.
 */
function belowTeam(id: string, g: typeof DEV, range: Range, asker: string) {
  const mine = personalRate(id, range);
  const team = rateOf(g, range);
  const without = rateOf({ ids: idsOf(g).filter((x) => x !== asker) }, range);
  if (Math.abs(mine - team) < 0.001 || Math.abs(mine - without) < 0.001) throw new Error('too close to the team rate');
  return yesNo(agree([mine < team, mine < without]), { figures: [rate(mine), rate(team)] });
}

export const RANKINGS: readonly Question[] = [
  // Priya Raman, DEV.
  q('QK111', 'DEV-001', 'who has the worst attendance on my team this month', () => people(atTheEnd(DEV, 'rate', THIS_MONTH, 'least', 'DEV-001'))),
  q('QK112', 'DEV-001', 'lowest 3 attendance rates in my team for october', () => people(firstN(DEV, 'rate', month(10), 3, 'least', 'DEV-001'))),
  q('QK113', 'DEV-001', "who's been late the most on my team since august", () => people(atTheEnd(DEV, 'late', SINCE_TRACKING, 'most', 'DEV-001'))),
  q('QK114', 'DEV-001', 'top 3 for lates in my team last month', () => people(firstN(DEV, 'late', LAST_MONTH, 3, 'most', 'DEV-001'))),
  q('QK115', 'DEV-001', "compare lukas and daniel's attendance last month", () => twoRates('DEV-004', 'DEV-008', LAST_MONTH)),
  q('QK116', 'DEV-001', 'ben vs chris - days absent in october', () =>
    answer({ figures: [absentD(personal('DEV-012', 'absent', month(10))), absentD(personal('DEV-006', 'absent', month(10)))], people: ['DEV-006', 'DEV-012'] }),
  ),
  q('QK117', 'DEV-001', "is ben's attendance this month below the team's?", () => belowTeam('DEV-012', DEV, THIS_MONTH, 'DEV-001')),
  q('QK118', 'DEV-001', 'who in my team had the most absences last month?', () => people(atTheEnd(DEV, 'absent', LAST_MONTH, 'most', 'DEV-001'))),
  q('QK119', 'DEV-001', "who's had the best attendance in my team since august", () => people(atTheEnd(DEV, 'rate', SINCE_TRACKING, 'most', 'DEV-001'))),
  q('QK120', 'DEV-001', 'Daniel Okafor vs Lukas Novak: late arrivals since August', () =>
    answer({
      figures: [lateN(threeOrMore(personal('DEV-008', 'late', SINCE_TRACKING))), lateN(threeOrMore(personal('DEV-004', 'late', SINCE_TRACKING)))],
      people: ['DEV-004', 'DEV-008'],
    }),
  ),

  // Elena Petrova, QA.
  q('QK121', 'QA-001', 'worst attendance in my team last month?', () => people(atTheEnd(QA, 'rate', LAST_MONTH, 'least', 'QA-001'))),
  q('QK122', 'QA-001', 'bottom two for attendance in QA this month', () => people(firstN(QA, 'rate', THIS_MONTH, 2, 'least', 'QA-001'))),
  q('QK123', 'QA-001', 'marcus or leo - who was late more in october', () =>
    answer({
      figures: [lateN(threeOrMore(personal('QA-002', 'late', month(10)))), lateN(threeOrMore(personal('QA-008', 'late', month(10))))],
      people: ['QA-002', 'QA-008'],
    }),
  ),
  q('QK124', 'QA-001', "is leo's attendance this month above or below the QA rate", () => {
    const mine = personalRate('QA-008', THIS_MONTH);
    const team = rateOf(QA, THIS_MONTH);
    const without = rateOf({ ids: idsOf(QA).filter((x) => x !== 'QA-001') }, THIS_MONTH);
    if (Math.abs(mine - team) < 0.001 || Math.abs(mine - without) < 0.001) throw new Error('too close');
    return answer({ figures: [rate(mine), rate(team)], mentions: [agree([mine < team, mine < without]) ? 'below' : 'above'] });
  }),
  q('QK125', 'QA-001', "zoe's attendance rate last month vs the team's", () => figures(rate(personalRate('QA-009', LAST_MONTH)), rate(rateOf(QA, LAST_MONTH)))),
  q('QK126', 'QA-001', 'who has the most absences on my team since august', () => people(atTheEnd(QA, 'absent', SINCE_TRACKING, 'most', 'QA-001'))),
  q('QK127', 'QA-001', 'best attendance in my team last month', () => people(atTheEnd(QA, 'rate', LAST_MONTH, 'most', 'QA-001'))),
  q('QK128', 'QA-001', 'who on my team was late most often this month', () => people(atTheEnd(QA, 'late', THIS_MONTH, 'most', 'QA-001'))),
  q('QK129', 'QA-001', 'is peter below the team attendance rate for october?', () => belowTeam('QA-006', QA, month(10), 'QA-001')),

  // The HR admin, for contrast.
  q('QK130', 'admin', 'who in QA was late the most last month', () => people(atTheEnd(QA, 'late', LAST_MONTH, 'most'))),

  // Employees: a ranking of people is outside what they see.
  q('QK131', 'DEV-003', 'who has the best attendance in my team', () => outsideTeam('DEV')),
  q('QK132', 'QA-003', 'who was late the most in QA this month', () => outsideTeam('QA')),
];
