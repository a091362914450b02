/** Score lists, rankings and summaries: Queries on the employee's partition and GSI1–3, never a read of every score. */
import { allPages, type Page, type PageRequest } from '../../../core/page';
import {
  meanOfHundredths,
  rankComparator,
  type FinalScore,
  type PerformanceScore,
  type RankOrder,
  type ScoreFilter,
  type ScoreSummaryItem,
} from '../../../core/performance';
import { GSI1, GSI2, GSI3, PARTITION_PREFIXES, collections, invertedPeriod, keys, partitions, scoreStatsPeriod } from '../key-design';
import type { Item, TableClient } from '../table-client';
import { toScore } from './score-items';

export function listScores(table: TableClient, filter: ScoreFilter, page: PageRequest): Promise<Page<PerformanceScore>> {
  const values: Record<string, unknown> = {};
  if (filter.employee_id !== undefined) {
    const conditions: string[] = [];
    if (filter.team_id !== undefined) {
      values[':team'] = filter.team_id;
      conditions.push('team_id = :team');
    }
    return table.queryPage(
      {
        KeyConditionExpression: filter.period === undefined ? 'PK = :pk AND begins_with(SK, :score)' : 'PK = :pk AND SK = :score',
        ...(conditions.length > 0 && { FilterExpression: conditions.join(' AND ') }),
        ExpressionAttributeValues: {
          ':pk': partitions.employee(filter.employee_id),
          ':score': filter.period === undefined ? PARTITION_PREFIXES.score : keys.score(filter.employee_id, filter.period).SK,
          ...values,
        },
        ScanIndexForward: false,
      },
      'table',
      page,
      toScore,
    );
  }
  const index = filter.team_id === undefined ? GSI1 : GSI2;
  const partition = filter.team_id === undefined ? collections.scores : collections.teamScores(filter.team_id);
  return table.queryPage(
    {
      KeyConditionExpression: filter.period === undefined ? `${index}PK = :partition` : `${index}PK = :partition AND begins_with(${index}SK, :period)`,
      ExpressionAttributeValues: { ':partition': partition, ...(filter.period !== undefined && { ':period': `${invertedPeriod(filter.period)}#` }) },
    },
    index,
    page,
    toScore,
  );
}

/** A period's list page by page, each score cut to its final score. */
export async function finalScoresOf(table: TableClient, filter: ScoreFilter & { period: string }): Promise<FinalScore[]> {
  const scores = await allPages((page) => listScores(table, filter, page));
  return scores.map(({ employee_id, employee_name, team_id, final_score }) => ({ employee_id, employee_name, team_id, final_score }));
}

/**
 * GSI3 keeps each team's period in score order, so every team in scope gives
 * its candidates from one end; merged, they are ranked like every adapter's.
 */
export async function rankScores(table: TableClient, filter: ScoreFilter & { period?: string }, order: RankOrder, limit: number): Promise<PerformanceScore[]> {
  if (filter.period === undefined) {
    // Lists come newest period first, so the first item in scope is of the latest; one employee's ranking is that item.
    const [newest] = (await listScores(table, filter, { limit: 1 })).items;
    if (newest === undefined) return [];
    return filter.employee_id !== undefined ? [newest] : rankScores(table, { ...filter, period: newest.period }, order, limit);
  }
  const period = filter.period;
  if (filter.employee_id !== undefined) {
    const item = await table.get(keys.score(filter.employee_id, period));
    const score = item ? toScore(item) : null;
    return score && (filter.team_id === undefined || score.team_id === filter.team_id) ? [score] : [];
  }
  const teams = filter.team_id !== undefined ? [filter.team_id] : (await stats(table, period)).map((s) => s.team_id as string);
  const candidates = await Promise.all(teams.map((teamId) => rankCandidates(table, period, teamId, order, limit)));
  return candidates.flat().sort(rankComparator(order)).slice(0, limit);
}

/** A team's first `limit` scores from one end of its period, and every later one tied with the last of them (ties go by name, which the index does not know). */
async function rankCandidates(table: TableClient, period: string, teamId: string, order: RankOrder, limit: number): Promise<PerformanceScore[]> {
  const { items } = await table.queryUntil(
    {
      IndexName: GSI3,
      KeyConditionExpression: 'GSI3PK = :partition',
      ExpressionAttributeValues: { ':partition': collections.periodTeamScores(period, teamId) },
      ScanIndexForward: order === 'bottom',
    },
    // Past last place: more than `limit` read, and the newest no longer tied with the limit-th.
    (read) => read.length > limit && read[read.length - 1]!.final_score !== read[limit - 1]!.final_score,
    // One past last place shows whether the next one ties, which alone calls for another page.
    { step: () => limit + 1 },
  );
  const boundary = items[limit - 1]?.final_score;
  return items.filter((item, index) => index < limit || item.final_score === boundary).map(toScore);
}

/** The teams that have scores in a period, or in every period: their count and sum. */
async function stats(table: TableClient, period?: string): Promise<Item[]> {
  const found = await table.queryAll({
    KeyConditionExpression: period === undefined ? 'PK = :pk' : 'PK = :pk AND begins_with(SK, :period)',
    ExpressionAttributeValues: { ':pk': partitions.scoreStats, ...(period !== undefined && { ':period': scoreStatsPeriod(period) }) },
  });
  return found.filter((s) => (s.count as number) > 0);
}

export async function summarizeScores(table: TableClient, filter: { period?: string; team_ids?: string[] }): Promise<ScoreSummaryItem[]> {
  const wanted = (await stats(table, filter.period)).filter((s) => filter.team_ids === undefined || filter.team_ids.includes(s.team_id as string));
  return Promise.all(
    wanted.map(async (s) => {
      const [min, max] = await Promise.all([
        extreme(table, s.period as string, s.team_id as string, true),
        extreme(table, s.period as string, s.team_id as string, false),
      ]);
      return {
        team_id: s.team_id as string,
        period: s.period as string,
        count: s.count as number,
        mean: meanOfHundredths(s.sum_hundredths as number, s.count as number),
        min,
        max,
        total: (s.sum_hundredths as number) / 100,
      };
    }),
  );
}

/** The lowest or highest final score of a team's period: the first item of GSI3 one way or the other. */
async function extreme(table: TableClient, period: string, teamId: string, lowest: boolean): Promise<number> {
  const item = await table.queryFirst({
    IndexName: GSI3,
    KeyConditionExpression: 'GSI3PK = :partition',
    ExpressionAttributeValues: { ':partition': collections.periodTeamScores(period, teamId) },
    ProjectionExpression: 'final_score',
    ScanIndexForward: lowest,
  });
  return item?.final_score as number;
}
