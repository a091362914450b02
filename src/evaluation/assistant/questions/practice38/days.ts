/*
 * practice38 — the manager's days: who is on leave, absent, late or not in yet today, yesterday, on a weekday of
 * this week, this week and next week; the two managers (Priya Raman of DEV, Elena Petrova of QA) about their own
 * team, and the admin covering for them. A manager's "who" with no team is their team.
 */
import { TODAY } from '../../dataset/calendar';
import { answer, count, figures, people, type Question } from '../../expectation';
import { attendedOn, checkedInToday, notCheckedInToday, type Scope } from '../../oracle/attendance-figures';
import { offBetween, onLeaveOfType, requests } from '../../oracle/leave-figures';
import {
  approvedAhead,
  COMING_FRIDAY,
  empty,
  filled,
  LAST_FRIDAY,
  MONDAY,
  near,
  peopleWith,
  TOMORROW,
  WEEK_BEFORE_LAST,
  yesNo,
  YESTERDAY,
} from '../../oracle/practice38-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, THIS_MONTH, THIS_WEEK } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const ALL: Scope = {};
const TODAY_ONLY = [TODAY, TODAY] as const;
const YESTERDAY_ONLY = [YESTERDAY, YESTERDAY] as const;
const union = (...lists: string[][]) => [...new Set(lists.flat())];

