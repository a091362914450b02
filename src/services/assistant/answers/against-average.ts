import { listed, percent, plural, when } from './format';
import { lastMonth } from './default-periods';
import { cannot, type Question, type Step } from './plan';
import { mean } from './score-statistics';

/** "Above the AI average", "below the team's mean": the side of a group's own average the people asked for are on. */
const SIDE =
  /\b(above|over|higher than|better than|below|under|lower than|worse than)(?= (?:the |my |our |their |his |her |its )?(?:[a-z']+ ){0,3}(?:average|avg|mean|rate)\b)/;

interface Scored {
  employee_id: string;
  employee_name: string;
  team_id: string;
  final_score: number;
}

const COMPANY_AVERAGE = /\b(?:company|organi[sz]ation|org|overall|everyone|whole company)(?:['’]s)?(?:[- ]wide)? (?:average|avg|mean)\b/;
const PEOPLE = /\b(?:who|which|any(?:one|body)|people|employees|staff|members)\b/;

/** "Who in DEV scored above the company average in Q3": a team's people against everyone's average, not their team's. */
export function againstCompanyAverage(q: Question): Step | null {
  const { said, teams, measures } = q.reading;
  const scored = measures.includes('score') || (measures.every((m) => m === 'team') && q.reading.quarters.length > 0);
  if (!COMPANY_AVERAGE.test(said) || !PEOPLE.test(said) || teams.length !== 1 || !scored) return null;
  return againstAverage(q, true);
}
interface Rated {
  employee_id: string;
  name: string;
  rate: number | null;
}

/**
 * "Who in AI scored above the AI average in Q3", "who in my team is below the team's attendance rate": the people of
 * the group whose own figure is on that side of the group's average (scores: the half-up mean; rates: the pooled rate),
 * with the average. Null when the question is not of that shape.
 */
export function againstAverage(q: Question, companyWide = false): Step | null {
  const { reading } = q;
  const side = SIDE.exec(reading.said);
  if (side === null || q.people.length > 0 || reading.me) return null;
  const above = /above|over|higher|better/.test(side[1]!);
  const scored = reading.measures.includes('score') || (reading.measures.length === 0 && reading.quarters.length > 0);
  const rated = reading.measures.includes('attendance_rate') || reading.measures.includes('attendance');
  if (!scored && !rated) return null;
  const measure = scored ? 'score' : 'attendance_rate';
  // "Did SEC score better than AI on average", "do juniors score better than seniors on average": two groups' means compared.
  if (
    (reading.teams.length === 2 || reading.filters.position_also !== undefined) &&
    scored &&
    !/\b(?:who|which|any(?:one|body)|people|employees|staff|members)\b/.test(reading.said)
  )
    return null;
  if (reading.teams.length > 1 || reading.filters.position !== undefined)
    return cannot(measure, "I compare people with the average of one team, or of everyone you can see, not of a level's or several teams'.");
  const team = reading.teams[0];
  const where = team ? ` in ${team}` : '';
  const word = above ? 'above' : 'below';
  const passes = (value: number, average: number) => (above ? value > average : value < average);
  if (scored) {
    if (reading.quarters.length !== 1) return cannot('score', 'tell me one quarter to compare people with its average, such as 2025-Q3.');
    const period = reading.quarters[0]!;
    return {
      intent: 'score_statistics',
      measure: 'score',
      operation: 'threshold',
      calls: [{ name: 'score_list', input: { period, ...(team && !companyWide && { team_id: team }) } }],
      phrase: ([r]) => {
        const all = (r as { items: Scored[] }).items;
        const items = companyWide ? all.filter((i) => i.team_id === team) : all;
        if (items.length === 0) return `There are no scores${where} for ${period} that you can see: none.`;
        const average = mean(all.map((i) => i.final_score));
        const hit = items.filter((i) => passes(i.final_score, average));
        const head = companyWide
          ? `the average final score of everyone you can see in ${period} is ${average}`
          : `the average final score${where} in ${period} is ${average}`;
        if (hit.length === 0) return `Nobody scored ${word} it: ${head}.`;
        return `${plural(hit.length, 'person', 'people')} scored ${word} the average (${head}): ${listed(hit, (i) => `${i.employee_name} (${i.employee_id}) ${i.final_score}`)}.`;
      },
    };
  }
  const range = reading.range ?? lastMonth(q.context.today);
  const to = range.to > q.context.today ? q.context.today : range.to;
  return {
    intent: 'attendance_by_rate',
    measure: 'attendance_rate',
    operation: 'threshold',
    period: { from: range.from, to },
    calls: [{ name: 'attendance_rates_by_person', input: { from: range.from, to, ...(team && { team_id: team }) } }],
    phrase: ([r]) => {
      const d = r as { totals: { rate: number | null }; people: Rated[] };
      const span = when({ ...range, to });
      if (d.totals.rate === null) return `There is no attendance rate${where} ${span}: no one was expected at work then.`;
      const average = d.totals.rate;
      const hit = d.people.filter((p) => p.rate !== null && passes(p.rate, average));
      const head = `the attendance rate${where} ${span} is ${percent(average)}`;
      if (hit.length === 0) return `Nobody had an attendance rate ${word} it: ${head}.`;
      return `${plural(hit.length, 'person', 'people')} had an attendance rate ${word} the average (${head}): ${listed(hit, (p) => `${p.name} (${p.employee_id}) ${percent(p.rate)}`)}.`;
    },
  };
}
