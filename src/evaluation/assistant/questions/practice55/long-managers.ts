/*
 * practice55 — the managers writing at length about their own team: Priya Raman (DEV-001) and Elena Petrova (QA-001)
 * open with what they are preparing (one-to-ones, a retro, timesheets, a review, the December plan) and then ask.
 * README: a sentence about why you ask is read past when the question after it stands alone; a person it names stays
 * the subject of a question that has none of its own ("Zoe Adams has her check-in next week … what was her attendance
 * rate"); "my team" is the manager's. A team's figure counts the whole team; a list of "who on my team" and a ranking
 * of the team are the same with and without the manager, or they are not asked.
 */
import { answer, figures, hours, people, rate, score, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import {
  fig,
  headN,
  LAST_MONTH,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  month,
  NEXT_WEEK,
  personSum,
  plain,
  Q_BEFORE,
  rateOf,
  SINCE_TRACKING,
  some,
  sumOf,
  team,
  teamWho,
  THIS_MONTH,
  THIS_QUARTER,
  YESTERDAY,
} from '../../oracle/practice53-figures';
import { headcountOf, meanOf, medianOf, moveEntries, onLeave, requesters, scoreEntries } from '../../oracle/practice53-people';
import { HOLIDAYS } from '../../dataset/calendar';
import { cleanCut, longestServing, myTeamNotInYet, myTeamRanked, on, theMost, whoNot } from '../../oracle/practice55-figures';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
const OCT = month(10);
const QA_OFFSITE = HOLIDAYS.find((h) => h.name === 'QA Offsite' && h.team === 'QA');

export const LONG_MANAGERS: readonly Question[] = [
  // Priya Raman, DEV.
  q(
    'QD167',
    'DEV-001',
    "Hi! I've got one-to-ones coming up and want to prep properly, so I'm gathering a few numbers. What was my team's attendance rate last month? Thank you!",
    () => figures(rate(rateOf(DEV, LAST_MONTH))),
  ),
  q(
    'QD168',
    'DEV-001',
    "Morning — a couple of sprint ceremonies started with empty seats and I'm wondering if it's a pattern. Who on my team was late last week? Thanks.",
    () => people(some(teamWho('DEV-001', 'late', LAST_WEEK))),
  ),
  q('QD169', 'DEV-001', "Hey, I'm approving timesheets and one of them looks off to me. How many hours did Yuki Tanaka work last week? Cheers.", () =>
    figures(hours(personSum('DEV-009', 'hours', LAST_WEEK))),
  ),
  q(
    'QD170',
    'DEV-001',
    "Hello there! I'm putting together the cover plan for December. Who on my team has leave requests still waiting for a decision? Thanks so much.",
    () => people(some(requesters('pending', DEV))),
  ),
  q(
    'QD171',
    'DEV-001',
    "Hi, ahead of calibration I'd love a quick summary for my notes: what was the average Q3 score for my team, and what was the median? Many thanks.",
    () => figures(score(meanOf(LAST_Q, DEV)), score(medianOf(LAST_Q, DEV))),
  ),
  q(
    'QD172',
    'DEV-001',
    "I'm writing up the stand-up notes and want to make sure the attendance bit is right. Has everyone on my team checked in yet today, and if not, who is still missing?",
    () => answer({ people: some(myTeamNotInYet('DEV-001')), mentions: ['no'] }),
  ),
  q('QD173', 'DEV-001', 'Sorry to bother you — the budget form asks me to confirm how many people I currently have. What is my headcount right now?', () =>
    figures(headN(headcountOf({ team: 'DEV' }))),
  ),
  q(
    'QD174',
    'DEV-001',
    'Hey! A few people forgot to clock out recently and payroll chased me about it. Who on my team has a missing check-out this month?',
    () => people(some(teamWho('DEV-001', 'missingCheckOut', THIS_MONTH))),
  ),
  q(
    'QD175',
    'DEV-001',
    "Hi, I'm writing Daniel Okafor's review notes and want to be fair and accurate. How many days has he been absent since August? Thanks.",
    () => figures(fig('absent', personSum('DEV-008', 'absent', SINCE_TRACKING))),
  ),
  q('QD176', 'DEV-001', 'Hello! Just doing some planning for the release at the end of the month — is anyone on my team off next week? Thanks!', () =>
    answer({ people: some(onLeave(DEV, NEXT_WEEK)), mentions: ['yes'] }),
  ),
  q('QD177', 'DEV-001', "Morning. I want to recognise the people who have been rock solid on timekeeping. Who on my team wasn't late at all in October?", () =>
    people(some(whoNot(DEV, 'late', OCT, 'DEV-001'))),
  ),
  q(
    'QD178',
    'DEV-001',
    'Hi there, for the team retro I would like the real numbers, not my impressions: how many days of absence has my team had since the start of the quarter?',
    () => figures(fig('absent', sumOf(DEV, 'absent', THIS_QUARTER))),
  ),
  q('QD179', 'DEV-001', 'Quick question before I meet my own boss, thanks in advance: whose score on my team fell the most from Q2 to Q3?', () =>
    people(
      myTeamRanked(
        'DEV-001',
        LAST_QUARTER,
        (s) => moveEntries(Q_BEFORE, LAST_Q, s),
        (e) => theMost(e, 'low').ids,
      ),
    ),
  ),

  // Elena Petrova, QA.
  q(
    'QD180',
    'QA-001',
    "Hi! Prepping my monthly report for the director, which is always a scramble. What was my team's attendance rate in October? Thank you!",
    () => figures(rate(rateOf(QA, OCT))),
  ),
  q(
    'QD181',
    'QA-001',
    "Good morning. We're a bit short-handed today, so a quick check before I plan the test runs: who on my team hasn't checked in yet?",
    () => people(some(myTeamNotInYet('QA-001'))),
  ),
  q(
    'QD182',
    'QA-001',
    'Hey there, Zoe Adams has a catch-up with me soon and I need her figures beforehand. What was her attendance rate last month? Cheers.',
    () => figures(rate(rateOf({ ids: ['QA-009'] }, LAST_MONTH))),
  ),
  q('QD183', 'QA-001', 'Hi, payroll need me to sign off hours. How many hours did my team work in total last week? Thanks a lot.', () =>
    figures(hours(sumOf(QA, 'hours', LAST_WEEK))),
  ),
  q(
    'QD184',
    'QA-001',
    "Hello! I'm planning the December test cycle and want to know what's outstanding. Who on my team has a leave request waiting for approval?",
    () => people(some(requesters('pending', QA))),
  ),
  q('QD185', 'QA-001', 'Morning! Before the team lunch I wanted to thank whoever has been with us the longest. Who on my team has been here longest?', () =>
    people(longestServing({ team: 'QA' })),
  ),
  q('QD186', 'QA-001', "Hi, I'm doing reviews. Who were the top 3 scorers on my team in Q3? Thanks!", () =>
    people(
      myTeamRanked(
        'QA-001',
        LAST_QUARTER,
        (s) => scoreEntries(LAST_Q, s),
        (e) => cleanCut(e, 3, 'high'),
      ),
    ),
  ),
  q('QD187', 'QA-001', 'Hey, sorry, long week! Could you tell me how many days of absence my team racked up in September? I need it for a report.', () =>
    figures(fig('absent', sumOf(QA, 'absent', month(9)))),
  ),
  q(
    'QD188',
    'QA-001',
    "Hello. Leo Martins' timekeeping has come up a few times and I'd like to see the picture before I talk to him. How many times was he late last month?",
    () => figures(fig('late', plain(personSum('QA-008', 'late', LAST_MONTH)))),
  ),
  q('QD189', 'QA-001', 'Hi! Just updating the team wiki so people know when we were away together: when was the QA offsite?', () => {
    if (!QA_OFFSITE) throw new Error('no QA offsite');
    return answer({ dates: [QA_OFFSITE.date] });
  }),
  q(
    'QD190',
    'QA-001',
    "Hiya. I'm preparing some coaching conversations and want to start with the biggest change. On my team, whose score went down the most from Q2 to Q3?",
    () =>
      people(
        myTeamRanked(
          'QA-001',
          LAST_QUARTER,
          (s) => moveEntries(Q_BEFORE, LAST_Q, s),
          (e) => theMost(e, 'low').ids,
        ),
      ),
  ),
  q(
    'QD191',
    'QA-001',
    'Hey, our newest starter Ivan Petrov joined recently and the people team needs it for his probation form — when exactly was his start date?',
    () => answer({ dates: [person('QA-010').hire] }),
  ),
  q('QD192', 'QA-001', 'Hi there, quick one for my notes after a busy day yesterday. Who on my team was absent yesterday? Thanks.', () =>
    people(some(teamWho('QA-001', 'absent', on(YESTERDAY)))),
  ),
];
