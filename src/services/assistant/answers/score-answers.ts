import { mean, median, STATISTIC_WORD, statisticOf } from './score-statistics';
import { meets } from '../reading/operation';
import { collated, firstOf, listed, round2, names, plural, SCORED } from './format';
import { sideBySide } from './side-by-side';
import { cannot, type Question, type Step } from './plan';
import { teamsAgainstScoreLine, teamsByAverageScore, teamsByScoreChange } from './team-score-ranking';
import { inEachQuarter } from './in-each-quarter';
import { perTeamRanking } from './per-team-ranking';
import { changeSaid, everyMove, moved } from './score-moves';
import { moveOf, personScores, quartersOf } from './person-scores';
import { excludedWords } from '../reading/exclusions';

interface Item {
  employee_id: string;
  employee_name: string;
  team_id: string;
  final_score: number;
}
interface Stats {
  period: string;
  count: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  teams: { team_id: string; count: number; mean: number; min: number; max: number }[];
}

const PLAIN = new Set(['mean', 'median', 'min', 'max']);

function fromLists(q: Question, quarters: string[]): Step {
  const { statistic, threshold, operation, teams, order, limit } = q.reading;
  const team = teams.length === 1 ? { team_id: teams[0] } : {};
  const position = q.reading.filters.position;
  // "Still with us", "active": the people employed today, their scores only (a quarter's lists hold leavers' too).
  const active = q.reading.filters.status === 'active';
  const left = q.reading.excluded;
  if (statistic === 'change' && threshold?.percent)
    return cannot('score', 'I give score changes in points, not per cent: ask who improved by more than 4, say.');
  // Two teams or more are read as everyone's lists, kept to those teams.
  const within = teams.length > 1 ? new Set(teams) : null;
  const where = `${position ? ` among ${active ? 'active ' : ''}${position}s` : active ? ' among active employees' : ''}${teams.length > 0 ? ` in ${teams.join(' and ')}` : ''}${left ? `, leaving out ${excludedWords(left)},` : ''}`;
  // A position is today's: the people holding it are listed first, and only their scores read; those left out, after them.
  const out: object[] = [...(left?.positions ?? []).map((p) => ({ position: p, ...team })), ...(left?.teams ?? []).map((t) => ({ team_id: t }))];
  const held = position || active ? [{ ...(position && { position }), ...team, status: active ? 'active' : 'any' }] : [];
  const holders = [...held, ...out.map((input) => ({ ...input, status: 'any' }))].map((input) => ({ name: 'employment_dates', input }));
  return {
    intent: statistic === 'change' ? 'score_change' : 'score_statistics',
    measure: statistic === 'change' ? 'score_change' : `score_${statistic ?? 'list'}`,
    operation,
    calls: [...holders, ...quarters.map((period) => ({ name: 'score_list', input: { period, ...team } }))],
    phrase: (all) => {
      const idsOf = (r: unknown) => (r as { people: { employee_id: string }[] }).people.map((p) => p.employee_id);
      const ids = held.length > 0 ? new Set(idsOf(all[0])) : null;
      const gone = new Set(all.slice(held.length, holders.length).flatMap(idsOf));
      const lists = all
        .slice(holders.length)
        .map((r) =>
          (r as { items: Item[] }).items.filter(
            (i) => (ids === null || ids.has(i.employee_id)) && !gone.has(i.employee_id) && (within === null || within.has(i.team_id)),
          ),
        );
      if (statistic === 'change') {
        const [first, last] = [lists[0]!, lists.at(-1)!];
        const before = new Map(first.map((i) => [i.employee_id, i.final_score]));
        const changes = last.filter((i) => before.has(i.employee_id)).map((i) => ({ ...i, change: round2(i.final_score - before.get(i.employee_id)!) }));
        if (operation !== 'rank') {
          if (changes.length === 0) return `Nobody${where} has scores in both ${quarters[0]} and ${quarters.at(-1)}: none.`;
          // "How did each of my people move from Q2 to Q3": everyone's change, up or down.
          if (q.reading.perPerson || EACH_ONE.test(q.reading.said)) return everyMove(changes, where, quarters);
          // "How many people improved", "who dropped": those whose score moved that way, each with their change.
          if (operation === 'count' || operation === 'list' || operation === 'threshold' || q.reading.unit === 'person')
            return moved(changes, order === 'bottom', where, quarters, threshold);
          const [a, b] = [mean(first.map((i) => i.final_score)), mean(last.map((i) => i.final_score))];
          return `Average final score${where}: ${quarters[0]} ${a}, ${quarters.at(-1)} ${b}. Change from ${quarters[0]} to ${quarters.at(-1)}: ${moveOf(round2(b - a))}.`;
        }
        const ranked = firstOf(
          changes,
          (a, b) => (order === 'bottom' ? a.change - b.change : b.change - a.change) || collated(a.employee_name, b.employee_name),
          limit ?? 1,
        );
        // "Who improved the most", no number asked: everyone tied at the top, by name.
        const tied = q.reading.tiesKept ? changes.filter((i) => !ranked.includes(i) && i.change === ranked.at(-1)?.change) : [];
        const sorted = [...ranked, ...tied.sort((a, b) => collated(a.employee_name, b.employee_name))];
        return `${order === 'bottom' ? 'Biggest drop' : 'Most improved'}${where} from ${quarters[0]} to ${quarters.at(-1)}: ${sorted.map(changeSaid).join(', ')}.`;
      }
      const items = lists.flat();
      const span = quarters.length === 1 ? quarters[0] : `${quarters[0]} to ${quarters.at(-1)}`;
      if (items.length === 0) return `There are no scores${where} for ${span} that you can see: none.`;
      const values = items.map((i) => i.final_score);
      if (threshold?.inEach && quarters.length > 1) return inEachQuarter(lists, threshold, quarters, where);
      // "Is the median Q3 score above 75", "is the spread more than 30": the statistic against the line, not the people past it.
      if (threshold && q.reading.yesNo && statistic !== null && statistic in STATISTIC_WORD && threshold.upTo === undefined) {
        const said = statistic as keyof typeof STATISTIC_WORD;
        const value = statisticOf(said, values);
        return `${meets(value, threshold.comparison, threshold.value) ? 'Yes' : 'No'}: the ${STATISTIC_WORD[said]} final score${where} in ${span} is ${value} (the line: ${threshold.value}), over ${plural(values.length, 'score')}.`;
      }
      if (threshold) {
        const t = threshold;
        const hit = items.filter((i) => meets(i.final_score, t.comparison, t.value) && (t.upTo === undefined || i.final_score <= t.upTo));
        const line = t.upTo === undefined ? `${SCORED[t.comparison]} ${t.value}` : `between ${t.value} and ${t.upTo}`;
        if (hit.length === 0) return `Nobody${where} scored ${line} in ${span}: none.`;
        // One quarter holds one score a person: a count of scores is a count of people.
        const counted =
          quarters.length === 1 ? `${plural(hit.length, 'person', 'people')}${where} scored ${line}` : `${plural(hit.length, 'score')}${where} ${line}`;
        return `${counted} in ${span}: ${listed(hit, (i) => `${i.employee_name} (${i.employee_id}) ${i.final_score}`)}.`;
      }
      if (operation === 'rank' && statistic === null) {
        const sorted = firstOf(
          items,
          (a, b) => (order === 'bottom' ? a.final_score - b.final_score : b.final_score - a.final_score) || collated(a.employee_name, b.employee_name),
          limit ?? 5,
        );
        return `${order === 'bottom' ? 'Bottom' : 'Top'} ${sorted.length}${where} in ${span}: ${sorted.map((i, n) => `${n + 1}. ${i.employee_name} (${i.employee_id}) ${i.final_score}`).join(', ')}.`;
      }
      if (statistic === 'minmax') {
        const [hi, lo] = [Math.max(...values), Math.min(...values)];
        return `In ${span}${where}: highest final score ${hi} (${names(items.filter((i) => i.final_score === hi))}), lowest ${lo} (${names(items.filter((i) => i.final_score === lo))}), over ${plural(values.length, 'score')}.`;
      }
      if (statistic === 'distribution') {
        const bands = [
          [90, 101],
          [80, 90],
          [70, 80],
          [60, 70],
          [0, 60],
        ].map(([lo, hi]) => ({ lo, hi, n: values.filter((v) => v >= lo! && v < hi!).length }));
        return `Distribution of ${plural(values.length, 'final score')}${where} in ${span}: ${bands.map((b) => `${b.lo === 0 ? 'below 60' : b.hi === 101 ? '90 and above' : `${b.lo}–${b.hi}`}: ${b.n}`).join(', ')}; median ${median(values)}, mean ${mean(values)}, min ${Math.min(...values)}, max ${Math.max(...values)}.`;
      }
      // "Q3 scores for everyone on my team": each person's score, highest first.
      if (statistic === null && quarters.length === 1) {
        const sorted = [...items].sort((a, b) => b.final_score - a.final_score || collated(a.employee_name, b.employee_name));
        return `Final scores${where} in ${span}, ${plural(items.length, 'person', 'people')}: ${listed(sorted, (i) => `${i.employee_name} (${i.employee_id}) ${i.final_score}`)}.`;
      }
      const [hi, lo] = [Math.max(...values), Math.min(...values)];
      if (statistic === 'range')
        return `The range of final scores${where} in ${span} is ${round2(hi - lo)} (highest ${hi}, lowest ${lo}), over ${plural(values.length, 'score')}.`;
      const said = statistic === 'median' || statistic === 'min' || statistic === 'max' ? statistic : 'mean';
      const [value, word] = [statisticOf(said, values), STATISTIC_WORD[said]];
      const who = statistic === 'min' || statistic === 'max' ? ` (${names(items.filter((i) => i.final_score === value))})` : '';
      // The period first, so that the statistic's name stands beside its figure.
      return `In ${span}, the ${word} final score${where} is ${value}${who}, over ${plural(values.length, 'score')}.`;
    },
  };
}

