/*
 * practice64 — attendance rates, absences and hours, asked in long messages: a meeting, an email or a colleague first,
 * other people and teams named in passing, then one real question (or two joined). The answer is for the question
 * asked, in the caller's scope: a name or team given only as context changes nothing (Sarah Johnson's numbers do not
 * make "the whole company" Data's; the QA manager's curiosity does not make "my team" QA), while a pronoun or "that
 * month" that points back takes the person or period the context names. API.md: the rate is Σ min(a, e) ÷ Σ e over
 * closed days; a half day off counts as half; today, open, has no absentees.
 */
import { answer, figures, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { LAST_WEEK, month, on, some, SINCE_TRACKING, THIS_MONTH, THIS_QUARTER, THIS_WEEK, YESTERDAY } from '../../oracle/practice58-figures';
import {
  absenceRateOf,
  absentD,
  claim,
  datesOf,
  EVERYONE,
  hoursH,
  most,
  personal,
  rateF,
  rateOf,
  shortOfFull,
  team,
  who,
  figureOf,
  clearOf,
  only,
  type Range,
} from '../../oracle/practice64-figures';
import { holidayNamed } from '../../oracle/practice64-leave';
import { person } from '../../dataset/dataset';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
const rateOfPerson = (id: string, range: Range) => figures(rateF(rateOf(only(id), range)));
const absences = (id: string, range: Range) => figures(absentD(personal(id, 'absent', range)));
/** The teams whose rate over a period is below a line, each clear of it, with their rates. */
function teamsBelow(range: Range, line: number) {
  const below = ['AI', 'DAT', 'DEV', 'QA', 'SEC'].filter((t) => clearOf(rateOf(team(t), range), line) < line);
  return answer({ teams: some(below), figures: below.map((t) => rateF(rateOf(team(t), range))) });
}

export const ATTENDANCE: readonly Question[] = [
  // HR.
  q(
    'QM001',
    'admin',
    "Morning! I'm putting the slides together for Thursday's ops review. Sarah Johnson from Data has already sent over her team's numbers, and Wei promised his by noon. I just need one company figure. What was the attendance rate for the whole company last week?",
    () => figures(rateF(rateOf(EVERYONE, LAST_WEEK))),
  ),
  q(
    'QM002',
    'admin',
    "Quick one before my 1:1 with James Wilson this afternoon — he manages Lucas and wants to talk about absences. I don't want to go in blind. How many days of absence did Lucas Moreau have in October? Thanks!",
    () => absences('SEC-005', month(10)),
  ),
  q(
    'QM003',
    'admin',
    "Morning. We're reviewing the attendance policy after a complaint came in from the QA floor about the open-plan noise, and the leadership team wants data rather than anecdotes. Which teams had an attendance rate below 90% in October?",
    () => teamsBelow(month(10), 0.9),
  ),
  q(
    'QM004',
    'admin',
    "Pablo Ruiz's manager mentioned he had a rough September. I don't need the reasons, just the figure — what was his attendance rate that month?",
    () => rateOfPerson('DAT-006', month(9)),
  ),
  q(
    'QM005',
    'admin',
    'For the board pack I need a single line on absence. Across the whole company, how many days were lost to absence in September? Half days count as half, obviously.',
    () => figures(absentD(figureOf(EVERYONE, 'absent', month(9)))),
  ),
  q(
    'QM006',
    'admin',
    "Hi — Ben Carter's probation review is next week and Priya asked me to pull his record together. She's already got his scores. How many days has he been absent since the start of August? Cheers",
    () => absences('DEV-012', SINCE_TRACKING),
  ),
  q(
    'QM007',
    'admin',
    "Security Team Day is coming up on 1 December and Olivia wants to say something nice about the quarter. What's Security's attendance rate so far this quarter?",
    () => {
      claim(holidayNamed('Security Team Day').date === '2025-12-01', 'Security Team Day is 1 December');
      return figures(rateF(rateOf(team('SEC'), THIS_QUARTER)));
    },
  ),
  q(
    'QM008',
    'admin',
    "Following up on an email from Ahmed Ali about his team — he thinks a couple of people were out. He didn't say who and I don't want to guess. Who in DAT was absent at some point last week?",
    () => people(some(who(team('DAT'), 'absent', LAST_WEEK))),
  ),
  q(
    'QM009',
    'admin',
    "Hello! Mohammed Saleh is back from his week off and his manager wants a catch-up with him. Before that happens: what was Mohammed's attendance rate in October?",
    () => {
      claim(personal('SEC-003', 'leave', LAST_WEEK) === 5, 'Mohammed Saleh was on leave all last week');
      return rateOfPerson('SEC-003', month(10));
    },
  ),
  q(
    'QM010',
    'admin',
    "ive had 3 emails this week about the cold office in the QA area. unrelated, but while im here — what's the absence rate for QA this month? ta",
    () => figures(rateF(absenceRateOf(QA, THIS_MONTH))),
  ),
  q('QM011', 'admin', "Diego Alvarez and Arjun Mehta share a desk, if that matters (it doesn't). Who in AI missed any days last week?", () =>
    people(some(who(team('AI'), 'absent', LAST_WEEK))),
  ),
  q(
    'QM012',
    'admin',
    "Jakub Wozniak's lead mentioned he wasn't in yesterday and she was a bit worried. I'd rather see the whole picture than chase one person. Can you list everyone who was absent yesterday, company-wide?",
    () => {
      claim(personal('SEC-007', 'absent', on(YESTERDAY)) === 1, 'Jakub Wozniak was absent yesterday');
      return people(some(who(EVERYONE, 'absent', on(YESTERDAY))));
    },
  ),
  // Managers.
  q(
    'QM013',
    'DEV-001',
    "Tom's off to a conference next month so I'm doing the team health check myself this time round. Last time he used a spreadsheet I never found. What attendance rate did my team hit in October?",
    () => figures(rateF(rateOf(DEV, month(10)))),
  ),
  q(
    'QM014',
    'DEV-001',
    "Ben asked me yesterday whether his absences were becoming a problem and I didn't have the numbers to hand. Who on my team had the most absence in October? Cheers.",
    () => people(most(DEV, 'absent', month(10), 'DEV-001')),
  ),
  q(
    'QM015',
    'DEV-001',
    "Hannah Schmidt told me she felt rough a couple of times this month. I'm not after anything medical, just the dates for my notes. Which days was she absent in November?",
    () => answer({ dates: some(datesOf('DEV-007', 'absent', THIS_MONTH)) }),
  ),
  q(
    'QM016',
    'DEV-001',
    'hey! the QA manager keeps asking how we compare, but i only care about my own lot right now. who on my team fell short of 100% attendance last week? thx',
    () => people(some(shortOfFull(DEV, LAST_WEEK, 'DEV-001'))),
  ),
  q(
    'QM017',
    'DEV-001',
    'Writing the weekly update for the engineering director, she only wants the headline. How many days of absence did DEV have in total last week?',
    () => figures(absentD(figureOf(DEV, 'absent', LAST_WEEK))),
  ),
  q(
    'QM018',
    'DEV-001',
    "Chris told me he'd been off a fair bit in October and I want to check before our 1:1. How many days was Chris absent that month?",
    () => {
      claim(person('DEV-006').name === 'Chris Morgan', 'the one Chris on DEV is Chris Morgan');
      return absences('DEV-006', month(10));
    },
  ),
  q(
    'QM019',
    'QA-001',
    "Peter Hansen didn't turn up yesterday and I want to see if it's a pattern before I say anything. I've been burned before by jumping to conclusions. How many days has he been absent since the start of September?",
    () => {
      claim(personal('QA-006', 'absent', on(YESTERDAY)) === 1, 'Peter Hansen was absent yesterday');
      return absences('QA-006', [month(9)[0], THIS_MONTH[1]]);
    },
  ),
  q(
    'QM020',
    'QA-001',
    "Marcus is running stand-up for me this week while I'm stuck in workshops. Before I hand over, what was the QA attendance rate last week? Thanks in advance!",
    () => figures(rateF(rateOf(QA, LAST_WEEK))),
  ),
  q(
    'QM021',
    'QA-001',
    "Zoe Adams and Leo Martins have both had a few days out recently. I'm meeting them separately on Thursday. How many days has each of them been absent this month so far?",
    () => figures(absentD(personal('QA-009', 'absent', THIS_MONTH)), absentD(personal('QA-008', 'absent', THIS_MONTH))),
  ),
  q(
    'QM022',
    'QA-001',
    "The Development team apparently had a rough October, not my problem. How did my own team's attendance rate in October compare with September?",
    () => figures(rateF(rateOf(QA, month(10))), rateF(rateOf(QA, month(9)))),
  ),
  q(
    'QM023',
    'QA-001',
    "Nina asked me to double-check something for her mortgage letter, which I've passed on to HR. Separate thing, for my own notes: what was Marcus Lee's attendance rate in October? Thanks in advance.",
    () => rateOfPerson('QA-002', month(10)),
  ),
  // Employees.
  q(
    'QM024',
    'DEV-003',
    "Hi there. My manager Priya is doing check-ins this week and I'd like to go in prepared. What's my attendance rate since August? Thank you!",
    () => rateOfPerson('DEV-003', SINCE_TRACKING),
  ),
  q(
    'QM025',
    'QA-003',
    "Hi, I had a dentist appointment at some point in October and I'm not sure it got logged properly. Was I marked absent on any day in October, and which one? Thanks so much.",
    () => yesNo(true, [], { dates: some(datesOf('QA-003', 'absent', month(10))) }),
  ),
  q(
    'QM026',
    'SEC-004',
    'Hello! Filling in my self-assessment form and one box asks for attendance. Olivia said a percentage is fine. What was my October attendance rate, as a percentage?',
    () => rateOfPerson('SEC-004', month(10)),
  ),
  // Hours.
  q('QM027', 'DEV-003', 'Aisha here! Priya asked us all to make sure our hours are logged properly. How many hours have I got logged for last week?', () =>
    figures(hoursH(personal('DEV-003', 'hours', LAST_WEEK))),
  ),
  q(
    'QM028',
    'admin',
    "Finance asked for a sanity check on timesheets before month end, Ravi Patel's especially. Pasting their note: 'DEV-014 looks light for the week of the 10th'. How many hours did Ravi work last week?",
    () => figures(hoursH(personal('DEV-014', 'hours', LAST_WEEK))),
  ),
  q('QM029', 'QA-001', "Zoe says she's been pulling long days and wants me to notice. Fair enough. How many hours has she logged so far this week?", () =>
    figures(hoursH(personal('QA-009', 'hours', THIS_WEEK))),
  ),
];
