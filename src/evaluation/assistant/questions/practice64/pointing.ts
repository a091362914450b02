/*
 * practice64 — context the question points back to. README: sentences of context before a question that refers back
 * to them are read for the person, date or holiday they name ("Marcus Lee is up for promotion. What was his score last
 * quarter?"); a person the context names is who "she" or "he" is; "that day", "that month" and "those two days" take
 * the context's dates. Every fact such a context states is checked against the data set (`claim`), so the context never
 * misleads; two asks joined in one sentence are both expected.
 */
import { answer, days, figures, type Question } from '../../expectation';
import { agree, month, on, SINCE_TRACKING, THIS_WEEK, YESTERDAY } from '../../oracle/practice58-figures';
import { leftD } from '../../oracle/practice58-calendar';
import { absentD, claim, clock, datesOf, EVERYONE, figureOf, hoursH, lateN, near, only, personal, rateF, rateOf, team } from '../../oracle/practice64-figures';
import { costOf, holidayNamed, leftOf, requestOf, wholeWorkingDay, workingDays } from '../../oracle/practice64-leave';
import { TODAY } from '../../dataset/calendar';
import { addDays } from '../../dataset/dates';
import { person } from '../../dataset/dataset';
import { q } from '../helpers';

/** The first day after a holiday that is a whole working day on every team's calendar. */
function nextWorkingDayAfter(day: string): string {
  let d = addDays(day, 1);
  while (!['AI', 'DAT', 'DEV', 'QA', 'SEC'].every((t) => wholeWorkingDay(d, t))) d = addDays(d, 1);
  return d;
}

