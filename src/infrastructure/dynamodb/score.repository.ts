import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { NotFoundError, ScoreExistsError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import { hundredths, rankComparator, type PerformanceScore, type RankOrder, type ScoreFilter, type ScoreInputs, type ScoreSummaryItem } from '../../core/performance';
import type { NewScore, ScoreRepository } from '../../core/ports';
import type { AuditStamp } from '../../core/audit/audit-entry';
import { auditSteps } from './audit/audit-items';
import { STALE, type TableClient, type Item, type TransactStep } from './table-client';
import { scoreEntityId, scoreItem, toScore } from './score-items';
import { GSI1, GSI2, GSI3, collections, invertedPeriod, keys } from './key-design';

/** Half-up in integer arithmetic: the mean of hundredths, to whole hundredths. */
const meanOf = (sumHundredths: number, count: number) => Math.floor((2 * sumHundredths + count) / (2 * count)) / 100;

/** A transaction holds 100 items; an employee write takes one of them. */
const MAX_ITEMS = 99;

export class DynamoScoreRepository implements ScoreRepository {
  constructor(private readonly table: TableClient) {}

  async get(employeeId: string, period: string): Promise<PerformanceScore | null> {
    const item = await this.table.get(keys.score(employeeId, period));
    return item ? toScore(item) : null;
  }

  private statsStep(period: string, teamId: string, count: number, sum: number): TransactStep {
    return {
      write: {
        Update: {
          TableName: this.table.name,
          Key: keys.scoreStats(period, teamId),
          UpdateExpression: 'ADD #count :count, sum_hundredths :sum SET period = :period, team_id = :team',
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: { ':count': count, ':sum': sum, ':period': period, ':team': teamId },
        },
      },
    };
  }

  create(input: NewScore, audit?: AuditStamp): Promise<PerformanceScore> {
    return this.table.withFreshReads(async () => {
      const employee = await this.table.get(keys.employee(input.employee_id));
      if (!employee) throw new NotFoundError('Employee', input.employee_id);
      const now = new Date().toISOString();
      const score: PerformanceScore = { ...input, employee_name: employee.name as string, team_id: employee.team_id as string, created_at: now, updated_at: now };
      await this.table.transact([
        {
          write: { Put: { TableName: this.table.name, Item: scoreItem(score, 1), ConditionExpression: 'attribute_not_exists(PK)' } },
          onConditionFailed: () => new ScoreExistsError(input.employee_id, input.period),
        },
        {
          // The copies must be the employee's as they are when the score lands.
          write: {
            ConditionCheck: {
              TableName: this.table.name,
              Key: keys.employee(input.employee_id),
              ConditionExpression: '#name = :name AND team_id = :team',
              ExpressionAttributeNames: { '#name': 'name' },
              ExpressionAttributeValues: { ':name': score.employee_name, ':team': score.team_id },
            },
          },
          onConditionFailed: () => STALE,
        },
        this.statsStep(score.period, score.team_id, 1, hundredths(score.final_score)),
        ...auditSteps(this.table.name, audit, { action: 'create', entity: 'score', entity_id: scoreEntityId(score), after: score }),
      ]);
      return score;
    });
  }

  update(employeeId: string, period: string, change: (current: PerformanceScore) => ScoreInputs & { final_score: number }, audit?: AuditStamp): Promise<PerformanceScore | null> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.score(employeeId, period));
      if (!item) return null;
      const current = toScore(item);
      const next: PerformanceScore = { ...current, ...change(current), updated_at: new Date().toISOString() };
      const delta = hundredths(next.final_score) - hundredths(current.final_score);
      await this.table.transact([
        this.guardedPut(next, item.version as number),
        ...(delta !== 0 ? [this.statsStep(period, current.team_id, 0, delta)] : []),
        ...auditSteps(this.table.name, audit, { action: 'update', entity: 'score', entity_id: scoreEntityId(current), before: current, after: next }),
      ]);
      return next;
    });
  }

  private guardedPut(score: PerformanceScore, readVersion: number): TransactStep {
    return {
      write: { Put: { TableName: this.table.name, Item: scoreItem(score, readVersion + 1), ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': readVersion } } },
      onConditionFailed: () => STALE,
    };
  }

  private deletion(item: Item): TransactStep[] {
    const score = toScore(item);
    return [
      {
        write: { Delete: { TableName: this.table.name, Key: keys.score(score.employee_id, score.period), ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': item.version } } },
        onConditionFailed: () => STALE,
      },
      this.statsStep(score.period, score.team_id, -1, -hundredths(score.final_score)),
    ];
  }

  async getMany(wanted: { employee_id: string; period: string }[]): Promise<PerformanceScore[]> {
    return (await this.table.batchGet(wanted.map((k) => keys.score(k.employee_id, k.period)))).map(toScore);
  }

  /** Each score its own transaction (the score and its stats), a few at a time. */
  upsertMany(scores: NewScore[], audit?: AuditStamp): Promise<void> {
    return this.table.writeEach(scores, async (score) => {
      const { employee_id, period, ...values } = score;
      if ((await this.update(employee_id, period, () => values, audit)) === null) await this.create(score, audit);
    });
  }

  delete(employeeId: string, period: string, audit?: AuditStamp): Promise<boolean> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.score(employeeId, period));
      if (!item) return false;
      const before = toScore(item);
      await this.table.transact([...this.deletion(item), ...auditSteps(this.table.name, audit, { action: 'delete', entity: 'score', entity_id: scoreEntityId(before), before })]);
      return true;
    });
  }

  private employeeScores(employeeId: string): Promise<Item[]> {
    return this.table.queryAll({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :score)',
      ExpressionAttributeValues: { ':pk': keys.employee(employeeId).PK, ':score': 'SCORE#' },
      ConsistentRead: true,
    });
  }

  /** Rewrites the copies on every score of the employee that differ from the employee as now stored. Idempotent. */
  propagateEmployee(employeeId: string): Promise<void> {
    return this.table.withFreshReads(async () => {
      const employee = await this.table.get(keys.employee(employeeId));
      if (!employee) return;
      const stale = (await this.employeeScores(employeeId)).filter((item) => item.employee_name !== employee.name || item.team_id !== employee.team_id);
      let steps: TransactStep[] = [];
      for (const item of stale) {
        const current = toScore(item);
        const next: PerformanceScore = { ...current, employee_name: employee.name as string, team_id: employee.team_id as string };
        const moves =
          next.team_id === current.team_id
            ? []
            : [this.statsStep(current.period, current.team_id, -1, -hundredths(current.final_score)), this.statsStep(next.period, next.team_id, 1, hundredths(next.final_score))];
        const group = [this.guardedPut(next, item.version as number), ...moves];
        if (steps.length + group.length > MAX_ITEMS) {
          await this.table.transact(steps);
          steps = [];
        }
        steps.push(...group);
      }
      if (steps.length > 0) await this.table.transact(steps);
    });
  }

  async purgeEmployee(employeeId: string): Promise<void> {
    const items = await this.employeeScores(employeeId);
    for (let i = 0; i < items.length; i += 49) {
      const batch = items.slice(i, i + 49);
      await this.table.withFreshReads(() => this.table.transact(batch.flatMap((item) => this.deletion(item))));
    }
  }

  list(filter: ScoreFilter, page: PageRequest): Promise<Page<PerformanceScore>> {
    const values: Record<string, unknown> = {};
    if (filter.employee_id !== undefined) {
      const conditions: string[] = [];
      if (filter.team_id !== undefined) {
        values[':team'] = filter.team_id;
        conditions.push('team_id = :team');
      }
      return this.table.queryPage(
        {
          KeyConditionExpression: filter.period === undefined ? 'PK = :pk AND begins_with(SK, :score)' : 'PK = :pk AND SK = :score',
          ...(conditions.length > 0 && { FilterExpression: conditions.join(' AND ') }),
          ExpressionAttributeValues: { ':pk': keys.employee(filter.employee_id).PK, ':score': filter.period === undefined ? 'SCORE#' : `SCORE#${filter.period}`, ...values },
          ScanIndexForward: false,
        },
        'table',
        page,
        toScore,
      );
    }
    const index = filter.team_id === undefined ? GSI1 : GSI2;
    const partition = filter.team_id === undefined ? collections.scores : collections.teamScores(filter.team_id);
    return this.table.queryPage(
      {
        KeyConditionExpression: filter.period === undefined ? `${index}PK = :partition` : `${index}PK = :partition AND begins_with(${index}SK, :period)`,
        ExpressionAttributeValues: { ':partition': partition, ...(filter.period !== undefined && { ':period': `${invertedPeriod(filter.period)}#` }) },
      },
      index,
      page,
      toScore,
    );
  }

  /**
   * GSI3 keeps each team's period in score order, so every team in scope gives
   * its candidates from one end; merged, they are ranked like every adapter's.
   */
  async rank(filter: ScoreFilter & { period?: string }, order: RankOrder, limit: number): Promise<PerformanceScore[]> {
    if (filter.period === undefined) {
      // Lists come newest period first, so the first item in scope is of the latest; one employee's ranking is that item.
      const [newest] = (await this.list(filter, { limit: 1 })).items;
      if (newest === undefined) return [];
      return filter.employee_id !== undefined ? [newest] : this.rank({ ...filter, period: newest.period }, order, limit);
    }
    const period = filter.period;
    if (filter.employee_id !== undefined) {
      const score = await this.get(filter.employee_id, period);
      return score && (filter.team_id === undefined || score.team_id === filter.team_id) ? [score] : [];
    }
    const teams = filter.team_id !== undefined ? [filter.team_id] : (await this.stats(period)).map((s) => s.team_id as string);
    const candidates = await Promise.all(teams.map((teamId) => this.rankCandidates(period, teamId, order, limit)));
    return candidates.flat().sort(rankComparator(order)).slice(0, limit);
  }

  /** A team's first `limit` scores from one end of its period, and every later one tied with the last of them (ties go by name, which the index does not know). */
  private async rankCandidates(period: string, teamId: string, order: RankOrder, limit: number): Promise<PerformanceScore[]> {
    const items: Item[] = [];
    // Past last place: more than `limit` read, and the newest no longer tied with the limit-th.
    const pastLastPlace = () => items.length > limit && items[items.length - 1]!.final_score !== items[limit - 1]!.final_score;
    let start: Item | undefined;
    do {
      const output = await this.table.send<{ Items?: Item[]; LastEvaluatedKey?: Item }>(
        new QueryCommand({
          TableName: this.table.name,
          IndexName: GSI3,
          KeyConditionExpression: 'GSI3PK = :partition',
          ExpressionAttributeValues: { ':partition': collections.periodTeamScores(period, teamId) },
          ScanIndexForward: order === 'bottom',
          // One past last place shows whether the next one ties, which alone calls for another page.
          Limit: limit + 1,
          ...(start && { ExclusiveStartKey: start }),
        }),
      );
      items.push(...(output.Items ?? []));
      start = output.LastEvaluatedKey;
    } while (start && !pastLastPlace());
    const boundary = items[limit - 1]?.final_score;
    return items.filter((item, index) => index < limit || item.final_score === boundary).map(toScore);
  }

  /** The teams that have scores in a period, or in every period: their count and sum. */
  private async stats(period?: string): Promise<Item[]> {
    const stats = await this.table.queryAll({
      KeyConditionExpression: period === undefined ? 'PK = :pk' : 'PK = :pk AND begins_with(SK, :period)',
      ExpressionAttributeValues: { ':pk': 'SCORESTATS', ...(period !== undefined && { ':period': `${period}#` }) },
    });
    return stats.filter((s) => (s.count as number) > 0);
  }

  async summary(filter: { period?: string; team_ids?: string[] }): Promise<ScoreSummaryItem[]> {
    const wanted = (await this.stats(filter.period)).filter((s) => filter.team_ids === undefined || filter.team_ids.includes(s.team_id as string));
    return Promise.all(
      wanted.map(async (s) => {
        const [min, max] = await Promise.all([this.extreme(s.period as string, s.team_id as string, true), this.extreme(s.period as string, s.team_id as string, false)]);
        return { team_id: s.team_id as string, period: s.period as string, count: s.count as number, mean: meanOf(s.sum_hundredths as number, s.count as number), min, max, total: (s.sum_hundredths as number) / 100 };
      }),
    );
  }

  /** The lowest or highest final score of a team's period: the first item of GSI3 one way or the other. */
  private async extreme(period: string, teamId: string, lowest: boolean): Promise<number> {
    const output = await this.table.send<{ Items?: Item[] }>(
      new QueryCommand({
        TableName: this.table.name,
        IndexName: GSI3,
        KeyConditionExpression: 'GSI3PK = :partition',
        ExpressionAttributeValues: { ':partition': collections.periodTeamScores(period, teamId) },
        ProjectionExpression: 'final_score',
        ScanIndexForward: lowest,
        Limit: 1,
      }),
    );
    return output.Items?.[0]?.final_score as number;
  }
}
