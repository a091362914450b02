import type { TeamDayFacts } from '../../../core/work-calendar/absence-rule';
import { datesBetween } from '../../../core/work-calendar/dates';
import type { TableClient, Item } from '../table-client';
import { leaveByTeamDay } from '../leave/leave-day-facts';
import { COUNTER_SHARDS, keys, partitions } from '../key-design';
import { allTeamIds } from '../team-ids';
import { employedIn } from '../team-periods/employed-in';
import { teamPeriodsUntil } from '../team-periods/period-items';

const COUNTED = ['present', 'late', 'half_day', 'absent', 'open'] as const;

/**
 * Per team and day, from the counter items (never the records) and, for the
 * headcount, one Query of the team's membership periods, which carry their
 * employee's employment dates; the approved leave of those periods' people.
 */
export async function dailyFacts(
  table: TableClient,
  from: string,
  to: string,
  teamIds: string[] | null,
): Promise<{ teamIds: string[]; facts: TeamDayFacts[] }> {
  // Teams listed from the index exist; only requested ones need checking.
  const existing =
    teamIds === null
      ? await allTeamIds(table)
      : (await Promise.all(teamIds.map(async (team) => ((await table.get(keys.team(team), false)) ? team : null)))).filter((t): t is string => t !== null);
  const dates = datesBetween(from, to);
  const [counters, periods] = await Promise.all([counterItems(table, existing, dates), Promise.all(existing.map((team) => teamPeriodsUntil(table, team, to)))]);
  const leave = await leaveByTeamDay(table, from, to, periods.flat(), teamIds === null ? existing : null);
  const facts = existing.flatMap((team, t) =>
    dates.map((date) => {
      const sum = { present: 0, late: 0, half_day: 0, absent: 0, open: 0 };
      for (let shard = 0; shard < COUNTER_SHARDS; shard++) {
        const item = counters.get(counterId(keys.teamDay(team, shard, date)));
        if (item) for (const key of COUNTED) sum[key] += (item[key] as number | undefined) ?? 0;
      }
      const headcount = periods[t]!.filter((p) => employedIn(p, date)).length;
      const onLeave = leave.get(`${team}|${date}`);
      return {
        team_id: team,
        date,
        headcount,
        present: sum.present,
        late: sum.late,
        half_day: sum.half_day,
        absent: sum.absent,
        open_records: sum.open,
        ...(onLeave && { leave: onLeave }),
      };
    }),
  );
  return { teamIds: existing, facts };
}

const counterId = (key: Item) => `${key.PK as string}|${key.SK as string}`;

/** Every counter item of those teams and days, in BatchGetItem calls. */
async function counterItems(table: TableClient, teams: string[], dates: readonly string[]): Promise<Map<string, Item>> {
  const wanted = teams.flatMap((team) => dates.flatMap((date) => Array.from({ length: COUNTER_SHARDS }, (_, shard) => keys.teamDay(team, shard, date))));
  return new Map((await table.batchGet(wanted)).map((item) => [counterId(item), item]));
}

/** Whether any record still names the team: any counter shard with a positive total. */
export async function teamHasRecords(table: TableClient, teamId: string): Promise<boolean> {
  const found = await Promise.all(
    Array.from({ length: COUNTER_SHARDS }, async (_, shard) => {
      const { items } = await table.queryUntil(
        {
          KeyConditionExpression: 'PK = :pk',
          FilterExpression: '#total > :zero',
          ExpressionAttributeNames: { '#total': 'total' },
          ExpressionAttributeValues: { ':pk': partitions.teamDay(teamId, shard), ':zero': 0 },
          ProjectionExpression: 'PK',
        },
        (matched) => matched.length > 0,
      );
      return items.length > 0;
    }),
  );
  return found.includes(true);
}
