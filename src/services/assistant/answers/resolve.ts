import type { ConversationContext, ToolResultPart } from '../llm-client.port';
import type { Reading } from '../reading/reading';
import { names } from './format';
import type { Person } from './plan';

/** The people the question named, as the lookups found them; a reply when one was not found or is ambiguous. */
export function resolvePeople(reading: Reading, results: ToolResultPart[]): { people: Person[] } | { intent: string; text: string } {
  const people: Person[] = [];
  for (const result of results) {
    if (result.name === 'find_employee') {
      if (result.is_error) {
        const asked = reading.employee_ids.find((id) => JSON.stringify(result.result).includes(id)) ?? 'that employee';
        return { intent: 'employee_lookup', text: `I couldn't find that: Employee ${asked} not found among the people you can see.` };
      }
      people.push(...(result.result as { employees: Person[] }).employees);
      continue;
    }
    if (result.is_error)
      return { intent: 'employee_lookup', text: `I couldn't look up ${reading.names.join(', ')}: ${(result.result as { error: string }).error}.` };
    for (const found of (result.result as { results: { name: string; people: Person[] }[] }).results) {
      if (found.people.length === 0)
        return {
          intent: 'employee_lookup',
          text: `I couldn't find anyone, or any team, called ${found.name} among those you can see (no one by that name), so I can't answer about it.`,
        };
      if (found.people.length > 1)
        return { intent: 'employee_lookup', text: `Which ${found.name} do you mean: ${names(found.people)}? Ask again with the full name or the id.` };
      people.push(found.people[0]!);
    }
  }
  const unique = new Map(people.map((p) => [p.employee_id, p]));
  return { people: [...unique.values()] };
}

/** A tool's refusal, said in the question's own terms. */
export function failureText(result: ToolResultPart, reading: Reading, measure: string, context: ConversationContext): string {
  const error = result.result as { error: string; kind?: string };
  const what = measure.replace(/_/g, ' ');
  // Each team by its code and its name, as the question may have said either.
  const named = reading.teams.map((id) => {
    const name = context.teams.find((t) => t.team_id === id)?.team_name;
    return name ? `${id} (${name})` : id;
  });
  const where = named.length > 0 ? ` for ${named.join(' and ')}` : '';
  if (error.kind === 'not_found') return `I couldn't find that: ${error.error} (not found).`;
  if (error.kind === 'forbidden')
    return `I can't show you ${what}${where}: the figures of a team (your team's${context.team_id ? `, ${context.team_id}` : ''} included) or of everyone are for admins and managers, and you can see only your own records. Ask, for example, about your own ${what}.`;
  // A span too long for one answer is said in the question's period, not in the tool's field names.
  // The tool's own check of its arguments says it in its details; no dates are repeated, so it reads as the refusal it is.
  const most = Number(/at most (\d+) days/.exec(JSON.stringify(result.result))?.[1] ?? NaN);
  if (!Number.isNaN(most) && reading.range)
    return `I can't answer that ${what} question${where} ${/^since\b/.test(reading.range.label) ? '' : 'for '}${reading.range.label}: that is longer than I answer for at once (at most ${most > 200 ? 'a year' : 'six months'}); ask for a shorter period.`;
  return `I can't answer that ${what} question${where}: ${error.error}.`;
}
