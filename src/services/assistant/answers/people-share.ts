import type { PeopleShare } from '../reading/people-share';
import { countOf } from './count-line';
import { percent } from './format';
import { cannot, isPlan, type Plan, type Step, type ToolCall } from './plan';

const ATTENDANCE = new Set(['attendance_by_person', 'attendance_exceptions', 'attendance_rates_by_person']);

function spanOf(input: Record<string, unknown>): { from: string; to: string } | null {
  if (typeof input.from === 'string' && typeof input.to === 'string') return { from: input.from, to: input.to };
  return typeof input.date === 'string' ? { from: input.date, to: input.date } : null;
}

/** Who could have been counted: the people expected at work over the span (the absence rule's), or those scored in the quarter. */
function base(step: Plan, today: string): { call: ToolCall | null; who: string; size(results: unknown[]): number } | null {
  // Every score of the quarter is read already: the first list is the base.
  if (step.calls.length > 0 && step.calls.every((c) => c.name === 'score_list'))
    return { call: null, who: 'people with a score in that quarter', size: ([r]) => (r as { items: unknown[] }).items.length };
  const counted = step.calls.find((c) => ATTENDANCE.has(c.name));
  const span = counted === undefined ? null : spanOf(counted.input);
  if (counted === undefined || span === null || span.from > today) return null;
  const { team_id, position } = counted.input;
  return {
    call: { name: 'attendance_rates_by_person', input: { ...span, ...(team_id !== undefined && { team_id }), ...(position !== undefined && { position }) } },
    who: 'people expected at work over those days',
    size: (results) => (results.at(-1) as { people: { expected: number }[] }).people.filter((p) => p.expected > 0).length,
  };
}

/**
 * "What % of staff had at least one absence": the people answered, counted, as a share of those who could have been
 * (expected at work over the period by the absence rule, or scored in the quarter), the count beside it. An answer
 * that does not open with its count of people, or has no such base, is refused naming the share: never a figure of
 * days given for a share of people.
 */
export function withPeopleShare(share: PeopleShare | null, step: Step, today: string): Step {
  if (!share || !isPlan(step)) return step;
  const of = base(step, today);
  if (of === null)
    return cannot(step.measure, `I can give "${share.said}" people only for attendance over past days, or for everyone's or one team's scores in a quarter.`);
  const own = step.calls.length;
  return {
    ...step,
    calls: of.call === null ? step.calls : [...step.calls, of.call],
    phrase: (results) => {
      const text = step.phrase(results.slice(0, own));
      const count = countOf(text);
      const size = of.size(results);
      if (count === null || size === 0) return `I can't give that as a share of people: the answer does not count them. ${text}`;
      return `${percent(count / size)} (${count} of the ${size} ${of.who}): ${text}`;
    },
  };
}
