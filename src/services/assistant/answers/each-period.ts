import type { DateRange } from '../time-expression.parser';
import type { Question, Step } from './plan';

/**
 * "My hours in september vs october": the same question asked of each
 * period, answered side by side; a period it cannot answer is named back as
 * the single answer would have been.
 */
export function eachPeriod(q: Question, periods: readonly DateRange[], answer: (q: Question) => Step): Step {
  const steps = periods.map((range) => answer({ ...q, reading: { ...q.reading, range, otherPeriod: null, operation: 'lookup' } }));
  const plans = steps.flatMap((step) => ('calls' in step ? [step] : []));
  if (plans.length < steps.length) return steps.find((step) => !('calls' in step))!;
  const first = plans[0]!;
  return {
    intent: first.intent,
    measure: first.measure,
    operation: 'compare',
    period: { from: periods[0]!.from, to: periods.at(-1)!.to },
    calls: plans.flatMap((plan) => plan.calls),
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
