/*
 * practice54 — leave balances by kind (annual, sick, unpaid), as employees check their own and HR checks anyone's.
 * API.md: the grant is the allowance × the calendar months of the year wholly inside the employment ÷ 12, rounded down
 * to a half day (people hired this year or gone have less); `taken` is approved leave, `pending` the requests still
 * waiting, available = allocated + adjusted − taken − pending. "Left" without more is asked only where it reads the
 * same with or without pending requests; "once my pending request is counted" asks for what is available. A team's
 * total still available leaves out those who have left (README). Leave over a holiday costs nothing for the holiday.
 */
import { figures, people, type Question } from '../../expectation';
import { balance } from '../../oracle/leave-figures';
import { agreed } from '../../oracle/practice16-figures';
import { myTeam } from '../../oracle/practice44-figures';
import {
  granted,
  hiredInMonth,
  leftInMonth,
  left,
  leftOf,
  leftUnder,
  pending,
  requestersOf,
  some,
  taken,
  teamAvailable,
  YEAR_SO_FAR,
} from '../../oracle/practice54-figures';
import { q } from '../helpers';

const available = (id: string, code: 'ANNUAL' | 'SICK' | 'UNPAID') => balance(id, code).available;
const allocated = (id: string, code: 'ANNUAL' | 'SICK' | 'UNPAID') => balance(id, code).allocated;
const used = (id: string, code: 'ANNUAL' | 'SICK' | 'UNPAID') => balance(id, code).taken;

export const BALANCES: readonly Question[] = [
  // Employees about themselves.
  q('QC001', 'DEV-003', 'hw much annual leave do i have left once my pending request is taken off?', () => figures(left(available('DEV-003', 'ANNUAL')))),
  q('QC002', 'DEV-003', "how many annual leave days have I got tied up in requests that aren't approved yet", () =>
    figures(pending(balance('DEV-003', 'ANNUAL').pending)),
  ),
  q('QC003', 'QA-003', 'How many sick days do I have remaining for 2025?', () => figures(left(leftOf('QA-003', 'SICK')))),
  // Nothing taken or pending: the entitlement and the balance are one figure.
  q('QC004', 'QA-003', "what's my annual leave entitlement this year", () =>
    figures(granted(agreed([allocated('QA-003', 'ANNUAL'), leftOf('QA-003', 'ANNUAL')]))),
  ),
  q('QC005', 'DAT-004', "Annual leave balance pls, I don't think I've used any", () => figures(left(leftOf('DAT-004', 'ANNUAL')))),
  // UNPAID has no allowance: nothing is available until someone takes it (then it goes negative).
  q('QC006', 'DAT-004', 'how many unpaid leave days do I have available?', () => figures(left(leftOf('DAT-004', 'UNPAID')))),
  q('QC007', 'SEC-004', 'annual leave: how many days are reserved by my pending request, and how many are still free?', () =>
    figures(pending(balance('SEC-004', 'ANNUAL').pending), left(available('SEC-004', 'ANNUAL'))),
  ),
  // A manager about themselves: what an employee may ask.
  q('QC008', 'QA-001', 'how many days of annual leave do I have myself', () => figures(left(leftOf('QA-001', 'ANNUAL')))),
  // A manager about their team.
  q('QC009', 'DEV-001', "Yuki Tanaka's annual leave - how much is available with her December request counted?", () =>
    figures(left(available('DEV-009', 'ANNUAL'))),
  ),
  // Chloe Dubois joined on 15 September: October to December, three months of the grant.
  q('QC010', 'DEV-001', "what is Chloe Dubois's sick leave allowance for this year", () => figures(granted(allocated('DEV-013', 'SICK')))),
  q('QC011', 'DEV-001', 'who on my team has used any sick leave this year', () =>
    people(some(myTeam('DEV-001', (s) => requestersOf(['approved'], s, 'SICK', YEAR_SO_FAR)))),
  ),
  q('QC012', 'DEV-001', 'daniel okafor, unpaid days taken in 2025?', () => figures(taken(used('DEV-008', 'UNPAID')))),
  // Leo Martins joined on 3 February: March to December.
  q('QC013', 'QA-001', 'Leo Martins joined in February, how many annual leave days was he granted for the year?', () =>
    figures(granted(allocated(hiredInMonth('QA-008', 'February'), 'ANNUAL'))),
  ),
  q('QC014', 'QA-001', 'how much leave does Chris Walker have free once his pending half day is counted?', () => figures(left(available('QA-004', 'ANNUAL')))),
  // Nina Kowalski's week in August held the Summer Bank Holiday: four days charged, not five.
  q('QC015', 'QA-001', 'nina kowalski annual bal', () => figures(left(leftOf('QA-005', 'ANNUAL')))),
  // The admin about anyone: leavers and new starters have a prorated grant.
  q('QC016', 'admin', "Victor Dumont's annual leave entitlement for 2025", () => figures(granted(allocated('AI-009', 'ANNUAL')))),
  q('QC017', 'admin', 'Laura Silva left in October. What was her sick leave allowance for the year?', () =>
    figures(granted(allocated(leftInMonth('DAT-009', 'October'), 'SICK'))),
  ),
  q('QC018', 'admin', 'Ines Carvalho only started this month. How much annual leave does she get for 2025?', () =>
    figures(granted(allocated(hiredInMonth('AI-010', 'November'), 'ANNUAL'))),
  ),
  // Founders Day fell inside Sana Qureshi's week of leave; the Autumn Half Day took half of Grace Kim's day.
  q('QC019', 'admin', 'How many days of annual leave does Sana Qureshi have left?', () => figures(left(leftOf('AI-004', 'ANNUAL')))),
  q('QC020', 'admin', 'grace kim annual leave remaining?', () => figures(left(leftOf('QA-007', 'ANNUAL')))),
  q('QC021', 'admin', 'Lucas Moreau - how much unpaid leave has he used?', () => figures(taken(used('SEC-005', 'UNPAID')))),
  // A team's total still available: the current staff only (Ethan Hughes, gone since September, is left out).
  q('QC022', 'admin', 'total annual leave still available to the Security team (current staff only)', () => figures(left(teamAvailable('ANNUAL', 'SEC')))),
  q('QC023', 'admin', 'How much annual leave is available in AI altogether?', () => figures(left(teamAvailable('ANNUAL', 'AI')))),
  // Everyone under a line: new starters with a prorated grant.
  q('QC024', 'admin', 'who has under 10 days of annual leave left?', () => people(leftUnder('ANNUAL', 10))),
  q('QC025', 'admin', 'annual leave allowance for Noah Brown, he started in August', () =>
    figures(granted(allocated(hiredInMonth('DAT-010', 'August'), 'ANNUAL'))),
  ),
];
