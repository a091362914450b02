/*
 * practice61 — leave balances and what is left after requests. API.md: the balance comes from the ledger — a grant of
 * the allowance × the calendar months wholly inside the employment ÷ 12, rounded down to a half day (someone hired in
 * September or October gets a few days), approved leave `taken` (days ahead included, charged by the expected fraction
 * without leave: a holiday costs nothing, a half holiday half), pending requests reserving their days — and available =
 * allocated − taken − pending. "Available" is asked as the API defines it; "left" only where the pending days make no
 * difference; "after my request" where there is one pending. A team's available leave leaves out those who have left.
 */
import { figures, type Question } from '../../expectation';
import { leaveD, month } from '../../oracle/practice58-figures';
import { grantD, leftD, pendingD } from '../../oracle/practice58-calendar';
import {
  afterRequests,
  availableOf,
  chargeOf,
  grantFor,
  groupAvailable,
  ledgerOf,
  leftOf,
  requestOver,
  theRequest,
  usedOf,
} from '../../oracle/practice61-leave';
import { teamOf } from '../../oracle/practice61-figures';
import { q } from '../helpers';

const left = (id: string, code: 'ANNUAL' | 'SICK' = 'ANNUAL') => figures(leftD(leftOf(id, code)));
const avail = (id: string) => figures(leftD(availableOf(id)));

export const BALANCES: readonly Question[] = [
  // HR.
  q('QJ001', 'admin', 'Leo Martins leave balance pls', () => left('QA-008')),
  q('QJ002', 'admin', 'Ivan Petrov only started in October. How many days of annual leave was he granted for this year?', () =>
    figures(grantD(agreeGrant('QA-010'))),
  ),
  // Felix Wagner's approved leave runs over Christmas: Christmas Eve costs half a day, Christmas and Boxing Day nothing.
  q('QJ003', 'admin', 'felix wagner - annual leave remaining once his christmas leave is counted', () => left('AI-003')),
  q('QJ004', 'admin', "how many annual leave days does Felix Wagner's December leave cost him?", () =>
    figures(leaveD(chargeOf(requestOver('AI-003', ['approved'], month(12))))),
  ),
  q('QJ005', 'admin', 'Chloe Dubois joined us in September. How much annual leave has she got for 2025 in total?', () =>
    figures(grantD(agreeGrant('DEV-013'))),
  ),
  q('QJ006', 'admin', 'total annual leave still available across the QA team', () => figures(leftD(groupAvailable(teamOf('QA'))))),
  // Managers.
  q('QJ007', 'DEV-001', 'how much annual leave do I have left', () => left('DEV-001')),
  q('QJ008', 'DEV-001', 'how many days of annual leave will Maria Gonzalez have left once her leave next week is done?', () => left('DEV-005')),
  q('QJ009', 'DEV-001', 'How much annual leave does Aisha Khan have available, counting the request she has pending?', () =>
    figures(leftD(afterRequests('DEV-003'))),
  ),
  q('QJ010', 'DEV-001', 'how much annual leave is still available across the whole DEV team, me included?', () =>
    figures(leftD(groupAvailable(teamOf('DEV')))),
  ),
  q('QJ011', 'QA-001', 'my leave balance', () => left('QA-001')),
  // Nina Kowalski's week in August began on the Summer Bank Holiday, which cost her nothing.
  q('QJ012', 'QA-001', 'Nina Kowalski: how many annual days has she used, and how many are left?', () =>
    figures(leaveD(usedOf('QA-005')), leftD(leftOf('QA-005'))),
  ),
  q('QJ013', 'QA-001', "Chris Walker's available annual leave, taking his pending half day into account", () => figures(leftD(afterRequests('QA-004')))),
  // Grace Kim's day off on 31 October fell on the Autumn Half Day: only the morning was leave.
  q('QJ014', 'QA-001', 'Grace Kim took 31 Oct off. how much annual leave did that actually cost her?', () =>
    figures(leaveD(chargeOf(theRequest('QA-007', ['approved'], '2025-10-31')))),
  ),
  // Employees.
  q('QJ015', 'DEV-003', 'how many annual leave days do i have available', () => avail('DEV-003')),
  q('QJ016', 'DEV-003', 'if my december request goes through, how many days of annual leave will I have left?', () => figures(leftD(afterRequests('DEV-003')))),
  q('QJ017', 'DEV-003', 'sick leave balance?', () => left('DEV-003', 'SICK')),
  q('QJ018', 'QA-003', 'how many sick days do i have left this year', () => left('QA-003', 'SICK')),
  q('QJ019', 'QA-003', 'Hello! Could you tell me how much annual leave I still have?', () => left('QA-003')),
  q('QJ020', 'DAT-004', 'how much holiday allowance have I got left', () => left('DAT-004')),
  q('QJ021', 'DAT-004', 'sick days left?', () => left('DAT-004', 'SICK')),
  q('QJ022', 'SEC-004', "How many days of annual leave do I have available now that I've asked for the 28th off?", () =>
    figures(leftD(afterRequests('SEC-004'))),
  ),
  q('QJ023', 'SEC-004', 'my annual leave: how much was I given this year, how much is pending and how much is available?', () => {
    const l = ledgerOf('SEC-004');
    if (l.granted === l.available) throw new Error('the figures coincide');
    return figures(grantD(l.granted), pendingD(l.pending), leftD(l.available));
  }),
];

/** A grant that is also what is available (nothing requested), so "how much do they have" reads one way. */
function agreeGrant(id: string): number {
  const granted = grantFor(id, 'ANNUAL');
  if (ledgerOf(id).available !== granted) throw new Error(`${id} has requests`);
  return granted;
}
