/*
 * practice55 — the HR generalist (admin) writing at length about people, scores, leave and the calendar: headcounts,
 * hires and leavers, service and tenure, the average, median, highest and lowest score, the top and bottom N, the
 * trend quarter by quarter, a leave balance, pending requests, who is off, the holidays left and the working days of
 * a month. Each question is wrapped in a greeting, a reason, an apology or thanks, which the README says are left out.
 * A headcount counts active staff; "the longest-serving" is the active person hired first; rankings break ties by name.
 */
import { answer, figures, people, score, years, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { PERIODS as SCORED } from '../../dataset/scores';
import { requests } from '../../oracle/leave-figures';
import { tenureMean } from '../../oracle/practice29-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { ALL, headN, LAST_Q, leaveN, NEXT_WEEK, requestN, some, team, THIS_QUARTER, wholeMonth, workingN, YEAR_SO_FAR } from '../../oracle/practice53-figures';
import { available, headcountOf, hiredIn, leftIn, meanOf, medianOf, onLeave, scoreEntries } from '../../oracle/practice53-people';
import { cleanCut, holidaysLeft, longestServing, on, statsOf, workingDays } from '../../oracle/practice55-figures';
import { q } from '../helpers';

export const LONG_ADMIN_PEOPLE: readonly Question[] = [
  q(
    'QD144',
    'admin',
    "So I'm new in this role and still finding my way around this tool, apologies if this is a silly question — how many people do we currently employ in Quality Assurance?",
    () => figures(headN(headcountOf({ team: 'QA' }))),
  ),
  q(
    'QD145',
    'admin',
    "Hi, we're refreshing the careers page and our comms people want a number for total staff. How many active employees do we have right now? Thanks!",
    () => figures(headN(headcountOf())),
  ),
  q(
    'QD146',
    'admin',
    "Hello! For the onboarding review I'm preparing, I need to know who joined the company this year. Could you list them for me please? Thank you so much.",
    () => people(some(hiredIn(YEAR_SO_FAR))),
  ),
  q('QD147', 'admin', 'Hey — finance are closing the books and asked me to double-check our leavers. Who has left us so far in 2025? Ta.', () =>
    people(some(leftIn(YEAR_SO_FAR))),
  ),
  q(
    'QD148',
    'admin',
    "I'm writing a little thank-you note for our long-service awards, and I'd like to start with whoever has been here the longest. Who is our longest-serving employee? Thanks!",
    () => people(longestServing()),
  ),
  q(
    'QD149',
    'admin',
    'Hi there, the board deck needs the average performance score for last quarter, across everyone. Could you give me that number? Much appreciated.',
    () => figures(score(meanOf(LAST_Q))),
  ),
  q(
    'QD150',
    'admin',
    "Hello again. Calibration meetings are coming up and I'd like to walk in prepared. Who were the top 5 performers in Q3? Thanks so much for your help.",
    () => people(cleanCut(scoreEntries(LAST_Q), 5, 'high')),
  ),
  q(
    'QD151',
    'admin',
    "Good morning! I'm comparing team performance for the quarterly review. Can you compare the average Q3 scores of Security and AI for me? Thank you.",
    () => figures(score(meanOf(LAST_Q, team('SEC'))), score(meanOf(LAST_Q, team('AI')))),
  ),
  q(
    'QD152',
    'admin',
    "Hey, quick one while I've got you. Somebody on the exec side asked how scores have moved over time — can you show me the average score quarter by quarter? Cheers!",
    () => figures(...SCORED.map((p) => score(meanOf(p.period)))),
  ),
  q(
    'QD153',
    'admin',
    "Hey! Someone asked me about a developer who joined recently and I realised I don't know offhand — when exactly did Chloe Dubois start with us? Thanks.",
    () => answer({ dates: [person('DEV-013').hire] }),
  ),
  q(
    'QD154',
    'admin',
    "Hiya, we're reviewing the support plans for people who are struggling. Could you tell me which three people scored lowest in Q3? Thanks, you're a star.",
    () => people(cleanCut(scoreEntries(LAST_Q), 3, 'low')),
  ),
  q(
    'QD155',
    'admin',
    "Morning. I'm working through the new-joiner check-ins for this quarter and realised I don't have a full list. Who started in Q4 so far? Cheers.",
    () => people(some(hiredIn(THIS_QUARTER))),
  ),
  q(
    'QD156',
    'admin',
    'Hey, our benefits provider needs the average length of service in the Security team for a quote they are preparing. Could you work that out for me? Thank you!',
    () => figures(years(tenureMean({ team: 'SEC' }))),
  ),
  q('QD157', 'admin', 'Hi, this is for the engineering headcount plan. How many seniors do we have in Development at the moment? Many thanks.', () =>
    figures(headN(headcountOf({ team: 'DEV', position: 'Senior' }))),
  ),
  q(
    'QD158',
    'admin',
    'Quick context: our teams are small, so one outlier skews things. With that in mind, what was the median score in the AI team for Q3? Thanks!',
    () => figures(score(medianOf(LAST_Q, team('AI')))),
  ),
  q('QD159', 'admin', 'Good afternoon! For the board pack, could you tell me the highest and the lowest score anyone got in Q3? Much appreciated.', () =>
    figures(score(statsOf(LAST_Q, ALL).max), score(statsOf(LAST_Q, ALL).min)),
  ),
  q(
    'QD160',
    'admin',
    "Afternoon! I'm ordering the five-year service pins and want to get the list right first time. Who has been with us for more than 5 years? Thanks.",
    () => people(some(servedMoreThan(5))),
  ),
  q(
    'QD161',
    'admin',
    "Hi. Odd one, but a colleague asked and I couldn't find it quickly: what's Kevin O'Brien's annual leave balance at the moment? Thanks for checking.",
    () => figures(leaveN(available('DAT-004'))),
  ),
  q(
    'QD162',
    'admin',
    "Hello! I'm putting the holiday calendar on the intranet and want to double-check myself. Which public holidays are left this year? Thanks in advance.",
    () => answer({ dates: some(holidaysLeft(null)) }),
  ),
  q(
    'QD163',
    'admin',
    'Hi hi. Payroll want a heads-up on anything still waiting for a decision, so could you tell me how many leave requests are pending right now? Thanks so much!',
    () => figures(requestN(requests('pending').length)),
  ),
  q(
    'QD164',
    'admin',
    "Morning! We've got an all-hands planned for next week and I want to make sure the right people are around. Who's booked off next week? Thanks.",
    () => people(some(onLeave(ALL, NEXT_WEEK))),
  ),
  q(
    'QD165',
    'admin',
    "Hey, we're planning the December rota and need to get it right. How many working days does the Security team have in December, given their team day? Thanks!",
    () => figures(workingN(workingDays(wholeMonth(12), 'SEC'))),
  ),
  q('QD166', 'admin', "Hi, I'm planning cover for a few people and need to know about current absences first — who's on leave today? Thanks a lot.", () =>
    people(some(onLeave(ALL, on(TODAY)))),
  ),
];
