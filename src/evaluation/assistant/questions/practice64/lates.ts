/*
 * practice64 — late arrivals, check-in times and missing check-outs, asked in long messages. API.md: late is a check-in
 * strictly after 09:15 (13:15 on a morning off, such as the QA offsite's); today's records stand as they are, so a
 * count over a period reaching today is asked only where it reads the same with and without today. A count of 1 or 2
 * of one person may be written "once" or "twice", which the grader does not read: such questions ask for the day
 * instead. Context about trains, badge readers, stand-ups and other people's complaints changes nothing asked.
 */
import { answer, count, figures, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { LAST_WEEK, month, on, some, SINCE_TRACKING, THIS_MONTH, THIS_WEEK, WEEK_BEFORE_LAST, YESTERDAY } from '../../oracle/practice58-figures';
import {
  claim,
  clock,
  datesOf,
  EVERYONE,
  figureOf,
  lateN,
  lateToday,
  missingN,
  near,
  most,
  notInYet,
  notOnceOrTwice,
  personal,
  team,
  who,
} from '../../oracle/practice64-figures';
import { holidayNamed } from '../../oracle/practice64-leave';
import { TODAY } from '../../dataset/calendar';
import { addDays, weekday } from '../../dataset/dates';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
/** Monday of this week, and Tuesday of last week. */
const THIS_MONDAY = THIS_WEEK[0];
const LAST_TUESDAY = addDays(LAST_WEEK[0], 1);
const times = (id: string, range: readonly [string, string]) => figures(lateN(notOnceOrTwice(personal(id, 'late', range))));

export const LATES: readonly Question[] = [
  // HR.
  q(
    'QM030',
    'admin',
    "Hi. Just got off a call with Felix Wagner's manager about punctuality in general, nothing specific. Who was late yesterday, across the whole company?",
    () => people(some(who(EVERYONE, 'late', on(YESTERDAY)))),
  ),
  q(
    'QM031',
    'admin',
    "I'm drafting a gentle reminder about start times (not sending it yet, don't worry). How many late arrivals did we have company-wide last week?",
    () => figures(lateN(figureOf(EVERYONE, 'late', LAST_WEEK))),
  ),
  q(
    'QM032',
    'admin',
    'Felix Wagner came up in the AI leads meeting because of his timekeeping. Wei asked me to look before anyone says anything to him. How many times was he late in October?',
    () => times('AI-003', month(10)),
  ),
  q(
    'QM033',
    'admin',
    'Our Monday stand-ups keep starting late and I want to see whether people are actually arriving late or just chatting. Who was late on Monday of this week?',
    () => people(some(who(EVERYONE, 'late', on(THIS_MONDAY)))),
  ),
  q('QM034', 'admin', "Mohammed Saleh's lead pinged me for a quick number, no context given, as usual. How many times has Mohammed been late this month?", () =>
    times('SEC-003', THIS_MONTH),
  ),
  q(
    'QM035',
    'admin',
    'Morning all, well, morning you. Ines Carvalho only started on the 3rd and her manager is keen she settles in well. Was she late this morning, and what time did she check in?',
    () => {
      claim(lateToday(team('AI')).includes('AI-010'), 'Ines Carvalho was late this morning');
      return yesNo(true, [], { mentions: [clock('AI-010', TODAY, 'in')] });
    },
  ),
  q(
    'QM036',
    'admin',
    "Grace in payroll asked me this over lunch, but honestly I'm curious too. Who's been late the most since tracking started in August?",
    () => people(most(EVERYONE, 'late', SINCE_TRACKING)),
  ),
  // Managers.
  q(
    'QM037',
    'DEV-001',
    'Daniel Okafor and I have a 1:1 tmrw and punctuality is on my list. I want to be specific rather than vague. Which days was he late this month?',
    () => answer({ dates: some(datesOf('DEV-008', 'late', THIS_MONTH)) }),
  ),
  q('QM038', 'DEV-001', 'Lukas keeps telling me the trains are the problem — not my concern right now. Who on my team has been late this week? Ta.', () =>
    people(some(who(DEV, 'late', THIS_WEEK, undefined, 'DEV-001'))),
  ),
  q(
    'QM039',
    'DEV-001',
    "Just saw an email from the QA side about their lates, no idea why I was cc'd. How many late arrivals did my team have in September?",
    () => figures(lateN(figureOf(DEV, 'late', month(9)))),
  ),
  q(
    'QM040',
    'DEV-001',
    "Payroll says a couple of DEV timesheets have gaps in them. Their exact words: 'some check-outs never happened'. Did anyone on my team miss a check-out this month, and who?",
    () => people(some(who(DEV, 'missing', THIS_MONTH, undefined, 'DEV-001'))),
  ),
  q(
    'QM041',
    'QA-001',
    "Leo Martins has a review coming up and lateness came up last time. I promised him I'd look at the numbers fairly. How many times was he late in September?",
    () => times('QA-008', month(9)),
  ),
  q(
    'QM042',
    'QA-001',
    "Marcus and Grace both say the new badge readers are slow, and facilities says they're fine. I'm not taking sides. Which of my team checked in late this morning?",
    () => people(some(lateToday(QA))),
  ),
  q(
    'QM043',
    'QA-001',
    "Fatima asked about shifting her start time, that's a separate conversation. Right now I'm doing the afternoon roll call. Which of my people haven't checked in yet today?",
    () => people(some(notInYet(QA, 'QA-001'))),
  ),
  q(
    'QM044',
    'QA-001',
    'Hey. The QA offsite took the morning of 12 September, so we only started at 1 that day. Who on my team was late that afternoon?',
    () => {
      const offsite = holidayNamed('QA Offsite');
      claim(offsite.date === '2025-09-12' && offsite.half === 'am' && offsite.team === 'QA', 'the QA offsite was the morning of 12 September');
      return people(some(who(QA, 'late', on(offsite.date), undefined, 'QA-001')));
    },
  ),
  // Employees.
  q(
    'QM045',
    'DEV-003',
    "I've got a doctor's appointment this Friday so I might be in late then, but that's still ahead. Looking back instead: on which day since August was I late?",
    () => answer({ dates: some(datesOf('DEV-003', 'late', SINCE_TRACKING)) }),
  ),
  q(
    'QM046',
    'QA-003',
    'Ugh, the bus broke down this morning. Elena already saw me sneak in. What time did I check in today, and does it count as late?',
    () => {
      claim(lateToday(QA).includes('QA-003'), 'Fatima Zahra was late this morning');
      return yesNo(true, [], { mentions: [clock('QA-003', TODAY, 'in')] });
    },
  ),
  q(
    'QM047',
    'QA-003',
    "Hi! Elena said she'd look at lateness across the team this month. Just for me though — which day was I late the week before last?",
    () => answer({ dates: some(datesOf('QA-003', 'late', WEEK_BEFORE_LAST)) }),
  ),
  q(
    'QM048',
    'DAT-004',
    "Kevin here, sorry for the essay. My lead said someone in Data had a lot of late starts in October and I want to make sure it isn't me. Was I late at all in October, and on which day?",
    () => yesNo(true, [], { dates: some(datesOf('DAT-004', 'late', month(10))) }),
  ),
  q(
    'QM049',
    'SEC-004',
    "Emma from Security. I'm writing my objectives for next year and punctuality is one of them. How many times have I been late since the start of September?",
    () => times('SEC-004', [month(9)[0], TODAY]),
  ),
  q(
    'QM050',
    'SEC-004',
    "My train was a nightmare last Tuesday and I'm not sure I made it in on time. Olivia didn't say anything but I'd like to know. What time did I check in on Tuesday last week?",
    () => {
      claim(weekday(LAST_TUESDAY) === 2, 'the day asked about is a Tuesday');
      return answer({ mentions: [clock('SEC-004', LAST_TUESDAY, 'in')] });
    },
  ),
  q(
    'QM051',
    'DAT-004',
    'what time did my check-in go through this morning? the badge reader beeped weird and Mei Lin said hers did too. just want to be sure it registered',
    () => answer({ mentions: [clock('DAT-004', TODAY, 'in')] }),
  ),
  q(
    'QM052',
    'admin',
    "Ravi Patel's manager wants the missing check-outs tidied up before payroll runs. How many check-outs were missed across the company this month?",
    () => figures(missingN(figureOf(EVERYONE, 'missing', THIS_MONTH))),
  ),
  q(
    'QM053',
    'admin',
    'Sarah pasted this into the managers\' channel: "how many people in Data were late at least once last week?". She\'s in back-to-back meetings, so can you answer it for her?',
    () => figures(near(count(some(who(team('DAT'), 'late', LAST_WEEK)).length), 'people|person|employee|staff|member|late')),
  ),
];
