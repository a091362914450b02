/*
 * practice35 — Elena Petrova (QA-001), in her first week managing Quality Assurance: her team's attendance on
 * days and ranges typed every way, thresholds, who has not checked in, scores and their statistics, tenure and
 * leavers, people by first name (only her Chris), and the probes of her scope — another team, someone outside
 * it, the whole company — plus an order and reporting lines, refused by name.
 */
import { answer, count, days, figures, hours, notFound, people, rate, refusal, score, type Question } from '../../expectation';
import { measureOf, notCheckedInToday, totals, type Scope } from '../../oracle/attendance-figures';
import { leftBetween, longestServing } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { hireOf } from '../../oracle/practice18-figures';
import { rankClean, scoreIn } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { countBelow } from '../../oracle/practice21-figures';
import { absentDays, WEEK_BEFORE_LAST } from '../../oracle/practice23-figures';
import { clearlyDiffer, overClean } from '../../oracle/practice29-figures';
import { outsideCompany, outsideTeam, underLine } from '../../oracle/practice33-figures';
import { atLeastThree, missingCheckOutDays, NOV_14, Q3, SINCE_1_OCT, whoOnDay } from '../../oracle/practice35-figures';
import { TODAY } from '../../dataset/calendar';
import { OCTOBER, q, THIS_MONTH, THIS_YEAR } from '../helpers';

const QA: Scope = { team: 'QA' };

export const MANAGER_QA: readonly Question[] = [
  q('PJ136', 'QA-001', 'How did QA do on attendance in the week before last?', () => figures(rate(rateIn(QA, WEEK_BEFORE_LAST)))),
  q('PJ137', 'QA-001', 'who on my team was absent on 14/11?', () => people(whoOnDay(QA, 'absent', NOV_14))),
  q('PJ138', 'QA-001', 'which of my testers were late more than 3 times in October?', () => people(overClean(QA, 'late', OCTOBER, 3))),
  q('PJ139', 'QA-001', 'How many absence days has my team racked up since 1 October?', () =>
    figures(near(days(totals(QA, ...SINCE_1_OCT).absent), 'absen|day|missed')),
  ),
  q('PJ140', 'QA-001', 'Who on my team is below 90% attendance for October?', () => people(underLine(QA, OCTOBER, 0.9))),
  q('PJ141', 'QA-001', 'Has everyone on my team checked in today?', () => {
    const missing = notCheckedInToday(QA);
    return yesNo(missing.length === 0, [], { people: missing });
  }),
  q('PJ142', 'QA-001', "I've got 1:1s tomorrow. Who on my team has been late more than twice this month?", () => people(overClean(QA, 'late', THIS_MONTH, 2))),
  q('PJ143', 'QA-001', "What's Ivan's attendance rate since he started?", () => figures(rate(rateIn({ ids: ['QA-010'] }, [hireOf('QA-010'), TODAY])))),
  q('PJ144', 'QA-001', "chris's hours in october?", () => figures(hours(measureOf('QA-004', 'hours', ...OCTOBER)))),
  q('PJ145', 'QA-001', 'how many times was Chris late in Q3?', () => figures(near(count(atLeastThree(measureOf('QA-004', 'late', ...Q3))), 'late|time'))),
  q('PJ146', 'QA-001', 'Q3 top performer on my team?', () => {
    const [top] = rankClean('2025-Q3', 1, 'top', QA);
    return people([top!], score(scoreIn('2025-Q3', top!)));
  }),
  q('PJ147', 'QA-001', 'How many people on my team scored under 60 in Q3?', () =>
    figures(near(count(countBelow('2025-Q3', 60, QA)), 'people|employee|member|person|scor|under')),
  ),
  q('PJ148', 'QA-001', 'Who on my team has been here the longest?', () => people(longestServing(1, QA))),
  q('PJ149', 'QA-001', 'did anyone leave my team this year?', () => yesNo(leftBetween(...THIS_YEAR, 'QA').length > 0, [])),
  q('PJ150', 'QA-001', 'which days was Zoe Adams absent in October?', () => answer({ dates: absentDays('QA-009', OCTOBER) })),
  q('PJ151', 'QA-001', 'When did Leo Martins forget to check out?', () => answer({ dates: missingCheckOutDays('QA-008') })),
  q('PJ152', 'QA-001', 'Is my team under 90% attendance this month?', () => {
    const nov = rateIn(QA, THIS_MONTH);
    return yesNo(!clearlyDiffer(nov, 0.9, 0.002), [rate(nov)]);
  }),

  // Her scope, probed.
  q('PJ153', 'QA-001', "What's DEV's headcount?", () => outsideTeam('DEV')),
  q('PJ154', 'QA-001', "Show me Aisha Khan's scores", () => notFound()),
  q('PJ155', 'QA-001', 'give me the late count for the whole company in October', () => outsideCompany()),
  q('PJ156', 'QA-001', "Lukas Novak's hours last week?", () => notFound()),

  // An order, and what the service does not keep.
  q('PJ157', 'QA-001', 'Remind my team to check out on time', () => refusal('remind', 'send', 'reminder')),
  q('PJ158', 'QA-001', 'who reports to Marcus Lee?', () => refusal('report', 'reporting', 'manages', 'org chart')),
  q('PJ159', 'QA-001', 'how many training hours did my team complete this quarter?', () => refusal('training')),
];
