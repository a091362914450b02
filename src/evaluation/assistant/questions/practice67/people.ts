/*
 * practice67 — one person against another, asked by HR: who was late more, who was absent more, whose attendance
 * rate was better, who worked more hours, whose score was higher and by how much, who improved more from one quarter
 * to the next, who has more annual leave left, who has been here longer. Both people's figures (or dates) are
 * expected, and both people named; "did X …" questions also want the yes or no.
 */
import type { Question } from '../../expectation';
import { bigger } from '../../oracle/practice67-figures';
import { change, earlier, hireOf, leaveF, leftOf, S, sc } from '../../oracle/practice67-judge';
import { q } from '../helpers';
import { AUG, LASTM, LW, OCT, SEP, at, isMore, isLess, one, pair, quarterDays, scoreGap, scoreMore, scores, sides, yesNo } from './shared';

const Q3_DAYS = at(quarterDays(3), '2025-07-01', '2025-09-30');
const both = (a: string, b: string) => ({ people: [a, b] });
/** Two people on one measure over one period. */
const vs = (m: Parameters<typeof pair>[0], a: string, b: string, per: typeof OCT) => pair(m, [one(a), per], [one(b), per], both(a, b));

export const PEOPLE_VS: readonly Question[] = [
  // Late and absent.
  q('QP057', 'admin', 'who was late more in October, Felix Wagner or Mohammed Saleh?', () => vs('late', 'AI-003', 'SEC-003', OCT)),
  q('QP058', 'admin', 'lukas novak or daniel okafor - more late arrivals in sept?', () => vs('late', 'DEV-004', 'DEV-008', SEP)),
  q('QP059', 'admin', 'Who missed more days last month: Chris Walker or Peter Hansen?', () => vs('absent', 'QA-004', 'QA-006', LASTM)),
  q('QP060', 'admin', 'ben carter or chris morgan, who was absent more in august', () => vs('absent', 'DEV-012', 'DEV-006', AUG)),
  q('QP061', 'admin', 'Julia Fischer vs Felix Wagner: late arrivals in Q3', () => vs('late', 'DAT-003', 'AI-003', Q3_DAYS)),
  q('QP062', 'admin', 'was Lukas Novak late less often in August than in September?', () =>
    isLess('late', [one('DEV-004'), AUG], [one('DEV-004'), SEP], { people: ['DEV-004'] }),
  ),
  // Attendance rates and hours.
  q('QP063', 'admin', "was Zoe Adams's attendance in October better than Chris Walker's?", () =>
    isMore('rate', [one('QA-009'), OCT], [one('QA-004'), OCT], both('QA-009', 'QA-004')),
  ),
  q('QP064', 'admin', 'sarah johnson vs james wilson attendance rate in september', () => vs('rate', 'DAT-001', 'SEC-001', SEP)),
  q('QP065', 'admin', 'who had the better attendance last month, Pablo Ruiz or Samuel Wright', () => vs('rate', 'DAT-006', 'DAT-008', LASTM)),
  q('QP066', 'admin', 'Julia Fischer or Ahmed Ali — who worked more hours in October?', () => vs('hours', 'DAT-003', 'DAT-002', OCT)),
  q('QP067', 'admin', 'hours in sept: wei zhang v amara nwosu', () => vs('hours', 'AI-001', 'AI-002', SEP)),
  q('QP068', 'admin', 'did Ravi Patel work fewer hours than Tom Becker last week?', () =>
    isLess('hours', [one('DEV-014'), LW], [one('DEV-002'), LW], both('DEV-014', 'DEV-002')),
  ),
  // Scores.
  q('QP069', 'admin', 'who has the better Q3 score, Grace Kim or Nina Kowalski?', () =>
    scores(sc('QA-007', '2025-Q3'), sc('QA-005', '2025-Q3'), both('QA-007', 'QA-005')),
  ),
  q('QP070', 'admin', 'by how many points did Emma Clarke outscore Isabel Santos in Q3', () =>
    scoreGap(sc('SEC-004', '2025-Q3'), sc('SEC-006', '2025-Q3'), both('SEC-004', 'SEC-006')),
  ),
  q('QP071', 'admin', "is Kevin O'Brien's Q3 score higher than Sana Qureshi's", () =>
    scoreMore(sc('DAT-004', '2025-Q3'), sc('AI-004', '2025-Q3'), both('DAT-004', 'AI-004')),
  ),
  q('QP072', 'admin', 'did Olivia Martin score higher than James Wilson in Q3?', () =>
    scoreMore(sc('SEC-002', '2025-Q3'), sc('SEC-001', '2025-Q3'), both('SEC-002', 'SEC-001')),
  ),
  q('QP073', 'admin', 'Diego Alvarez vs Lena Hoffmann: who improved more from Q2 to Q3?', () => {
    const d = change(sc('AI-005', '2025-Q2'), sc('AI-005', '2025-Q3'));
    const l = change(sc('AI-006', '2025-Q2'), sc('AI-006', '2025-Q3'));
    bigger(d, l, 'score');
    return sides([S(d), S(l)], both('AI-005', 'AI-006'));
  }),
  // Leave and service.
  q('QP074', 'admin', 'who has more annual leave left, Maria Gonzalez or Tom Becker?', () => {
    const m = leftOf('DEV-005');
    const t = leftOf('DEV-002');
    bigger(m, t, 'days');
    return sides([leaveF(m), leaveF(t)], both('DEV-005', 'DEV-002'));
  }),
  q('QP075', 'admin', 'who has been here longer, Ravi Patel or Lukas Novak?', () => {
    earlier('DEV-014', 'DEV-004');
    return sides([], { ...both('DEV-014', 'DEV-004'), dates: [hireOf('DEV-014'), hireOf('DEV-004')] });
  }),
  q('QP076', 'admin', 'did Sofia Rossi join before Aisha Khan?', () =>
    yesNo(earlier('DEV-011', 'DEV-003') === 'DEV-011', [], { ...both('DEV-011', 'DEV-003'), dates: [hireOf('DEV-011'), hireOf('DEV-003')] }),
  ),
];
