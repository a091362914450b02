/*
 * practice70 — attendance and absence rates in combinations: a level within a team within a month, a level across
 * the company over an ISO week, a team over part of a month or the week of a holiday, teams against a line over a
 * quarter or a span, the best and worst team, a team month by month or week by week, two periods or two levels side
 * by side, a team against the company, person by person within a team (under a line, perfect, the lowest n), and the
 * share of a team late at least once. The rate is Σ min(a, e) ÷ Σ e over the closed days (today has none), as API.md
 * defines it; every stated team, level, period and line is checked to change the figure.
 */
import type { Question } from '../../expectation';
import {
  absenceOf,
  EVERYONE,
  level,
  matters,
  rateOf,
  rateRank,
  rateWhere,
  shareWith,
  team,
  teamRate,
  teamsWhere,
  topTeam,
  type Group,
} from '../../oracle/practice70-figures';
import { as, pastDays, range, since, weekOf, type Range } from '../../oracle/practice70-periods';
import { q } from '../helpers';
import { answer, figures, LM, LW, OCT, people, Q3R, rate, SEP, TM, TQ, WK, yesNo, AUG } from './shared';

/** A rate whose group and period both matter: it differs over the other groups and periods given. */
const rm = (g: Group, per: Range, groups: Group[], periods: Range[]) =>
  figures(rate(matters(rateOf(g, per), ...groups.map((x) => () => rateOf(x, per)), ...periods.map((p) => () => rateOf(g, p)))));
const W44 = () => WK(44, '2025-10-27', '2025-11-02');
const W45 = () => WK(45, '2025-11-03', '2025-11-09');
const W46 = () => WK(46, '2025-11-10', '2025-11-16');
const teamsAnswer = (ts: string[], per: Range) => answer({ teams: ts, figures: ts.map((t) => rate(rateOf(team(t), per))) });

