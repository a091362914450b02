import type { DateRange } from '../time-expression.parser';
import { listed, plural, sentence } from './format';
import type { Person, Question, Step } from './plan';

/** The side of a period's hires asked about: those still employed, those gone, or those of one level. */
export type HiresPart = { status: 'active' | 'inactive' } | { position: string };

/**
 * "Of the people who joined in 2023, how many are still with us", "which 2022 hires have since left", "were all of this
 * year's hires juniors": the period's hires, and the part of them asked about; both counts are given, only that part
 * listed, and a yes or no first when asked ("is everyone … still here" is yes only when all are).
 */
export function hiresSplit(q: Question, span: DateRange, part: HiresPart): Step {
  const team = q.reading.teams[0];
  const position = 'position' in part ? undefined : q.reading.filters.position;
  const scope = { ...(team && { team_id: team }), ...(position && { position }), hired_from: span.from, hired_to: span.to };
  const gone = 'status' in part && part.status === 'inactive';
  const [is, are, rest] =
    'position' in part
      ? [`is ${part.position}`, `are ${part.position}s`, `not ${part.position}`]
      : gone
        ? ['has left', 'have left', 'still employed']
        : ['is still employed', 'are still employed', 'left'];
  return {
    intent: 'hires',
    measure: 'hires',
    operation: q.reading.operation,
    period: span,
    calls: [
      { name: 'employment_dates', input: { ...scope, status: 'any' } },
      { name: 'employment_dates', input: { ...scope, ...('status' in part ? part : { ...part, status: 'any' }) } },
    ],
    phrase: ([all, asked]) => {
      const hired = (all as { people: Person[] }).people;
      const those = (asked as { people: Person[] }).people;
      const where = team ? ` in ${team}` : '';
      if (hired.length === 0) return `${q.reading.yesNo ? 'No: n' : 'N'}obody was hired${where} from ${span.from} to ${span.to}: no hires.`;
      const hiredWhen = span.from <= '1900-01-01' ? `up to ${span.to}` : `from ${span.from} to ${span.to}`;
      const level = position ? `${position} ` : '';
      const line = (p: Person) => `${p.name} (${p.employee_id}${team ? '' : `, ${p.team_id}`})${gone && p.end_date ? `, last day ${p.end_date}` : ''}`;
      // The count stands beside its people ("21 people are still employed, of the 22 hired …"), not beside the other count.
      const figure =
        those.length === 0
          ? `none of the ${plural(hired.length, `${level}person`, `${level}people`)} hired${where} ${hiredWhen} ${is}.`
          : those.length === hired.length
            ? `${hired.length === 1 ? 'the' : 'all'} ${plural(hired.length, `${level}person`, `${level}people`)} hired${where} ${hiredWhen} ${hired.length === 1 ? is : are}: ${listed(those, line)}.`
            : `${plural(those.length, `${level}person`, `${level}people`)} ${those.length === 1 ? is : are}, of the ${hired.length} hired${where} ${hiredWhen}: ${listed(those, line)}; ${hired.length - those.length} ${rest}.`;
      if (!q.reading.yesNo) return sentence(figure);
      const ofEveryone = q.reading.everyone || /\b(?:every(?:one|body)|all)\b/.test(q.reading.said) || (!gone && /\bstill\b/.test(q.reading.said));
      return `${(ofEveryone ? those.length === hired.length : those.length > 0) ? 'Yes' : 'No'}: ${figure}`;
    },
  };
}
