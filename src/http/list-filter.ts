import { ValidationError } from '../core/errors';

interface ListQuery {
  limit: number;
  cursor?: string;
  team_id?: string;
  department?: string;
}

/**
 * Splits a list query into its page and its filter, folding `department`
 * (an alias of team_id) into team_id; the two may not disagree.
 */
export function listFilter<Q extends ListQuery>(query: Q): { page: { limit: number; cursor?: string }; filter: Omit<Q, 'limit' | 'cursor' | 'department'> } {
  const { limit, cursor, department, team_id, ...rest } = query;
  if (team_id !== undefined && department !== undefined && team_id !== department) {
    throw ValidationError.field('department', 'is an alias of team_id and must not differ from it');
  }
  const teamId = team_id ?? department;
  return {
    page: { limit, ...(cursor !== undefined && { cursor }) },
    filter: { ...rest, ...(teamId !== undefined && { team_id: teamId }) } as Omit<Q, 'limit' | 'cursor' | 'department'>,
  };
}
