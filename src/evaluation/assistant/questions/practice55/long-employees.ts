/*
 * practice55 — the employees writing at length about themselves: Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin
 * O'Brien (DAT-004) and Emma Clarke (SEC-004) explain why they ask (a self-assessment, a trip, a form, a timesheet)
 * before the question, and thank the assistant after it. An employee reads their own records; the calendar is
 * everyone's, by their own team's holidays. Leave taken this year is the days gone by (README); a balance's
 * "available" is the allowance less what is taken and pending; "the next public holiday" is the organisation's.
 */
import { answer, figures, hours, rate, score, years, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { yesNo } from '../../oracle/practice20-figures';
import {
  checkInOf,
  fig,
  LAST_MONTH,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  leaveN,
  me,
  month,
  personSum,
  Q_BEFORE,
  rateOf,
  THIS_MONTH,
  THIS_QUARTER,
  wholeMonth,
  workingN,
  YEAR_SO_FAR,
  YESTERDAY,
} from '../../oracle/practice53-figures';
import { available, scoreOfOne } from '../../oracle/practice53-people';
import { leaveTaken, nextHolidayFor, requestDates, workingDays, yearsHere } from '../../oracle/practice55-figures';
import { q } from '../helpers';

export const LONG_EMPLOYEES: readonly Question[] = [
  // Aisha Khan, DEV.
  q(
    'QD193',
    'DEV-003',
    "Hi! I'm filling in my self-assessment and want to include my attendance, because I think it's been good. What's my attendance rate for this quarter so far? Thanks!",
    () => figures(rate(rateOf(me('DEV-003'), THIS_QUARTER))),
  ),
  q(
    'QD194',
    'DEV-003',
    "Hey, I'm thinking about booking some time off over the winter and wanted to check first so I don't overdo it — how many days of annual leave do I have left? Thank you!",
    () => figures(leaveN(available('DEV-003'))),
  ),
  q('QD195', 'DEV-003', 'Hello, quick one. Punctuality came up in my last catch-up and I was a bit surprised. Was I late at all last month?', () =>
    yesNo(personSum('DEV-003', 'late', LAST_MONTH) > 0, []),
  ),
  q(
    'QD196',
    'DEV-003',
    "Hi there, I put in a leave request a while ago and haven't heard anything back. Is it still pending, and which dates did I ask for?",
    () => answer({ dates: requestDates('DEV-003', 'pending'), mentions: ['pending'] }),
  ),
  q('QD197', 'DEV-003', "Morning! I'm curious how my performance has moved lately, before my review. What were my scores in Q2 and Q3?", () =>
    figures(score(scoreOfOne('DEV-003', Q_BEFORE)), score(scoreOfOne('DEV-003', LAST_Q))),
  ),
  q('QD198', 'DEV-003', 'Hey! Sorry if this is a strange one, my partner asked and I genuinely could not remember. How many hours did I work in October?', () =>
    figures(hours(personSum('DEV-003', 'hours', month(10)))),
  ),

  // Fatima Zahra, QA.
  q(
    'QD199',
    'QA-003',
    'Hello! I was off sick a little while ago and want to make sure it was recorded properly. How many days of sick leave have I taken this year?',
    () => figures(leaveN(leaveTaken('QA-003', 'SICK', YEAR_SO_FAR))),
  ),
  q(
    'QD200',
    'QA-003',
    "Hi, I'm trying to reconcile my own timesheet against my notes, so apologies for the dull question. How many hours did I work last week?",
    () => figures(hours(personSum('QA-003', 'hours', LAST_WEEK))),
  ),
  q('QD201', 'QA-003', "Hey! I'm planning a long weekend around the festive season. How many working days do I have in December?", () =>
    figures(workingN(workingDays(wholeMonth(12), 'QA'))),
  ),
  q('QD202', 'QA-003', "Hello, I'm preparing for my review and was asked to bring my numbers. What was my Q3 score, please?", () =>
    figures(score(scoreOfOne('QA-003', LAST_Q))),
  ),
  q('QD203', 'QA-003', 'Hiya, just curious, because I think the badge reader was playing up: what time did I check in yesterday? Thanks!', () =>
    answer({ mentions: [checkInOf('QA-003', YESTERDAY)] }),
  ),
  q('QD204', 'QA-003', 'Hi there, my work anniversary must be coming up at some point — how long have I been with the company now?', () =>
    figures(years(yearsHere('QA-003'))),
  ),

  // Kevin O'Brien, DAT.
  q(
    'QD205',
    'DAT-004',
    "Hello! I'm doing a bit of self-reflection and trying to be honest with myself. What was my attendance rate last month? Thanks in advance.",
    () => figures(rate(rateOf(me('DAT-004'), LAST_MONTH))),
  ),
  q('QD206', 'DAT-004', "Hey, quick question — the team has been flat out and I've completely lost track. How many hours did I put in last week?", () =>
    figures(hours(personSum('DAT-004', 'hours', LAST_WEEK))),
  ),
  q('QD207', 'DAT-004', "Hi! I want to plan a trip home and I'm trying to line it up with a bank holiday. When is the next public holiday?", () =>
    answer({ dates: [nextHolidayFor(null).date] }),
  ),
  q('QD208', 'DAT-004', "Hello, I was wondering about my own performance history, since I've never looked. What was my score last quarter?", () =>
    figures(score(scoreOfOne('DAT-004', LAST_Q))),
  ),
  q(
    'QD209',
    'DAT-004',
    'Morning, the people team asked me to confirm my start date on a form and I have honestly forgotten it. When did I join the company?',
    () => answer({ dates: [person('DAT-004').hire] }),
  ),

  // Emma Clarke, SEC.
  q(
    'QD210',
    'SEC-004',
    "Hi! I think I've got a day off pending at the end of the month, but I can't remember if I submitted it. Can you show me my leave requests?",
    () => answer({ dates: requestDates('SEC-004', 'any') }),
  ),
  q(
    'QD211',
    'SEC-004',
    "Hello there, I've had a busy autumn and want to check I haven't slipped. What was my attendance rate in October? Thanks so much.",
    () => figures(rate(rateOf(me('SEC-004'), month(10)))),
  ),
  q('QD212', 'SEC-004', 'Hey, planning ahead a bit: I heard our team gets its own day off in December. When is my next holiday?', () =>
    answer({ dates: [nextHolidayFor(person('SEC-004').team).date] }),
  ),
  q('QD213', 'SEC-004', 'Hi, purely for my own records, and thanks in advance: how many times was I late in Q3?', () =>
    figures(fig('late', personSum('SEC-004', 'late', LAST_QUARTER))),
  ),
  q('QD214', 'SEC-004', 'Hello, I want to check my annual leave balance before I ask for anything else. How many days do I have available?', () =>
    figures(leaveN(available('SEC-004'))),
  ),
  q('QD215', 'SEC-004', "Hey! Sorry, probably a silly one. I've been working long days — how many hours have I done this month so far?", () =>
    figures(hours(personSum('SEC-004', 'hours', THIS_MONTH))),
  ),
];
