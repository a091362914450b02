/* Eighth practice set, attendance: analysts' report questions on rates, lateness, absence, hours and check-outs. */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { mostOf, peopleByRate, peopleWhere, teamsByRate, teamsWhere, totals } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { AUGUST, LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';
import { AUG_TO_OCT, NOV_3_14, NOV_3_7, Q3, SINCE_OCT, WEEK_OF_NOV_10 } from './periods';

const t = (team: string | undefined, [from, to]: [string, string]) => totals(team === undefined ? {} : { team }, from, to);
const lateN = (n: number) => ({ ...count(n), label: 'late' });
const checkN = (n: number) => ({ ...count(n), label: 'check' });

export const ATTENDANCE: Question[] = [
  q('V001', 'admin', 'attendance rate of DEV from 3 to 14 november', () => figures(rate(t('DEV', NOV_3_14).rate))),
  q('V002', 'admin', 'What was the QA attendance rate between 2025-11-03 and 2025-11-07?', () => figures(rate(t('QA', NOV_3_7).rate))),
  q('V003', 'admin', 'give me the attendance rate for the data team in Q3 2025', () => figures(rate(t('DAT', Q3).rate))),
  q('V004', 'admin', 'summarise the company-wide attendance rate for october', () => figures(rate(t(undefined, OCTOBER).rate))),
  q('V005', 'admin', 'attendance rate for SEC the week of 10 november', () => figures(rate(t('SEC', WEEK_OF_NOV_10).rate))),
  q('V006', 'admin', 'attendance rate of the AI team since the start of october', () => figures(rate(t('AI', SINCE_OCT).rate))),
  q('V007', 'admin', 'I need the attendance rate of Security between august and october', () => figures(rate(t('SEC', AUG_TO_OCT).rate))),
  q('V008', 'admin', 'compare attendance rates of DEV and QA in september', () => figures(rate(t('DEV', SEPTEMBER).rate), rate(t('QA', SEPTEMBER).rate))),
  q('V009', 'admin', 'compare the attendance rate of the data team in august and in october', () =>
    figures(rate(t('DAT', AUGUST).rate), rate(t('DAT', OCTOBER).rate)),
  ),
  // No team is under the alert rate in september: a right answer says so and may give each team's rate, so the rates are what it must hold.
  q('V010', 'admin', 'which teams had attendance issues in september?', () =>
    teamsWhere(SEPTEMBER[0], SEPTEMBER[1], (r) => r < 0.9).length === 0
      ? figures(...['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((team) => rate(t(team, SEPTEMBER).rate)))
      : answer({ teams: teamsWhere(SEPTEMBER[0], SEPTEMBER[1], (r) => r < 0.9) }),
  ),
  q('V011', 'admin', 'which teams were below 92% attendance in october', () => answer({ teams: teamsWhere(OCTOBER[0], OCTOBER[1], (r) => r < 0.92) })),
  q('V012', 'admin', 'which team had the best attendance rate in Q3 2025?', () => answer({ teams: teamsByRate(Q3[0], Q3[1]).slice(0, 1) })),
  q('V013', 'admin', 'which team had the worst attendance last month', () => answer({ teams: teamsByRate(OCTOBER[0], OCTOBER[1]).slice(-1) })),
  q('V014', 'admin', 'how many late arrivals did QA have in october?', () => figures(lateN(t('QA', OCTOBER).late))),
  q('V015', 'admin', 'number of late arrivals in DEV from 3 to 14 november', () => figures(lateN(t('DEV', NOV_3_14).late))),
  q('V016', 'admin', 'how many times was the data team late in september', () => figures(lateN(t('DAT', SEPTEMBER).late))),
  q('V017', 'admin', 'late arrivals across the company last week', () => figures(lateN(t(undefined, LAST_WEEK).late))),
  q('V018', 'admin', 'how many late arrivals did AI have between august and october?', () => figures(lateN(t('AI', AUG_TO_OCT).late))),
  q('V019', 'admin', 'who in SEC was late the most in october', () => people(mostOf({ team: 'SEC' }, 'late', OCTOBER[0], OCTOBER[1]))),
  q('V020', 'admin', 'who was late the most in Q3 2025?', () => people(mostOf({}, 'late', Q3[0], Q3[1]))),
  q('V021', 'admin', 'who in the data team was absent the most since the start of october', () =>
    people(mostOf({ team: 'DAT' }, 'absent', SINCE_OCT[0], SINCE_OCT[1])),
  ),
  q('V022', 'admin', 'seniors in DEV absent at least 2 days in Q3', () => people(peopleWhere(levelIn('DEV', 'Senior'), 'absent', Q3[0], Q3[1], (v) => v >= 2))),
  q('V023', 'admin', 'which juniors in QA were absent more than 3 days in october?', () =>
    people(peopleWhere(levelIn('QA', 'Junior'), 'absent', OCTOBER[0], OCTOBER[1], (v) => v > 3)),
  ),
  q('V024', 'admin', 'who in QA was absent more than 2 days in september', () =>
    people(peopleWhere({ team: 'QA' }, 'absent', SEPTEMBER[0], SEPTEMBER[1], (v) => v > 2)),
  ),
  q('V025', 'admin', 'list people in AI late at least 3 times in october', () =>
    people(peopleWhere({ team: 'AI' }, 'late', OCTOBER[0], OCTOBER[1], (v) => v >= 3)),
  ),
  q('V026', 'admin', 'who was late more than 5 times between august and october', () =>
    people(peopleWhere({}, 'late', AUG_TO_OCT[0], AUG_TO_OCT[1], (v) => v > 5)),
  ),
  q('V027', 'admin', 'mid-level staff in SEC who were late at least twice in september', () =>
    people(peopleWhere(levelIn('SEC', 'Mid'), 'late', SEPTEMBER[0], SEPTEMBER[1], (v) => v >= 2)),
  ),
  q('V028', 'admin', 'how many days were DEV absent in october', () => figures(days(t('DEV', OCTOBER).absent))),
  q('V029', 'admin', 'total absent days for QA the week of 10 november', () => figures(days(t('QA', WEEK_OF_NOV_10).absent))),
  q('V030', 'admin', 'how many missing check-outs did DEV have in october?', () => figures(checkN(t('DEV', OCTOBER).missingCheckOut))),
  // Read as who: nobody in DAT missed one, and "nobody … without a check-out" is how a right answer says it.
  q('V031', 'admin', 'missing check outs by the data team since the start of october', () =>
    people(peopleWhere({ team: 'DAT' }, 'missingCheckOut', SINCE_OCT[0], SINCE_OCT[1])),
  ),
  q('V032', 'admin', 'how many missed check-outs were there company-wide in september', () => figures(checkN(t(undefined, SEPTEMBER).missingCheckOut))),
  q('V033', 'admin', 'who in QA forgot to check out in october?', () => people(peopleWhere({ team: 'QA' }, 'missingCheckOut', OCTOBER[0], OCTOBER[1]))),
  q('V034', 'admin', 'hours worked by DEV in october', () => figures(hours(t('DEV', OCTOBER).hours))),
  q('V035', 'admin', 'total hours worked by the AI team from 3 to 14 november', () => figures(hours(t('AI', NOV_3_14).hours))),
  q('V036', 'admin', 'how many hours did SEC work in september?', () => figures(hours(t('SEC', SEPTEMBER).hours))),
  q('V037', 'admin', 'how many hours did Tom Becker work in october', () => figures(hours(totals({ ids: ['DEV-002'] }, ...OCTOBER).hours))),
  q('V038', 'admin', 'attendance rate of Lukas Novak in Q3 2025', () => figures(rate(totals({ ids: ['DEV-004'] }, ...Q3).rate))),
  q('V039', 'admin', 'compare the attendance of Chris Walker and Zoe Adams in october', () =>
    figures(rate(totals({ ids: ['QA-004'] }, ...OCTOBER).rate), rate(totals({ ids: ['QA-009'] }, ...OCTOBER).rate)),
  ),
  q('V040', 'admin', 'how many times was Marcus Lee late since the start of october?', () => figures(lateN(totals({ ids: ['QA-002'] }, ...SINCE_OCT).late))),
  q('V041', 'admin', 'how many days was Pablo Ruiz absent between august and october', () => figures(days(totals({ ids: ['DAT-006'] }, ...AUG_TO_OCT).absent))),
  q('V042', 'admin', 'lowest 3 attendance rates in DEV in october', () =>
    people(
      peopleByRate({ team: 'DEV' }, ...OCTOBER, 'lowest')
        .slice(0, 3)
        .map((x) => x.id),
    ),
  ),
  q('V043', 'admin', 'who in AI had an attendance rate under 85% in Q3 2025?', () =>
    people(
      peopleByRate({ team: 'AI' }, ...Q3, 'lowest')
        .filter((x) => x.rate < 0.85)
        .map((x) => x.id),
    ),
  ),
  q('V044', 'admin', 'attendance rate of seniors in QA in october', () => figures(rate(totals(levelIn('QA', 'Senior'), ...OCTOBER).rate))),
  q('V045', 'admin', 'how many late arrivals did juniors in DEV have in october', () => figures(lateN(totals(levelIn('DEV', 'Junior'), ...OCTOBER).late))),
  q('V046', 'DEV-001', 'attendance rate of my team from 3 to 14 november', () => figures(rate(t('DEV', NOV_3_14).rate))),
  q('V047', 'DEV-001', 'who in my team was late the most this month?', () => people(mostOf({ team: 'DEV' }, 'late', ...THIS_MONTH))),
  q('V048', 'DEV-001', 'how many missing check-outs in my team in september', () => figures(checkN(t('DEV', SEPTEMBER).missingCheckOut))),
  q('V049', 'QA-001', 'how many late arrivals did my team have between august and october', () => figures(lateN(t('QA', AUG_TO_OCT).late))),
  q('V050', 'QA-001', 'who on my team was absent at least 3 days in october?', () =>
    people(peopleWhere({ team: 'QA' }, 'absent', OCTOBER[0], OCTOBER[1], (v) => v >= 3)),
  ),
  q('V051', 'QA-001', 'attendance rate of my team in Q3 2025', () => figures(rate(t('QA', Q3).rate))),
  q('V052', 'admin', 'atendance rate for DAT in septmber', () => figures(rate(t('DAT', SEPTEMBER).rate))),
  q('V053', 'admin', 'how many late arivals in QA last week', () => figures(lateN(t('QA', LAST_WEEK).late))),
  q('V054', 'admin', 'I need figures on hours worked by QA between august and october', () => figures(hours(t('QA', AUG_TO_OCT).hours))),
  q('V055', 'admin', 'give me a breakdown of DEV late arrivals in september', () => figures(lateN(t('DEV', SEPTEMBER).late))),
];