const EACH_ONE =
  /\b(?:for|of) (?:everyone|everybody|each person|all (?:of )?(?:my|our|the) (?:team|people|staff|reports|testers|devs|developers))\b|\beach of (?:my|our|the)\b|\beveryone'?s scores?\b|\bevery(?:one|body) (?:on|in) (?:my|our|the|[a-z]{2,5}) team\b|\beach (?:[a-z]{2,5} )?(?:person|member|employee)'?s?\b/;

/** Scores: a person's, or statistics, comparisons, trends and rankings of many. */
export function scores(q: Question, kpi: boolean): Step {
  if (q.people.length > 0 || q.reading.me) return personScores(q, kpi);
  if (kpi) return cannot('kpi', 'I give KPI figures per person; for teams I have the final score only.');
  const { range, statistic, operation, teams, order, limit, pair } = q.reading;
  let quarters = quartersOf(q);
  if (range !== null && quarters.length === 0)
    return cannot(
      'score',
      `scores are kept by quarter, not for ${range.label}${operation === 'rank' ? `: I rank the ${order === 'bottom' ? 'worst' : 'best'} within a quarter` : ''}: ask for a quarter such as 2025-Q3, or a year.`,
    );
  if (statistic === 'mean_change' && !(operation === 'trend' && quarters.length !== 2)) {
    if (quarters.length < 2) return cannot('score', 'a change of the average needs two quarters: for example "did the average go up from 2025-Q2 to 2025-Q3".');
    const ends = [quarters[0]!, quarters.at(-1)!];
    // "Which team's average rose the most": teams ranked by their move, not everyone's average.
    if (q.reading.teamsRanked && operation === 'rank' && teams.length !== 1) return teamsByScoreChange(q, ends);
    // "Each team's change in average score": each team's move, side by side, never everyone's.
    if ((q.reading.perTeam || teams.length > 1) && teams.length !== 1)
      return sideBySide(
        (teams.length > 1 ? teams : q.context.teams.map((t) => t.team_id)).map((team) =>
          scores({ ...q, reading: { ...q.reading, teams: [team], perTeam: false } }, kpi),
        ),
      );
    // "My juniors' average": the summary has no level filter; each quarter's mean among them, side by side.
    if (q.reading.filters.position)
      return sideBySide(
        ends.map((quarter) =>
          scores({ ...q, reading: { ...q.reading, quarters: [quarter], statistic: 'mean', pair: false, operation: 'lookup', range: null } }, kpi),
        ),
      );
    return {
      intent: 'score_change',
      measure: 'score_mean',
      operation,
      calls: ends.map((period) => ({ name: 'score_summary', input: { period, ...(teams.length > 0 && { team_ids: teams }) } })),
      phrase: (results) => {
        const means = results.map((r) => (r as { periods: Stats[] }).periods[0]?.mean ?? null);
        const where = teams.length === 1 ? ` for ${teams[0]}` : '';
        if (means.some((m) => m === null)) return `There are no scores${where} in both ${ends[0]} and ${ends[1]} that you can see: none.`;
        const [a, b] = means as [number, number];
        const d = round2(b - a);
        const move = d === 0 ? 'neither up nor down' : `${d > 0 ? 'up' : 'down'} ${Math.abs(d)}`;
        // A team's name first, so each team's move stands beside it when several are given.
        const opening = teams.length === 1 ? `${teams[0]}: average final score` : 'The average final score went';
        return `${opening} ${move}, from ${a} in ${ends[0]} to ${b} in ${ends[1]}.`;
      },
    };
  }
  if (statistic === 'change' && !(operation === 'trend' && quarters.length === 0)) {
    if (quarters.length < 2) return cannot('score', 'a change needs two quarters: for example "who improved the most between 2025-Q1 and 2025-Q3".');
    quarters = [quarters[0]!, quarters.at(-1)!];
    return q.reading.teamsRanked && teams.length !== 1 ? teamsByScoreChange(q, quarters) : fromLists(q, quarters);
  }
  // "Lowest avg score by team": teams ranked by their average, not each team's lowest person.
  const averagesRanked = q.reading.perTeam && statistic === 'mean' && operation === 'rank';
  if ((q.reading.teamsRanked || averagesRanked || teamsAgainstScoreLine(q)) && teams.length !== 1) return teamsByAverageScore(q, quarters);
  const listed =
    statistic !== null && statistic !== 'mean' && statistic !== 'issues' && !((statistic === 'change' || statistic === 'mean_change') && operation === 'trend');
  if (operation === 'rank' && quarters.length <= 1 && !listed && !q.reading.filters.position && q.reading.excluded === null) {
    if (teams.length > 1) return cannot('score', 'I rank people within one team or across everyone you can see.');
    if (q.reading.perTeam) return perTeamRanking(q, quarters[0]);
    const ranked: Step = {
      intent: order === 'bottom' ? 'bottom_performers' : 'top_performers',
      measure: 'score',
      operation,
      calls: [
        {
          name: 'rank_performers',
          input: {
            order: order ?? 'top',
            limit: limit ?? (q.reading.threshold ? 50 : 5),
            ...(quarters[0] && { period: quarters[0] }),
            ...(teams[0] && { team_id: teams[0] }),
          },
        },
      ],
      phrase: ([r]) => {
        const d = r as { period: string | null; order: string; items: { rank: number; employee_name: string; employee_id: string; final_score: number }[] };
        if (d.items.length === 0) return `There are no scores${d.period ? ` for ${d.period}` : ''} that you can see: none.`;
        return `${d.order === 'top' ? 'Top' : 'Bottom'} ${d.items.length}${teams[0] ? ` in ${teams[0]}` : ''} in ${d.period}: ${d.items.map((i) => `${i.rank}. ${i.employee_name} (${i.employee_id}) ${i.final_score}`).join(', ')}.`;
      },
    };
    // "My team's top 3 for Q1, and the team's average that quarter": the ranking, then the average asked beside it.
    if (statistic !== 'mean' || quarters.length !== 1 || !/\band\b.*\b(?:average|avg|mean)\b/.test(q.reading.said)) return ranked;
    return sideBySide([ranked, scores({ ...q, reading: { ...q.reading, operation: 'lookup', order: null, limit: null } }, kpi)]);
  }
  // "The QA mean in Q1 vs Q2", "leads Q1 vs Q3", "over the last 4 quarters": each quarter's figure, side by side, never pooled.
  const lastFew = /\b(?:last|past|previous) (?:\d|two|three|four|five|six|seven|eight) quarters\b/.test(q.reading.said);
  if ((pair || (lastFew && operation !== 'trend')) && quarters.length >= 2 && (statistic === null || PLAIN.has(statistic)) && !q.reading.threshold)
    return sideBySide(
      quarters.map((quarter) => scores({ ...q, reading: { ...q.reading, quarters: [quarter], pair: false, operation: 'lookup', range: null } }, kpi)),
    );
  // "Median per dept", "highest and lowest in each team": each team's, side by side, never the pooled one.
  // "Compare DEV and QA performance for seniors": each team's average among them, as without the level.
  const levelCompared = statistic === null && operation === 'compare' && teams.length > 1 && q.reading.filters.position !== undefined;
  const each = levelCompared ? 'mean' : statistic;
  if (
    (q.reading.perTeam || teams.length > 1) &&
    each !== null &&
    (PLAIN.has(each) || each === 'minmax' || each === 'range') &&
    (each !== 'mean' || q.reading.filters.position) &&
    !q.reading.threshold
  )
    return sideBySide(
      (teams.length > 1 ? teams : q.context.teams.map((t) => t.team_id)).map((team) =>
        scores({ ...q, reading: { ...q.reading, teams: [team], perTeam: false, operation: 'lookup', statistic: each } }, kpi),
      ),
    );
  // "Q3 scores for everyone on my team", "each of my testers' scores": each person's, not the average.
  const eachOne = statistic === null && (q.reading.perPerson || EACH_ONE.test(q.reading.said));
  const narrowed = q.reading.filters.position !== undefined || q.reading.filters.status === 'active' || q.reading.excluded !== null;
  if (pair || eachOne || q.reading.threshold || listed || narrowed || (quarters.length > 1 && operation !== 'trend')) {
    if (quarters.length === 0) {
      const position = q.reading.filters.position;
      const whose = position ? ` of the ${position.toLowerCase()}s` : '';
      return cannot(
        'score',
        `tell me the quarter for the scores${whose}: for example "median score in 2025-Q3"${position ? ` or "best ${position.toLowerCase()}s in 2025-Q3"` : ''}.`,
      );
    }
    return fromLists(q, quarters);
  }
  const summary = (period?: string) => ({ name: 'score_summary', input: { ...(period && { period }), ...(teams.length > 0 && { team_ids: teams }) } });
  return {
    intent: operation === 'trend' ? 'score_trend' : teams.length > 1 || operation === 'compare' ? 'score_comparison' : 'score_summary',
    measure: 'score_mean',
    operation,
    calls: [summary(operation === 'trend' ? undefined : quarters[0])],
    phrase: ([r]) => {
      const d = r as { periods: Stats[] };
      if (d.periods.length === 0) return `There are no scores${quarters[0] ? ` for ${quarters[0]}` : ''} that you can see: none.`;
      const figure = (s: { mean: number | null; count: number; min: number | null; max: number | null }) =>
        `${s.mean} (${plural(s.count, 'score')}, min ${s.min}, max ${s.max})`;
      if (operation === 'trend') {
        // "Over the last 4 quarters": those named; none named, every quarter there is.
        const shown = quarters.length > 0 ? d.periods.filter((p) => quarters.includes(p.period)) : d.periods;
        if (shown.length === 0) return `There are no scores for ${quarters[0]} to ${quarters.at(-1)} that you can see: none.`;
        return `Average final score${teams.length === 1 ? ` for ${teams[0]}` : ''} by quarter: ${shown.map((p) => `${p.period} ${p.mean} (${plural(p.count, 'score')})`).join(', ')}.`;
      }
      const latest = d.periods.at(-1)!;
      if (teams.length > 1 || operation === 'compare' || q.reading.perTeam) {
        const sorted = [...latest.teams].sort((a, b) => b.mean - a.mean || a.team_id.localeCompare(b.team_id));
        return `In ${latest.period}: ${sorted.map((t) => `${t.team_id} averaged ${figure(t)}`).join('; ')}.`;
      }
      return `In ${latest.period}, the average final score${teams.length === 1 ? ` for ${teams[0]}` : ''} is ${figure(latest)}.`;
    },
  };
}
