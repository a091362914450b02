/*
 * practice68 — hours worked for the timesheets: per person and per team, over a month or a week. API.md: a record's
 * `hours_worked` is its check-out less its check-in (null while checked in, and on a missing check-out), and the
 * hours of a period add them up; today, still open, adds nothing (nobody has checked out yet), so "so far" reads the
 * same with and without it. README: "who worked fewer than …" counts someone expected at work with no record as 0;
 * "the most" names everyone tied at the top. Lists are checked to hold no leaver and not the asking manager.
 */
import type { Question } from '../../expectation';
import { leastWith, mostWith, sumOf, topValue, whoWith, type Group } from '../../oracle/practice68-figures';
import type { Span } from '../../oracle/practice68-periods';
import { q } from '../helpers';
import {
  AI,
  ALL,
  answer,
  AUG,
  DAT,
  DEV,
  figs,
  hoursF,
  LAST_MONTH,
  LAST_WEEK,
  MONTH_SO_FAR,
  NOV_1_TO_14,
  NOV_1_TO_18,
  OCT,
  one,
  QA,
  SEC,
  SEP,
  THIS_WEEK,
  WEEK_OF_NOV_3,
  who,
} from './shared';

const hrs = (g: Group, span: Span) => figs(hoursF(sumOf(g, 'hours', span)));
const mine = (id: string, span: Span) => hrs(one(id), span);
const TEAMS = ['DEV', 'QA', 'DAT', 'SEC', 'AI'];
/** Each team's hours side by side. */
const perTeam = (span: Span) => figs(...TEAMS.map((t) => hoursF(sumOf({ team: t }, 'hours', span))));
/** The team with the most hours: its code and its hours. */
function topTeam(span: Span) {
  const all = TEAMS.map((t) => ({ t, h: sumOf({ team: t }, 'hours', span) })).sort((a, b) => b.h - a.h);
  if (all[0]!.h === all[1]!.h) throw new Error('two teams tied');
  return answer({ mentions: [all[0]!.t], figures: [hoursF(all[0]!.h)] });
}
const most = (g: Group, span: Span, asker?: string) => who(mostWith(g, 'hours', span, asker), hoursF(topValue(g, 'hours', span)));
function fewest(g: Group, span: Span, asker?: string) {
  const low = leastWith(g, 'hours', span, asker);
  return who(low.ids, hoursF(low.value));
}

export const HOURS: readonly Question[] = [
  // HR.
  q('QQ027', 'admin', 'total hours worked by the DEV team in October', () => hrs(DEV, OCT)),
  q('QQ028', 'admin', 'hours worked by QA last week?', () => hrs(QA, LAST_WEEK)),
  q('QQ029', 'admin', 'hours per team for October please', () => perTeam(OCT)),
  q('QQ030', 'admin', 'How many hours did Lukas Novak work in September?', () => mine('DEV-004', SEP)),
  q('QQ031', 'admin', 'sofia rossi hrs last week', () => mine('DEV-011', LAST_WEEK)),
  q('QQ032', 'admin', 'hours logged by ben carter in october', () => mine('DEV-012', OCT)),
  q('QQ033', 'admin', 'hrs worked by the data team 1-18 nov', () => hrs(DAT, NOV_1_TO_18)),
  q('QQ034', 'admin', "what's the total number of hours worked across the company in August", () => hrs(ALL, AUG)),
  q('QQ035', 'admin', 'who worked the most hours in DEV in October?', () => most(DEV, OCT)),
  q('QQ036', 'admin', 'which team put in the most hours last week', () => topTeam(LAST_WEEK)),
  q('QQ037', 'admin', "Daniel Okafor's hours this month so far", () => mine('DEV-008', MONTH_SO_FAR)),
  q('QQ038', 'admin', 'who in SEC worked fewer than 160 hours in October?', () => who(whoWith(SEC, 'hours', OCT, (h) => h < 160))),
  q('QQ039', 'admin', 'who in AI clocked more than 170 hours in october', () => who(whoWith(AI, 'hours', OCT, (h) => h > 170))),
  q('QQ040', 'admin', 'how many hours did Mei Lin work between 1 and 14 November?', () => mine('DAT-005', NOV_1_TO_14)),
  q('QQ041', 'admin', 'hours per team last week, for the timesheet check', () => perTeam(LAST_WEEK)),
  // Managers.
  q('QQ042', 'DEV-001', "my team's total hours in October", () => hrs(DEV, OCT)),
  q('QQ043', 'DEV-001', 'hours worked by Yuki Tanaka last month', () => mine('DEV-009', LAST_MONTH)),
  q('QQ044', 'DEV-001', 'how many hours did omar put in last week?', () => mine('DEV-010', LAST_WEEK)),
  q('QQ045', 'DEV-001', 'who on my team logged the most hours in October', () => most(DEV, OCT, 'DEV-001')),
  q('QQ046', 'DEV-001', 'total hrs for DEV this week so far', () => hrs(DEV, THIS_WEEK)),
  q('QQ047', 'QA-001', 'Zoe Adams - hours last week?', () => mine('QA-009', LAST_WEEK)),
  q('QQ048', 'QA-001', 'how many hours did my team do between 1 and 14 November', () => hrs(QA, NOV_1_TO_14)),
  q('QQ049', 'QA-001', 'who on my team worked the fewest hours last week?', () => fewest(QA, LAST_WEEK, 'QA-001')),
  // Employees.
  q('QQ050', 'DEV-003', 'my hours in october', () => mine('DEV-003', OCT)),
  q('QQ051', 'DEV-003', 'how many hours did I work last week?', () => mine('DEV-003', LAST_WEEK)),
  q('QQ052', 'QA-003', 'what are my total hours for september', () => mine('QA-003', SEP)),
  q('QQ053', 'QA-003', 'hours i did in the week of 3 nov', () => mine('QA-003', WEEK_OF_NOV_3)),
  q('QQ054', 'DAT-004', "hours I've worked this month so far?", () => mine('DAT-004', MONTH_SO_FAR)),
  q('QQ055', 'SEC-004', 'Sorting out my timesheet - my hours last month?', () => mine('SEC-004', LAST_MONTH)),
  q('QQ056', 'SEC-004', 'how many hours have I worked this week', () => mine('SEC-004', THIS_WEEK)),
];
