import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { addDays, type TeamDayCount } from '../../core/attendance-summary';
import type { DynamoTable, Item } from './dynamo-table';
import { COUNTER_SHARDS, GSI1, GSI2, collections, keys } from './table';
import { toTeam } from './team.repository';

/** Per team and day, from the counter items (never the records) and the team's employees for the headcount. */
export async function dailyCounts(table: DynamoTable, from: string, to: string, teamIds: string[] | null): Promise<{ teamIds: string[]; counts: TeamDayCount[] }> {
  // Teams listed from the index exist; only requested ones need checking.
  const existing =
    teamIds === null
      ? await allTeamIds(table)
      : (await Promise.all(teamIds.map(async (team) => ((await table.get(keys.team(team), false)) ? team : null)))).filter((t): t is string => t !== null);
  const dates: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) dates.push(day);
  const [counters, headcounts] = await Promise.all([counterItems(table, existing, dates), Promise.all(existing.map((team) => headcountsByDay(table, team, dates)))]);
  const counts = existing.flatMap((team, t) =>
    dates.map((date) => {
      const sum = { present: 0, late: 0, half_day: 0 };
      for (let shard = 0; shard < COUNTER_SHARDS; shard++) {
        const item = counters.get(`TEAMDAY#${team}#${shard}|${date}`);
        if (item) for (const key of ['present', 'late', 'half_day'] as const) sum[key] += (item[key] as number | undefined) ?? 0;
      }
      return { team_id: team, date, headcount: headcounts[t]!.get(date) ?? 0, ...sum };
    }),
  );
  return { teamIds: existing, counts };
}

async function allTeamIds(table: DynamoTable): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page = await table.queryPage({ KeyConditionExpression: 'GSI1PK = :c', ExpressionAttributeValues: { ':c': collections.teams } }, GSI1, { limit: 500, ...(after && { after }) }, toTeam);
    ids.push(...page.items.map((team) => team.team_id));
    after = page.next ?? undefined;
  } while (after);
  return ids;
}

/** Every counter item of those teams and days, in BatchGetItem calls. */
async function counterItems(table: DynamoTable, teams: string[], dates: string[]): Promise<Map<string, Item>> {
  const wanted = teams.flatMap((team) => dates.flatMap((date) => Array.from({ length: COUNTER_SHARDS }, (_, shard) => keys.teamDay(team, shard, date))));
  return new Map((await table.batchGet(wanted)).map((item) => [`${item.PK as string}|${item.SK as string}`, item]));
}

/** Employees active now, in the team, hired on or before each day: from the team's employee index. */
async function headcountsByDay(table: DynamoTable, teamId: string, dates: string[]): Promise<Map<string, number>> {
  const hireDates = (
    await table.queryAll({
      IndexName: GSI2,
      KeyConditionExpression: 'GSI2PK = :team',
      FilterExpression: '#status = :active',
      ProjectionExpression: 'hire_date',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':team': collections.teamEmployees(teamId), ':active': 'active' },
    })
  ).map((item) => item.hire_date as string);
  return new Map(dates.map((date) => [date, hireDates.filter((hired) => hired <= date).length]));
}

/** Whether any record still names the team: any counter shard with a positive total. */
export async function teamHasRecords(table: DynamoTable, teamId: string): Promise<boolean> {
  const found = await Promise.all(
    Array.from({ length: COUNTER_SHARDS }, async (_, shard) => {
      let start: Item | undefined;
      do {
        const output = await table.send<{ Items?: Item[]; LastEvaluatedKey?: Item }>(
          new QueryCommand({
            TableName: table.name,
            KeyConditionExpression: 'PK = :pk',
            FilterExpression: '#total > :zero',
            ExpressionAttributeNames: { '#total': 'total' },
            ExpressionAttributeValues: { ':pk': `TEAMDAY#${teamId}#${shard}`, ':zero': 0 },
            ProjectionExpression: 'PK',
            ...(start && { ExclusiveStartKey: start }),
          }),
        );
        if ((output.Items ?? []).length > 0) return true;
        start = output.LastEvaluatedKey;
      } while (start);
      return false;
    }),
  );
  return found.includes(true);
}