export const DAYS: readonly Question[] = [
  q('PM001', 'DEV-001', 'Is anyone on my team on leave today?', () => people(empty(offBetween(DEV, ...TODAY_ONLY)))),
  q('PM002', 'QA-001', 'anyone in QA on leave tmrw?', () => people(empty(offBetween(QA, TOMORROW, TOMORROW)))),
  // "Off" on an open day: nobody is absent yet (API.md), so an HR user means who is away on leave.
  q('PM003', 'admin', "who's off today?", () => people(filled(offBetween(ALL, ...TODAY_ONLY)))),
  q('PM004', 'admin', 'Covering for Priya today — has everyone in DEV checked in?', () => yesNo(false, [], { people: filled(notCheckedInToday(DEV)) })),
  q('PM005', 'DEV-001', 'who hasnt clocked in yet today', () => people(filled(notCheckedInToday(DEV)))),
  q('PM006', 'QA-001', "Who on my team still hasn't checked in today?", () => people(filled(notCheckedInToday(QA)))),
  q('PM007', 'QA-001', 'anyone late this morning?', () => people(filled(peopleWith(QA, 'late', TODAY_ONLY)))),
  q('PM008', 'DEV-001', 'was anyone on my team late today', () => people(empty(peopleWith(DEV, 'late', TODAY_ONLY)))),
  q('PM009', 'DEV-001', 'Who was late yesterday?', () => people(empty(peopleWith(DEV, 'late', YESTERDAY_ONLY)))),
  q('PM010', 'QA-001', 'who was absnt yesterdy', () => people(filled(peopleWith(QA, 'absent', YESTERDAY_ONLY)))),
  q('PM011', 'QA-001', 'who in my team was late or absent yday', () =>
    people(filled(union(peopleWith(QA, 'late', YESTERDAY_ONLY), peopleWith(QA, 'absent', YESTERDAY_ONLY)))),
  ),
  q('PM012', 'DEV-001', 'who forgot to chek out yesterday?', () => people(filled(peopleWith(DEV, 'missingCheckOut', YESTERDAY_ONLY)))),
  q('PM013', 'DEV-001', 'who on my team was absent on monday', () => people(filled(peopleWith(DEV, 'absent', [MONDAY, MONDAY])))),
  q('PM014', 'DEV-001', 'Which of my devs were late on Monday?', () => people(filled(peopleWith(DEV, 'late', [MONDAY, MONDAY])))),
  q('PM015', 'QA-001', 'who was absent last friday', () => people(filled(peopleWith(QA, 'absent', [LAST_FRIDAY, LAST_FRIDAY])))),
  q('PM016', 'DEV-001', 'whos been late so far this wk', () => people(filled(peopleWith(DEV, 'late', THIS_WEEK)))),
  // "This week" runs to today: Fatima Zahra's late check-in this morning is a late record of the week.
  q('PM017', 'QA-001', 'late ppl in my team this wk?', () => people(filled(peopleWith(QA, 'late', THIS_WEEK)))),
  q('PM018', 'DEV-001', 'anyone absent this wek?', () => people(filled(peopleWith(DEV, 'absent', THIS_WEEK)))),
  q('PM019', 'DEV-001', 'who on my team was absent the week before last', () => people(filled(peopleWith(DEV, 'absent', WEEK_BEFORE_LAST)))),
  q('PM020', 'DEV-001', 'Who on my team is off next week?', () => people(filled(offBetween(DEV, ...NEXT_WEEK)))),
  q('PM021', 'QA-001', "who's OOO nxt wk", () => people(filled(offBetween(QA, ...NEXT_WEEK)))),
  q('PM022', 'QA-001', 'is anyone on my team off on the 26th?', () => yesNo(true, [], { people: filled(offBetween(QA, '2025-11-26', '2025-11-26')) })),
  // Omar Haddad asked for the coming Friday and was rejected: no approved leave, so he is not off.
  q('PM023', 'DEV-001', 'is Omar off on friday? i thought he asked for it', () => {
    if (offBetween({ ids: ['DEV-010'] }, COMING_FRIDAY, COMING_FRIDAY).length > 0) throw new Error('Omar is off on Friday');
    return yesNo(false, [], { people: ['DEV-010'] });
  }),
  q('PM024', 'admin', "I'm covering for Elena this week. Who in QA is off next week?", () => people(filled(offBetween(QA, ...NEXT_WEEK)))),
  q('PM025', 'admin', 'covering for Priya today: who in DEV was late or absent yesterday?', () =>
    people(empty(union(peopleWith(DEV, 'late', YESTERDAY_ONLY), peopleWith(DEV, 'absent', YESTERDAY_ONLY)))),
  ),
  q('PM026', 'admin', "who in QA hasn't checked in yet", () => people(filled(notCheckedInToday(QA)))),
  q('PM027', 'QA-001', 'how many ppl on my team have clocked in so far today', () =>
    figures(near(count(checkedInToday(QA).length), 'clock|check|people|employee|member|person|staff|in')),
  ),
  q('PM028', 'QA-001', 'how many of my people were in yesterday', () =>
    figures(near(count(filled(attendedOn(QA, YESTERDAY)).length), 'people|employee|member|person|staff|in|present|attend')),
  ),
  q('PM029', 'DEV-001', 'anyone on half-day leave this week?', () =>
    people(
      filled([
        ...new Set(
          requests('approved', DEV)
            .filter((l) => l.half !== null && l.from <= THIS_WEEK[1] && THIS_WEEK[0] <= l.to)
            .map((l) => l.employee),
        ),
      ]),
    ),
  ),
  q('PM030', 'DEV-001', "When does Maria's leave start and end?", () => {
    const l = approvedAhead('DEV-005');
    return answer({ dates: [l.from, l.to] });
  }),
  q('PM031', 'QA-001', "zoe's leave next week, which day is it", () => answer({ dates: [approvedAhead('QA-009').from] })),
  q('PM032', 'DEV-001', 'who was on leave in my team last month?', () => people(filled(offBetween(DEV, ...OCTOBER)))),
  q('PM033', 'QA-001', 'anyone in my team on sick leave this month', () => people(filled(onLeaveOfType('SICK', ...THIS_MONTH, QA)))),
  q('PM034', 'admin', "who's off tmrw across the whole company", () => people(filled(offBetween(ALL, TOMORROW, TOMORROW)))),
  q(
    'PM035',
    'DEV-001',
    'Morning! Quick standup prep: who on my team is on leave this week, who hasn’t checked in yet today, and did anyone forget to check out yesterday?',
    () => people(filled(union(offBetween(DEV, ...THIS_WEEK), notCheckedInToday(DEV), peopleWith(DEV, 'missingCheckOut', YESTERDAY_ONLY)))),
  ),
  q('PM036', 'QA-001', 'Before I send the weekly note to my director: who in QA was absent last week, and who was late?', () =>
    people(filled(union(peopleWith(QA, 'absent', LAST_WEEK), peopleWith(QA, 'late', LAST_WEEK)))),
  ),
  q('PM037', 'admin', "Elena asked me to keep an eye on QA while she's travelling. Who's not in yet today, and is anyone on leave?", () =>
    people(filled(union(notCheckedInToday(QA), offBetween(QA, ...TODAY_ONLY)))),
  ),
];
