/*
 * practice55 — the HR generalist (admin) writing at length about attendance: the question buried among a greeting,
 * an explanation of why it is asked, an apology, thanks and an aside ("I'm pulling together the monthly people report
 * … what was the overall attendance rate in October? Thanks so much in advance!"). README: "A greeting or the reason
 * for asking ('for the payroll prep', 'before I close the month') wrapped round a question is left out"; a sentence of
 * context is read past when the question after it stands alone, and a team it names is the question's. Each expected
 * answer is the question's own: rates, late arrivals, absences, half days, missing check-outs, hours, people on leave
 * and people not yet in, over yesterday, this week, last week, a month, a range of days and a quarter.
 */
import { answer, figures, hours, people, rate, type Question } from '../../expectation';
import {
  ALL,
  absenceOf,
  checkedInToday,
  checkedN,
  fig,
  LAST_MONTH,
  LAST_QUARTER,
  LAST_WEEK,
  levelRate,
  month,
  notInYet,
  personSum,
  plain,
  rateOf,
  some,
  sumOf,
  team,
  TEAM_CODES,
  THIS_MONTH,
  THIS_WEEK,
  WEEK_BEFORE_LAST,
  who,
  YESTERDAY,
} from '../../oracle/practice53-figures';
import { onLeave } from '../../oracle/practice53-people';
import { daysOfMonth, on, teamsUnderAlert } from '../../oracle/practice55-figures';
import { q } from '../helpers';

const Y = on(YESTERDAY);
const OCT = month(10);
const SEP = month(9);

export const LONG_ADMIN_ATTENDANCE: readonly Question[] = [
  q(
    'QD123',
    'admin',
    "Hi! Hope you're well. I'm pulling together the people report for leadership and I'm missing one figure: what was the overall attendance rate for the company in October? Thanks so much in advance!",
    () => figures(rate(rateOf(ALL, OCT))),
  ),
  q(
    'QD124',
    'admin',
    "Morning — a few people have been grumbling that colleagues are drifting in after the start of the day, and before I raise it at the ops meeting I'd like the facts. Who was late last week across the whole company? Cheers.",
    () => people(some(who(ALL, 'late', LAST_WEEK))),
  ),
  q(
    'QD125',
    'admin',
    "Hello there, I'm doing some housekeeping on the attendance records because payroll flagged a few open ones. Could you let me know how many missing check-outs we had in October? No rush at all, thank you.",
    () => figures(fig('missingCheckOut', sumOf(ALL, 'missingCheckOut', OCT))),
  ),
  q(
    'QD126',
    'admin',
    "Hey, so I've got the quarterly business review coming up and the CFO always asks about absence. What was the absence rate for the Data team in Q3? Really appreciate it!",
    () => figures(rate(absenceOf(team('DAT'), LAST_QUARTER))),
  ),
  q(
    'QD127',
    'admin',
    "Good afternoon. The head of Security asked me to look into their team's punctuality, so bear with me: how many late arrivals did SEC have in September? Many thanks.",
    () => figures(fig('late', sumOf(team('SEC'), 'late', SEP))),
  ),
  q(
    'QD128',
    'admin',
    "Hiya, sorry to bother you again today! We're reconciling timesheets with an agency and I need the total hours worked by the AI team last month. Thanks a bunch.",
    () => figures(hours(sumOf(team('AI'), 'hours', LAST_MONTH))),
  ),
  q(
    'QD129',
    'admin',
    "I'm writing up punctuality for a report and would love a quick comparison — what was the company's attendance rate last week, and the week before that? Thank you!",
    () => figures(rate(rateOf(ALL, LAST_WEEK)), rate(rateOf(ALL, WEEK_BEFORE_LAST))),
  ),
  q(
    'QD130',
    'admin',
    'Hello! I am preparing a short talk for the next leadership meeting and I want a simple overview to open with: which departments had attendance issues last month? Thanks!',
    () => {
      const under = teamsUnderAlert(LAST_MONTH);
      return answer({ teams: under, figures: under.map((code) => rate(rateOf(team(code), LAST_MONTH))) });
    },
  ),
  q(
    'QD131',
    'admin',
    'Hi there — I keep hearing that Lukas Novak is always late, and before I say anything to his manager I want to be sure of my facts. How many times was he late in Q3? Thanks.',
    () => figures(fig('late', plain(personSum('DEV-004', 'late', LAST_QUARTER)))),
  ),
  q(
    'QD132',
    'admin',
    'Hiya. I am checking the half-day records because a couple of people raised questions about them. How many half days did we have across the company in October in total? Ta!',
    () => figures(fig('halfDay', sumOf(ALL, 'halfDay', OCT))),
  ),
  q('QD133', 'admin', "Hello, I'm helping prepare the QA team review. Between 1 and 14 November, what was QA's attendance rate? Thanks so much.", () =>
    figures(rate(rateOf(team('QA'), daysOfMonth(11, 1, 14)))),
  ),
  q('QD134', 'admin', "Hi again, sorry! One more for my round-up and then I'll leave you alone. Who was absent yesterday?", () =>
    people(some(who(ALL, 'absent', Y))),
  ),
  q(
    'QD135',
    'admin',
    "Good morning! Quick sanity check before the Development stand-up, since I need numbers for the room: who in Development hasn't checked in yet today?",
    () => people(some(notInYet(team('DEV')))),
  ),
  q(
    'QD136',
    'admin',
    "Hey! I'm putting my dashboard together and the first tile is attendance. What's the company's attendance rate for this week so far? Thanks!",
    () => figures(rate(rateOf(ALL, THIS_WEEK))),
  ),
  q(
    'QD137',
    'admin',
    'Hi, a manager asked me whether anyone forgot to clock out yesterday, because the badge system had a glitch. Did anyone? And if so, who?',
    () => answer({ people: some(who(ALL, 'missingCheckOut', Y)), mentions: ['yes'] }),
  ),
  q(
    'QD138',
    'admin',
    'Hello! We are preparing the Q3 attendance summary for the finance people and they want it broken down. What was the attendance rate for each team in Q3? Many thanks.',
    () => figures(...TEAM_CODES.map((code) => rate(rateOf(team(code), LAST_QUARTER)))),
  ),
  q(
    'QD139',
    'admin',
    'Quick one before I head into a meeting, sorry for the rush: how many days of absence did the whole company clock up in September? Thanks so much!',
    () => figures(fig('absent', sumOf(ALL, 'absent', SEP))),
  ),
  q('QD140', 'admin', "Hey, I'm helping out with staffing for the Data team. Who in DAT has been on leave at any point this month? Thanks in advance.", () =>
    people(some(onLeave(team('DAT'), THIS_MONTH))),
  ),
  q(
    'QD141',
    'admin',
    'Hi! For the early-careers programme review I need one number: what was the attendance rate of our juniors last month, across the company? Thanks!',
    () => figures(rate(levelRate('Junior', LAST_MONTH))),
  ),
  q(
    'QD142',
    'admin',
    'Hello hello. The facilities people are planning lunches and asked me for a rough number: how many people have clocked in so far today? Thank you!',
    () => figures(checkedN(checkedInToday(ALL).length)),
  ),
  q('QD143', 'admin', 'Sorry, me again — payroll are checking timesheets and asked me for a total. How many hours did the whole company work last week?', () =>
    figures(hours(sumOf(ALL, 'hours', LAST_WEEK))),
  ),
];
