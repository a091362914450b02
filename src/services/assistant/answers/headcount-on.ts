import { when } from './format';
import { cannot, type Question, type Step } from './plan';

/**
 * "Headcount on 1 October", "how many people did we have on 30 September": those employed that day (hired by then,
 * their last day not yet gone by), whatever their status now. Only for everyone: a team's members are its members
 * today, and a person who moved teams since would be counted in the wrong one.
 */
export function headcountOn(q: Question): Step | null {
  const { range, teams, filters } = q.reading;
  if (range === null || range.from !== range.to || range.from >= q.context.today || q.reading.operation === 'list') return null;
  // "How many of my team were in yesterday" asks who came, not who was employed.
  if (/\b(?:were|was) (?:in|here|at work|present|off|out)\b|\bcame in\b|\bshowed up\b/.test(q.reading.said)) return null;
  if (teams.length > 0 || filters.position || filters.job_title || q.context.role !== 'admin')
    return cannot(
      'headcount',
      `I count who was employed on a past day (${range.from}) for the whole company only, not by team, level or title; today's headcount I give for any of them.`,
    );
  return {
    intent: 'employee_count',
    measure: 'headcount',
    operation: 'count',
    period: { from: range.from, to: range.to },
    calls: [{ name: 'list_employees', input: { employed_on: range.from } }],
    phrase: ([r]) => {
      const { count } = r as { count: number };
      return `${count} ${count === 1 ? 'employee was' : 'employees were'} employed ${when(range)} (hired by then, not yet left).`;
    },
  };
}
