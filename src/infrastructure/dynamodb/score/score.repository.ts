import { NotFoundError, ScoreExistsError } from '../../../core/errors';
import type { Page, PageRequest } from '../../../core/page';
import {
  hundredths,
  type FinalScore,
  type PerformanceScore,
  type RankOrder,
  type ScoreFilter,
  type ScoreInputs,
  type ScoreSummaryItem,
} from '../../../core/performance';
import type { NewScore, ScoreRepository } from '../../../core/ports';
import type { AuditStamp } from '../../../core/audit/audit-entry';
import { auditSteps } from '../audit/audit-items';
import type { EmployeeCopies, EmployeePurge } from '../cross-repository';
import { keys } from '../key-design';
import { STALE, type TableClient } from '../table-client';
import { propagateToScores, purgeScores } from './score-cascades';
import { scoreEntityId, scoreItem, toScore } from './score-items';
import { finalScoresOf, listScores, rankScores, summarizeScores } from './score-reads';
import { deletionSteps, guardedPut, statsStep } from './score-steps';

/** Scores on the single table (keys and access patterns: key-design.ts). */
export class DynamoScoreRepository implements ScoreRepository, EmployeePurge, EmployeeCopies {
  constructor(private readonly table: TableClient) {}

  async get(employeeId: string, period: string): Promise<PerformanceScore | null> {
    const item = await this.table.get(keys.score(employeeId, period));
    return item ? toScore(item) : null;
  }

  create(input: NewScore, audit?: AuditStamp): Promise<PerformanceScore> {
    return this.table.withFreshReads(async () => {
      const employee = await this.table.get(keys.employee(input.employee_id));
      if (!employee) throw new NotFoundError('Employee', input.employee_id);
      const now = this.table.now();
      const score: PerformanceScore = {
        ...input,
        employee_name: employee.name as string,
        team_id: employee.team_id as string,
        created_at: now,
        updated_at: now,
      };
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
        statsStep(this.table.name, score.period, score.team_id, 1, hundredths(score.final_score)),
        ...auditSteps(this.table.name, audit, { action: 'create', entity: 'score', entity_id: scoreEntityId(score), after: score }),
      ]);
      return score;
    });
  }

  update(
    employeeId: string,
    period: string,
    change: (current: PerformanceScore) => ScoreInputs & { final_score: number },
    audit?: AuditStamp,
  ): Promise<PerformanceScore | null> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.score(employeeId, period));
      if (!item) return null;
      const current = toScore(item);
      const next: PerformanceScore = { ...current, ...change(current), updated_at: this.table.now() };
      const delta = hundredths(next.final_score) - hundredths(current.final_score);
      await this.table.transact([
        guardedPut(this.table.name, next, item.version as number),
        ...(delta !== 0 ? [statsStep(this.table.name, period, current.team_id, 0, delta)] : []),
        ...auditSteps(this.table.name, audit, { action: 'update', entity: 'score', entity_id: scoreEntityId(current), before: current, after: next }),
      ]);
      return next;
    });
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
      await this.table.transact([
        ...deletionSteps(this.table.name, item),
        ...auditSteps(this.table.name, audit, { action: 'delete', entity: 'score', entity_id: scoreEntityId(before), before }),
      ]);
      return true;
    });
  }

  /** After the employee's update: the copies of their name and team on their scores, and the stats those count toward. */
  propagateEmployee(employeeId: string): Promise<void> {
    return propagateToScores(this.table, employeeId);
  }

  /** After the employee's own delete: their scores and what they counted. */
  purgeEmployee(employeeId: string): Promise<void> {
    return purgeScores(this.table, employeeId);
  }

  list(filter: ScoreFilter, page: PageRequest): Promise<Page<PerformanceScore>> {
    return listScores(this.table, filter, page);
  }

  finalScores(filter: ScoreFilter & { period: string }): Promise<FinalScore[]> {
    return finalScoresOf(this.table, filter);
  }

  rank(filter: ScoreFilter & { period?: string }, order: RankOrder, limit: number): Promise<PerformanceScore[]> {
    return rankScores(this.table, filter, order, limit);
  }

  summary(filter: { period?: string; team_ids?: string[] }): Promise<ScoreSummaryItem[]> {
    return summarizeScores(this.table, filter);
  }
}
