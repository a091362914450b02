/*
 * practice68 — missing check-outs to chase before the timesheets close. API.md: a record of a closed day with a
 * check-in and no check-out carries `missing_check_out` (null hours, still attended); today is open, so a check-in
 * not yet closed today is no missing check-out and "this month" reads the same with and without today. Who never
 * forgot to check out lists the people employed throughout the period with none (README).
 */
import type { Question } from '../../expectation';
import { datesWith, nobodyWith, sumOf, whoWith, type Group } from '../../oracle/practice68-figures';
import type { Span } from '../../oracle/practice68-periods';
import { q } from '../helpers';
import { AI, ALL, dates, DEV, figs, LAST_MONTH, LAST_WEEK, missingC, MONTH_SO_FAR, OCT, QA, SEC, SINCE_AUGUST, who, yesNo } from './shared';

const missing = (g: Group, span: Span) => figs(missingC(sumOf(g, 'missing', span)));
/** Yes or no for one person, with the days when yes. */
function forgot(id: string, span: Span) {
  const list = datesWith(id, 'missing', span);
  return list.length > 0 ? yesNo(true, { dates: list }) : yesNo(false);
}
/** Yes or no for a group ("did anyone …"), naming who when yes. */
function anyoneForgot(g: Group, span: Span, asker?: string) {
  const list = whoWith(g, 'missing', span, undefined, asker);
  return list.length > 0 ? yesNo(true, { people: list }) : yesNo(false);
}
/** Each team's missing check-outs that are not 0, side by side. */
const perTeam = (span: Span) =>
  figs(
    ...['DEV', 'QA', 'DAT', 'SEC', 'AI']
      .map((t) => sumOf({ team: t }, 'missing', span))
      .filter((n) => n > 0)
      .map(missingC),
  );

export const CHECKOUTS: readonly Question[] = [
  // HR.
  q('QQ107', 'admin', 'who forgot to check out this month?', () => who(whoWith(ALL, 'missing', MONTH_SO_FAR))),
  q('QQ108', 'admin', 'how many missing check-outs were there in October', () => missing(ALL, OCT)),
  q('QQ109', 'admin', 'any missing check-outs in DEV this month', () => who(whoWith(DEV, 'missing', MONTH_SO_FAR))),
  q('QQ110', 'admin', 'which days did Chris Morgan forget to check out since August?', () => dates(datesWith('DEV-006', 'missing', SINCE_AUGUST))),
  q('QQ111', 'admin', 'how many check-outs are missing across the company since 1 August', () => missing(ALL, SINCE_AUGUST)),
  q('QQ112', 'admin', 'did anyone in SEC forget to clock out in October?', () => anyoneForgot(SEC, OCT)),
  q('QQ113', 'admin', 'who forgot to check out last week', () => who(whoWith(ALL, 'missing', LAST_WEEK))),
  q('QQ114', 'admin', 'who in the AI team never forgot to check out in October', () => who(nobodyWith(AI, 'missing', OCT))),
  q('QQ115', 'admin', 'missing check-outs per team this month so far', () => perTeam(MONTH_SO_FAR)),
  q('QQ116', 'admin', 'Ravi Patel - which day did he forget to check out?', () => dates(datesWith('DEV-014', 'missing', SINCE_AUGUST))),
  // Managers.
  q('QQ117', 'DEV-001', 'who on my team has a missing check-out this month', () => who(whoWith(DEV, 'missing', MONTH_SO_FAR, undefined, 'DEV-001'))),
  q('QQ118', 'DEV-001', 'did omar forget to check out anywhere this month', () => forgot('DEV-010', MONTH_SO_FAR)),
  q('QQ119', 'QA-001', 'anyone in my team not check out properly this month?', () => who(whoWith(QA, 'missing', MONTH_SO_FAR, undefined, 'QA-001'))),
  q('QQ120', 'QA-001', 'which day did Leo Martins forget to check out this month', () => dates(datesWith('QA-008', 'missing', MONTH_SO_FAR))),
  // Employees.
  q('QQ121', 'DEV-003', 'did I forget to check out any day this month?', () => forgot('DEV-003', MONTH_SO_FAR)),
  q('QQ122', 'SEC-004', 'any missing check-outs for me in oct?', () => forgot('SEC-004', OCT)),
  q('QQ123', 'DAT-004', 'have I got any missing check-outs since August to fix?', () => forgot('DAT-004', SINCE_AUGUST)),
  q('QQ124', 'QA-003', 'did i forget to check out at all last month', () => forgot('QA-003', LAST_MONTH)),
];
