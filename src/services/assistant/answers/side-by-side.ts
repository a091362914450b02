import type { DateRange } from '../time-expression.parser';
import { periodFigure, sentence } from './format';
import { isPlan, type Question, type Step } from './plan';

/**
 * Two or more answers given together ("hires and leavers in 2025", "mean and
 * median"): their calls made in turn, their sentences side by side. If one
 * cannot be answered, that refusal is the answer, as it would have been alone.
 */
export function sideBySide(steps: readonly Step[]): Step {
  const plans = steps.filter(isPlan);
  if (plans.length < steps.length) return steps.find((step) => !isPlan(step))!;
  const first = plans[0]!;
  const periods = plans.flatMap((plan) => (plan.period ? [plan.period] : []));
  return {
    intent: first.intent,
    measure: first.measure,
    operation: plans.every((plan) => plan.measure === first.measure) ? 'compare' : (first.operation ?? 'lookup'),
    period:
      periods.length === 0
        ? null
        : {
            from: periods.map((p) => p.from).sort()[0]!,
            to: periods
              .map((p) => p.to)
              .sort()
              .at(-1)!,
          },
    ...(first.filters && { filters: first.filters }),
    calls: plans.flatMap((plan) => plan.calls),
    sides: plans,
    phrase: (results) => {
      let at = 0;
      return plans
        .map((plan) => {
          const own = results.slice(at, at + plan.calls.length);
          at += plan.calls.length;
          return plan.phrase(own);
        })
        .join(' ');
    },
  };
}

/** "My hours in september vs october", "QA's late arrivals in august and september": the same question asked of each period, side by side. */
export function eachPeriod(q: Question, periods: readonly DateRange[], answer: (q: Question) => Step, operation: 'lookup' | 'count' = 'lookup'): Step {
  return sideBySide(periods.map((range) => namingPeriod(range, answer({ ...q, reading: { ...q.reading, range, otherPeriod: null, ends: null, operation } }))));
}

/** A period's answer that does not say its period ("1 approved sick leave request: …") is given its name, so two periods' answers are told apart. */
function namingPeriod(range: DateRange, step: Step): Step {
  if (!isPlan(step)) return step;
  return {
    ...step,
    phrase: (results) => {
      const text = step.phrase(results);
      if (text.includes(range.from) || text.toLowerCase().includes(range.label.toLowerCase())) return text;
      const plain = text.replace(/\.$/, '').replace(/^(?:There|Nobody|No|None|The)\b/, (word) => word.toLowerCase());
      return `${sentence(periodFigure(range, plain))}.`;
    },
  };
}
