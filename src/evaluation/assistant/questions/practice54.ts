/*
 * The fifty-fourth practice set: leave and the work calendar in depth, as HR people and employees ask about them — the
 * HR generalist (admin, everyone), the managers Priya Raman (DEV) and Elena Petrova (QA) about their own team, and the
 * employees Aisha Khan, Fatima Zahra, Kevin O'Brien and Emma Clarke about themselves. It asks for leave balances by
 * kind (prorated grants for people hired or gone this year, pending days reserved, a team's still-available total
 * without its leavers), leave taken so far against leave booked ahead (leave under way today split at today),
 * requests by state, kind, date and half day and what they cost, who is off on a day, a week or a month (only
 * approved leave is booked), holidays by name, date and team, working days for a person or a team over a period,
 * half days, missing check-outs (today's open check-ins are not missing) and corrections pending — and the absence
 * rule's edges asked as plain questions whose answers depend on them: leave on a holiday or over a weekend, a team's
 * own holiday, days before tracking started, days after a leaver's last day, weekends, a morning off moving the start
 * to 13:00. Some questions must be refused, naming what cannot be done (pay, a fortnight, predictions, orders to
 * change data, kinds of leave not kept); some cross the caller's scope (not found, or named back as outside); "chris"
 * is ambiguous for the admin. Messages are typed as HR people type them: short and long, typos and slang ("tmrw",
 * "reqs", "bal", "OOO"). Whoever wrote it read only /work/shared/API.md, docs/API.md and the README (and the
 * evaluation harness), never the assistant's code, and did not run the assistant: it is written code-blind. Every
 * figure, person, team and date is computed by the oracle from the data set (oracle/practice54-figures.ts for what is
 * new), never typed in.
 */
import type { Question } from '../expectation';
import { BALANCES } from './practice54/balances';
import { CHECK_OUTS } from './practice54/check-outs';
import { EDGES } from './practice54/edges';
import { HOLIDAYS } from './practice54/holidays';
import { OFF } from './practice54/off';
import { REFUSALS } from './practice54/refusals';
import { REQUESTS } from './practice54/requests';
import { SCOPE } from './practice54/scope';
import { TAKEN_AHEAD } from './practice54/taken-ahead';
import { WORKING_DAYS } from './practice54/working-days';

export const PRACTICE54: readonly Question[] = [
  ...BALANCES,
  ...TAKEN_AHEAD,
  ...REQUESTS,
  ...OFF,
  ...HOLIDAYS,
  ...WORKING_DAYS,
  ...EDGES,
  ...CHECK_OUTS,
  ...SCOPE,
  ...REFUSALS,
];
