import type { TableClient } from './table-client';
import { GSI1, collections } from './key-design';
import { toTeam } from './team.repository';

/** Every team's id, from the teams collection. */
export async function allTeamIds(table: TableClient): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page = await table.queryPage(
      { KeyConditionExpression: 'GSI1PK = :c', ExpressionAttributeValues: { ':c': collections.teams } },
      GSI1,
      { limit: 500, ...(after && { after }) },
      toTeam,
    );
    ids.push(...page.items.map((team) => team.team_id));
    after = page.next ?? undefined;
  } while (after);
  return ids;
}