export const RATES: readonly Question[] = [
  // A level within a team within a period.
  q('QS029', 'admin', 'attendance rate for the DEV juniors in October', () => rm(level('Junior', 'DEV'), OCT(), [team('DEV'), level('Junior')], [SEP()])),
  q('QS030', 'admin', 'QA mid-levels attendance % in september?', () => rm(level('Mid', 'QA'), SEP(), [team('QA'), level('Mid', 'DEV')], [OCT()])),
  q('QS031', 'admin', 'how did the seniors in artifical inteligence do on attendance last month', () => rm(level('Senior', 'AI'), LM(), [team('AI')], [SEP()])),
  q('QS032', 'DEV-001', "what's the attendance rate of the juniors I manage this month?", () => rm(level('Junior', 'DEV'), TM(), [team('DEV')], [LM()])),
  q('QS033', 'QA-001', "QA seniors' attendance since the start of the quarter", () => rm(level('Senior', 'QA'), TQ(), [team('QA')], [LM()])),
  q('QS034', 'admin', 'attendance rate for leads company-wide in wk 45', () => rm(level('Lead'), W45(), [EVERYONE], [W46()])),
  q('QS035', 'admin', 'absence rate for the mid-levels in DEV this quarter', () =>
    figures(
      rate(
        matters(
          absenceOf(level('Mid', 'DEV'), TQ()),
          () => absenceOf(team('DEV'), TQ()),
          () => absenceOf(level('Mid', 'DEV'), LM()),
        ),
      ),
    ),
  ),
  q('QS036', 'admin', 'seniors vs juniors attendance rate in DEV last month', () =>
    figures(rate(rateOf(level('Senior', 'DEV'), LM())), rate(rateOf(level('Junior', 'DEV'), LM()))),
  ),
  // A team over part of a period.
  q('QS037', 'admin', 'attendance % for security between 1 and 15 october', () => rm(team('SEC'), range('2025-10-01', '2025-10-15'), [EVERYONE], [OCT()])),
  q('QS038', 'admin', "data team's attendance the week of founders day", () =>
    rm(team('DAT'), as(weekOf('2025-10-13'), '2025-10-13', '2025-10-19'), [EVERYONE], [LW()]),
  ),
  q('QS039', 'admin', 'attendance rate for AI over the last 10 days', () => rm(team('AI'), as(pastDays(10), '2025-11-10', '2025-11-19'), [EVERYONE], [TM()])),
  q('QS040', 'admin', 'absence rate for the AI team in september', () =>
    figures(rate(matters(absenceOf(team('AI'), SEP()), () => absenceOf(EVERYONE, SEP())))),
  ),
  // Teams against a line, the best and the worst.
  q('QS041', 'admin', 'which teams were below 95% attendance in Q3?', () => {
    const ts = matters(
      teamsWhere(Q3R(), teamRate, (x) => x < 0.95),
      () => teamsWhere(Q3R(), teamRate, (x) => x < 0.9),
      () => teamsWhere(OCT(), teamRate, (x) => x < 0.95),
    );
    return teamsAnswer(ts, Q3R());
  }),
  q('QS042', 'admin', 'teams under 95% attendance for 1-15 november', () => {
    const per = range('2025-11-01', '2025-11-15');
    return teamsAnswer(
      matters(
        teamsWhere(per, teamRate, (x) => x < 0.95),
        () => teamsWhere(per, teamRate, (x) => x < 0.9),
      ),
      per,
    );
  }),
  q('QS043', 'admin', 'which team had the lowest attendance in wk 44', () => {
    const t = matters(topTeam(W44(), teamRate, 'lowest'), () => topTeam(W44(), teamRate, 'highest'));
    return answer({ teams: [t], figures: [rate(rateOf(team(t), W44()))] });
  }),
  q('QS044', 'admin', 'best and worst team by attendance in september', () => {
    const best = topTeam(SEP(), teamRate, 'highest');
    const worst = topTeam(SEP(), teamRate, 'lowest');
    return answer({ teams: [best, worst], figures: [rate(rateOf(team(best), SEP())), rate(rateOf(team(worst), SEP()))] });
  }),
  // Trends and periods side by side.
  q('QS045', 'admin', 'attendance rate by month for QA since August', () =>
    figures(...[AUG(), SEP(), OCT(), as(since('2025-11-01'), '2025-11-01', '2025-11-19')].map((m) => rate(rateOf(team('QA'), m)))),
  ),
  q('QS046', 'admin', "SEC's attendance in wk 44, wk 45 and wk 46", () => figures(...[W44(), W45(), W46()].map((w) => rate(rateOf(team('SEC'), w))))),
  q('QS047', 'admin', "how much did the company's attendance change from september to october", () =>
    figures(rate(rateOf(EVERYONE, SEP())), rate(rateOf(EVERYONE, OCT()))),
  ),
  q('QS048', 'admin', "was security's attendance last month above the company average?", () => {
    const sec = rateOf(team('SEC'), LM());
    const all = rateOf(EVERYONE, LM());
    return yesNo(sec > all, [rate(sec), rate(all)]);
  }),
  q('QS049', 'DEV-001', "how does DEV's attendance this quarter compare with last quarter", () =>
    figures(rate(rateOf(team('DEV'), TQ())), rate(rateOf(team('DEV'), Q3R()))),
  ),
  q('QS050', 'QA-001', 'QA attendance rate sept v oct', () => figures(rate(rateOf(team('QA'), SEP())), rate(rateOf(team('QA'), OCT())))),
  // Person by person within a team or level.
  q('QS051', 'admin', 'who in data was under 90% attendance in september', () =>
    people(
      matters(
        rateWhere(team('DAT'), SEP(), (x) => x < 0.9),
        () => rateWhere(team('DAT'), OCT(), (x) => x < 0.9),
        () => rateWhere(team('DAT'), SEP(), (x) => x < 0.95),
      ),
    ),
  ),
  q('QS052', 'admin', 'lowest 3 attendance rates among juniors last month', () =>
    people(matters(rateRank(level('Junior'), LM(), 3, 'lowest'), () => rateRank(EVERYONE, LM(), 3, 'lowest'))),
  ),
  q('QS053', 'DEV-001', 'which of my seniors had perfect attendance in october?', () =>
    people(
      matters(
        rateWhere(level('Senior', 'DEV'), OCT(), (x) => x === 1),
        () => rateWhere(team('DEV'), OCT(), (x) => x === 1),
      ),
    ),
  ),
  q('QS054', 'QA-001', 'bottom 2 on my team for attendance this quarter', () => people(rateRank(team('QA'), TQ(), 2, 'lowest', 'QA-001'))),
  q('QS055', 'admin', 'anyone in AI below 95% attendance since august?', () =>
    people(
      matters(
        rateWhere(team('AI'), as(since('2025-08-01'), '2025-08-01', '2025-11-19'), (x) => x < 0.95),
        () => rateWhere(team('AI'), LM(), (x) => x < 0.95),
      ),
    ),
  ),
  q('QS056', 'admin', 'what share of Quality Assurance was late at least once in october', () =>
    figures(rate(matters(shareWith(team('QA'), OCT(), 'late').share, () => shareWith(EVERYONE, OCT(), 'late').share))),
  ),
];
