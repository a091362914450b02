import type { Person, Step } from '../answers/plan';
import type { Reading } from './reading';

/**
 * The words of a question that were not applied, as a refusal names them back:
 * its unused words and, when they refuse it, the names in it (which are then
 * not looked up, so none found a person).
 */
export function unappliedWords(reading: Pick<Reading, 'unused' | 'names'>, people: readonly Person[]): string[] {
  if (reading.unused.length === 0) return [];
  return [...reading.unused, ...(people.length === 0 ? reading.names : [])];
}

/** The unapplied words as a refusal names them: as typed, with the word each was read as when it differs ("mth (month)"). */
export function namedBack(reading: Pick<Reading, 'unused' | 'names' | 'readAs'>, people: readonly Person[]): string[] {
  return unappliedWords(reading, people).map((word) => {
    const read = reading.readAs.get(word);
    return read === undefined ? word : `${word} (${read})`;
  });
}

/** `data.parsed` (API.md, "Assistant"): how the question was read, and the words that were not applied. */
export function parsedOf(reading: Reading, people: Person[], step: Step | undefined, measure?: string) {
  const subject =
    people.length > 0 || reading.employee_ids.length > 0
      ? { kind: 'person', ids: people.length > 0 ? people.map((p) => p.employee_id) : reading.employee_ids }
      : reading.me
        ? { kind: 'me', ids: [] as string[] }
        : reading.teams.length > 0
          ? { kind: 'team', ids: reading.teams }
          : { kind: 'everyone', ids: [] as string[] };
  const period =
    step && 'period' in step && step.period
      ? { from: step.period.from, to: step.period.to }
      : reading.range
        ? { from: reading.range.from, to: reading.range.to }
        : null;
  const filters = {
    ...(reading.filters.position && { position: reading.filters.position }),
    ...(reading.filters.job_title && { job_title: reading.filters.job_title }),
    ...(reading.filters.status && { status: reading.filters.status }),
    ...(reading.filters.leave_type && { leave_type: reading.filters.leave_type }),
    ...(reading.filters.request_status && { request_status: reading.filters.request_status }),
    ...(reading.quarters.length > 0 && { quarters: reading.quarters }),
    ...(reading.threshold && { threshold: reading.threshold }),
    ...(reading.limit !== null && { limit: reading.limit }),
    ...(reading.order !== null && { order: reading.order }),
    ...(reading.statistic !== null && { statistic: reading.statistic }),
    ...((reading.perTeam || reading.teamsRanked) && { by_team: true }),
    ...(reading.perPosition && { by_position: true }),
    ...(reading.holidayName !== null && { holiday_name: reading.holidayName }),
    ...(reading.action !== null && { action: reading.action.verb }),
    ...(reading.excluded && { excluded: { teams: reading.excluded.teams, positions: reading.excluded.positions } }),
    ...(step && 'filters' in step && step.filters),
  };
  return {
    subject,
    measure: measure ?? step?.measure ?? reading.measures[0] ?? null,
    period,
    filters,
    operation: step && 'operation' in step && step.operation ? step.operation : reading.operation,
    unused: unappliedWords(reading, people),
  };
}
