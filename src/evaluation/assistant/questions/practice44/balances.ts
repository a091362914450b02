/*
 * practice44 — leave balances and leave taken this year, as payroll checks them before the year closes. API.md: the
 * grant is the type's allowance × the calendar months of the year wholly inside the employment ÷ 12, rounded down to
 * a half day (so people hired this year, or gone, have less); `taken` counts approved leave (days ahead included),
 * `pending` the requests waiting, and available = allocated + adjusted − taken − pending. A "balance" or what is
 * "available" is that figure; "left" is asked only where it reads the same with or without pending requests. Leave
 * *taken* this year is the days gone by, with approved days still ahead said apart, and leave under way today split
 * at today (README). Employees ask about themselves, managers about their team, the admin about anyone.
 */
import { days, figures, people, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { takenAndAhead } from '../../oracle/practice28-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import {
  ALL,
  allocatedOf,
  availableOf,
  leastLeft,
  leftOf,
  leaveOf,
  mostLeave,
  pendingOf,
  some,
  team,
  teamLeft,
  YEAR_SO_FAR,
} from '../../oracle/practice44-figures';
import { q } from '../helpers';

const LEFT = 'left|remain|available|balance|leave|day';
const PENDING = 'pending|request|wait|approval|reserved';
const TAKEN = 'taken|used|had|sick|unpaid|leave|day';
/** A balance figure next to a word for what is left. */
const left = (n: number) => figures(near(days(n), LEFT));
/** A manager's "who on my team has the least …": the same whether or not the manager counts. */
const leastOnTeam = (manager: string, teamCode: string) => sameWithoutAsker(team(teamCode), manager, () => leastLeft('ANNUAL', teamCode));

export const BALANCES: readonly Question[] = [
  // Employees about themselves.
  q('PS033', 'DEV-003', "what's my annual leave balance?", () => left(availableOf('DEV-003', 'ANNUAL'))),
  q('PS034', 'DEV-003', 'how many days of annual leave have I got pending', () => figures(near(days(pendingOf('DEV-003', 'ANNUAL')), PENDING))),
  q('PS035', 'DEV-003', 'my sick leave balance pls', () => left(availableOf('DEV-003', 'SICK'))),
  q('PS036', 'QA-003', 'How many sick days do I have left?', () => left(leftOf('QA-003', 'SICK'))),
  q('PS037', 'QA-003', 'how many sick days have I used this year?', () => figures(near(days(leaveOf('QA-003', YEAR_SO_FAR, 'SICK')), TAKEN))),
  // "PTO" and "time off" read as leave.
  q('PS038', 'DAT-004', 'how much PTO have I got left this year', () => left(leftOf('DAT-004', 'ANNUAL'))),
  // Emma Clarke's pending day is reserved: what is available is one day less than her grant.
  q('PS039', 'SEC-004', 'how much annual leave do I have available?', () => left(availableOf('SEC-004', 'ANNUAL'))),
  q('PS040', 'SEC-004', 'how many annual leave days are pending for me?', () => figures(near(days(pendingOf('SEC-004', 'ANNUAL')), PENDING))),
  // Managers about themselves: what an employee may do.
  q('PS041', 'DEV-001', "what's my own annual leave balance", () => left(availableOf('DEV-001', 'ANNUAL'))),
  // Managers about their team. Chloe Dubois joined on 15 September: October to December, three months of the grant.
  q('PS042', 'DEV-001', 'how much annual leave does Chloe have left', () => left(leftOf('DEV-013', 'ANNUAL'))),
  q('PS043', 'DEV-001', "Aisha Khan's annual leave balance", () => left(availableOf('DEV-003', 'ANNUAL'))),
  q('PS044', 'DEV-001', 'how much leave has Lukas Novak taken this year?', () => figures(...takenAndAhead('DEV-004'))),
  // Maria Gonzalez has taken nothing yet: her approved week is still ahead, said apart.
  q('PS045', 'DEV-001', 'how much annual leave has Maria Gonzalez taken this year', () => figures(...takenAndAhead('DEV-005'))),
  q('PS046', 'DEV-001', 'who in my team has the least annual leave left?', () => people(some(leastOnTeam('DEV-001', 'DEV')))),
  // Ivan Petrov joined on 6 October: November and December only.
  q('PS047', 'QA-001', 'how much annual leave does Ivan have left', () => left(leftOf('QA-010', 'ANNUAL'))),
  // Zoe Adams's approved day on 26 November is already charged.
  q('PS048', 'QA-001', 'zoe adams annual leave balance', () => left(availableOf('QA-009', 'ANNUAL'))),
  // The admin about anyone: people hired this year, a leaver, leave ahead over the holidays.
  q('PS049', 'admin', 'annual leave balance for Ines Carvalho', () => left(availableOf('AI-010', 'ANNUAL'))),
  q('PS050', 'admin', 'How much annual leave does Noah Brown have left?', () => left(leftOf('DAT-010', 'ANNUAL'))),
  q('PS051', 'admin', 'how many sick days does Ivan Petrov have left', () => left(leftOf('QA-010', 'SICK'))),
  q('PS052', 'admin', "what is Laura Silva's annual leave balance?", () => left(availableOf('DAT-009', 'ANNUAL'))),
  q('PS053', 'admin', 'how much annual leave was Ben Carter granted this year', () =>
    figures(near(days(allocatedOf('DEV-012', 'ANNUAL')), 'grant|allocat|allowance|entitle|leave|day')),
  ),
  // Felix Wagner's approved days over Christmas cost 5.5 (the holidays under them cost nothing) and are charged already.
  q('PS054', 'admin', "Felix Wagner's annual leave balance", () => left(availableOf('AI-003', 'ANNUAL'))),
  q('PS055', 'admin', 'how much annual leave has Mohammed Saleh taken this year?', () => figures(...takenAndAhead('SEC-003'))),
  // Anna Berg's leave is under way: today is taken, tomorrow and Friday are ahead.
  q('PS056', 'admin', 'how much annual leave has Anna Berg taken this year?', () => figures(...takenAndAhead('DAT-007'))),
  q('PS057', 'admin', 'how much annual leave is left across the QA team?', () => left(teamLeft('ANNUAL', 'QA'))),
  q('PS058', 'admin', 'who in Security has the least annual leave left', () => people(some(leastLeft('ANNUAL', 'SEC')))),
  // "The most" with no number names everyone tied at the top.
  q('PS059', 'admin', 'who has taken the most sick leave this year?', () => people(some(mostLeave(ALL, 'SICK', YEAR_SO_FAR)))),
  q('PS060', 'admin', 'how many days of unpaid leave has Daniel Okafor taken?', () => figures(near(days(leaveOf('DEV-008', YEAR_SO_FAR, 'UNPAID')), TAKEN))),
];