export const POINTING: readonly Question[] = [
  q(
    'QM150',
    'admin',
    "Amara Nwosu's retention review is on Thursday. Her manager wants the facts on the table, and I've already got her scores. Nothing sensitive, just attendance. What was her attendance rate in September, and how many days was she absent that month?",
    () => figures(rateF(rateOf(only('AI-002'), month(9))), absentD(personal('AI-002', 'absent', month(9)))),
  ),
  q(
    'QM151',
    'admin',
    'The 13th of October was Founders Day and the whole office was closed. People always seem to struggle the day after a long weekend. How many late arrivals were there on the next working day?',
    () => {
      const founders = holidayNamed('Founders Day');
      claim(founders.date === '2025-10-13' && founders.team === null && founders.half === null, 'Founders Day closed everyone on 13 October');
      return figures(lateN(figureOf(EVERYONE, 'late', on(nextWorkingDayAfter(founders.date)))));
    },
  ),
  q('QM152', 'QA-001', "Nina Kowalski has asked me for a reference letter for a flat she's renting. When did she join us, and what position is she?", () =>
    answer({ dates: [person('QA-005').hire], mentions: [person('QA-005').position] }),
  ),
  q('QM153', 'admin', "Ravi Patel emailed to say he forgot to check out one day in August. He can't remember which. Which day was that?", () => {
    const missed = datesOf('DEV-014', 'missing', month(8));
    claim(missed.length === 1, 'Ravi missed one check-out in August');
    return answer({ dates: missed });
  }),
  q(
    'QM154',
    'DEV-001',
    'Hannah Schmidt was out for two days in September with a cold. Were those days logged as sick leave, and which dates were they?',
    () => {
      const r = requestOf('DEV-007', ['approved'], undefined, 'SICK');
      claim(r.from.startsWith('2025-09') && personal('DEV-007', 'leave', month(9)) === 2, 'Hannah was off two days in September');
      return answer({ mentions: ['sick'], dates: [r.from, r.to] });
    },
  ),
  q('QM155', 'admin', 'The DEV recharge day was the 7th of November, but QA worked as normal that day. How many hours did the QA team put in on it?', () => {
    const day = holidayNamed('DEV Recharge Day');
    claim(day.date === '2025-11-07' && day.team === 'DEV' && wholeWorkingDay(day.date, 'QA'), 'QA worked on the DEV recharge day');
    return figures(hoursH(figureOf(team('QA'), 'hours', on(day.date))));
  }),
  q(
    'QM156',
    'DAT-004',
    "I was off with a migraine one day in September. HR's form asks for the date and I can't find it in my calendar. Which day was I marked absent that month?",
    () => {
      const absent = datesOf('DAT-004', 'absent', month(9));
      claim(absent.length === 1, 'Kevin was absent one day in September');
      return answer({ dates: absent });
    },
  ),
  q(
    'QM157',
    'SEC-004',
    'I left early one day in August for an appointment. What date was my half day that month, and what time did I check out? Thanks, lifesaver.',
    () => {
      const [day, ...rest] = datesOf('SEC-004', 'halfDay', month(8));
      claim(day !== undefined && rest.length === 0, 'Emma had one half day in August');
      return answer({ dates: [day!], mentions: [clock('SEC-004', day!, 'out')] });
    },
  ),
  q('QM158', 'DEV-003', 'I took the morning of 20 October off as a half day of leave. What time did I check in that afternoon?', () => {
    const r = requestOf('DEV-003', ['approved'], '2025-10-20');
    claim(r.half === 'am', 'Aisha had the morning of 20 October off');
    return answer({ mentions: [clock('DEV-003', r.from, 'in')] });
  }),
  q('QM159', 'admin', 'Zoe Adams has a single day of annual leave booked on 26 November. How much annual leave will she have left after it?', () => {
    claim(requestOf('QA-009', ['approved']).from === '2025-11-26', 'Zoe has 26 November booked');
    return figures(leftD(leftOf('QA-009')));
  }),
  q('QM160', 'DEV-001', 'Sofia took the afternoon of the 18th off. She says she still put in a decent morning. How many hours did she work that day?', () => {
    claim(requestOf('DEV-011', ['approved']).half === 'pm', 'Sofia had an afternoon off');
    return figures(hoursH(personal('DEV-011', 'hours', on(YESTERDAY))));
  }),
  q(
    'QM161',
    'admin',
    'Wei Zhang mentioned that Ines Carvalho is the newest on his team. When did she start, and what time did she check in this morning?',
    () => answer({ dates: [person('AI-010').hire], mentions: [clock('AI-010', TODAY, 'in')] }),
  ),
  q(
    'QM162',
    'QA-001',
    "Ivan Petrov joined us in October. His buddy Grace says he's settled in well. How many days has he been absent since he started?",
    () => {
      claim(person('QA-010').hire.startsWith('2025-10'), 'Ivan joined in October');
      return figures(absentD(personal('QA-010', 'absent', [person('QA-010').hire, TODAY])));
    },
  ),
  q(
    'QM163',
    'SEC-004',
    'Hi. Security Team Day is on 1 December, so that Monday is off for us. How many working days do I have in the first week of December, then?',
    () => {
      claim(holidayNamed('Security Team Day').date === '2025-12-01', 'Security Team Day is 1 December');
      return figures(near(days(workingDays(['2025-12-01', '2025-12-07'], 'SEC')), 'day'));
    },
  ),
  q('QM164', 'DAT-004', 'Mei Lin was off sick on Monday and Tuesday and I covered her tickets. How many hours did I work across those two days?', () => {
    const r = requestOf('DAT-005', ['approved']);
    claim(r.from === THIS_WEEK[0] && r.to === YESTERDAY, 'Mei Lin was off Monday and Tuesday');
    return figures(hoursH(personal('DAT-004', 'hours', [r.from, r.to])));
  }),
  q(
    'QM165',
    'DEV-001',
    'Maria Gonzalez is away all next week, the sprint is already re-planned. How many days of annual leave is that week costing her?',
    () => {
      const r = requestOf('DEV-005', ['approved']);
      claim(r.from === '2025-11-24' && r.to === '2025-11-28', 'Maria is away next week');
      return figures(near(days(agree([personal('DEV-005', 'leave', [r.from, r.to]), costOf(r)])), 'day|leave'));
    },
  ),
  q('QM166', 'QA-001', 'Leo Martins has had a rough patch since he joined in February. What is his attendance rate since tracking began in August?', () =>
    figures(rateF(rateOf(only('QA-008'), SINCE_TRACKING))),
  ),
];
