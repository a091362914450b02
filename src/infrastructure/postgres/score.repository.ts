import type { AuditedChange, AuditStamp } from '../../core/audit/audit-entry';
import { NotFoundError, ScoreExistsError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import { rankComparator, type FinalScore, type PerformanceScore, type RankOrder, type ScoreFilter, type ScoreSummaryItem } from '../../core/performance';
import type { NewScore, ScoreRepository } from '../../core/ports';
import { appendAudit, auditedWrite } from './audit/audit-log';
import { auditEntry } from '../../core/audit/audit-entry';
import { isForeignKeyViolation, isUniqueViolation } from './database-errors';
import { decodePosition, toPage } from './keyset';
import { PLAN_EACH_TIME, type SqlClient, type SqlExecutor } from './sql-client';
import { sqlParams } from './sql-params';

interface ScoreRow {
  employee_id: string;
  period: string;
  kpi: string;
  completed_task: string;
  feedback_360: string;
  final_score: string;
  employee_name: string;
  team_id: string;
  created_at: string;
  updated_at: string;
}

const SCORE_COLUMNS = `s.employee_id, s.period, s.kpi, s.completed_task, s.feedback_360, s.final_score,
  e.name AS employee_name, e.team_id, s.created_at, s.updated_at`;
const SCORE_SOURCE = 'performance_scores s JOIN employees e ON e.employee_id = s.employee_id';
const SELECT_SCORE = `SELECT ${SCORE_COLUMNS} FROM ${SCORE_SOURCE}`;

function toScore(row: ScoreRow): PerformanceScore {
  return {
    employee_id: row.employee_id,
    period: row.period,
    kpi: Number(row.kpi),
    completed_task: Number(row.completed_task),
    feedback_360: Number(row.feedback_360),
    final_score: Number(row.final_score),
    employee_name: row.employee_name,
    team_id: row.team_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

const scoreId = (s: Pick<NewScore, 'employee_id' | 'period'>) => `${s.employee_id}/${s.period}`;

async function readScore(tx: SqlExecutor, employeeId: string, period: string, lock = ''): Promise<PerformanceScore | null> {
  const [row] = await tx.query<ScoreRow>(`${SELECT_SCORE} WHERE s.employee_id = $1 AND s.period = $2 ${lock}`, [employeeId, period]);
  return row ? toScore(row) : null;
}

export class PostgresScoreRepository implements ScoreRepository {
  constructor(private readonly sql: SqlClient) {}

  async get(employeeId: string, period: string): Promise<PerformanceScore | null> {
    const [row] = await this.sql.query<ScoreRow>(`${SELECT_SCORE} WHERE s.employee_id = $1 AND s.period = $2`, [employeeId, period]);
    return row ? toScore(row) : null;
  }

  async create(score: NewScore, audit?: AuditStamp): Promise<PerformanceScore> {
    try {
      return await auditedWrite(this.sql, audit, async (tx) => {
        await tx.query(`INSERT INTO performance_scores (employee_id, period, kpi, completed_task, feedback_360, final_score) VALUES ($1, $2, $3, $4, $5, $6)`, [
          score.employee_id,
          score.period,
          score.kpi,
          score.completed_task,
          score.feedback_360,
          score.final_score,
        ]);
        const created = (await readScore(tx, score.employee_id, score.period))!;
        return { result: created, changes: [{ action: 'create', entity: 'score', entity_id: scoreId(score), after: created }] };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'performance_scores_pkey')) throw new ScoreExistsError(score.employee_id, score.period);
      if (isForeignKeyViolation(error)) throw new NotFoundError('Employee', score.employee_id);
      throw error;
    }
  }

  update(
    employeeId: string,
    period: string,
    change: (current: PerformanceScore) => Pick<PerformanceScore, 'kpi' | 'completed_task' | 'feedback_360' | 'final_score'>,
    audit?: AuditStamp,
  ): Promise<PerformanceScore | null> {
    return this.sql.transaction(async (tx) => {
      const before = await readScore(tx, employeeId, period, 'FOR UPDATE OF s');
      if (!before) return null;
      const next = change(before);
      await tx.query(
        `UPDATE performance_scores SET kpi = $3, completed_task = $4, feedback_360 = $5, final_score = $6, updated_at = now() WHERE employee_id = $1 AND period = $2`,
        [employeeId, period, next.kpi, next.completed_task, next.feedback_360, next.final_score],
      );
      const updated = (await readScore(tx, employeeId, period))!;
      if (audit) await appendAudit(tx, [auditEntry(audit, { action: 'update', entity: 'score', entity_id: scoreId(updated), before, after: updated })]);
      return updated;
    });
  }

  async getMany(keys: { employee_id: string; period: string }[]): Promise<PerformanceScore[]> {
    const rows = await this.sql.query<ScoreRow>(
      `${SELECT_SCORE} JOIN unnest($1::text[], $2::text[]) AS k(employee_id, period) ON s.employee_id = k.employee_id AND s.period = k.period`,
      [keys.map((k) => k.employee_id), keys.map((k) => k.period)],
    );
    return rows.map(toScore);
  }

  async upsertMany(scores: NewScore[], audit?: AuditStamp): Promise<void> {
    if (scores.length === 0) return;
    const column = <K extends keyof NewScore>(key: K) => scores.map((s) => s[key]);
    await auditedWrite(this.sql, audit, async (tx) => {
      const replaced = audit ? await this.lockedScores(tx, scores) : new Map<string, PerformanceScore>();
      await this.upsertRows(tx, scores, column);
      const changes = scores.map((score): AuditedChange => {
        const before = replaced.get(scoreId(score));
        const after = {
          employee_id: score.employee_id,
          period: score.period,
          kpi: score.kpi,
          completed_task: score.completed_task,
          feedback_360: score.feedback_360,
          final_score: score.final_score,
        };
        return before
          ? { action: 'update', entity: 'score', entity_id: scoreId(score), before, after }
          : { action: 'create', entity: 'score', entity_id: scoreId(score), after };
      });
      return { result: undefined, changes };
    });
  }

  private async lockedScores(tx: SqlExecutor, keys: readonly NewScore[]): Promise<Map<string, PerformanceScore>> {
    const rows = await tx.query<ScoreRow>(`${SELECT_SCORE} WHERE (s.employee_id, s.period) IN (SELECT * FROM unnest($1::text[], $2::text[])) FOR UPDATE OF s`, [
      keys.map((k) => k.employee_id),
      keys.map((k) => k.period),
    ]);
    return new Map(rows.map((row) => [scoreId(row), toScore(row)]));
  }

  private async upsertRows(tx: SqlExecutor, scores: NewScore[], column: <K extends keyof NewScore>(key: K) => NewScore[K][]): Promise<void> {
    await tx.query(
      `INSERT INTO performance_scores (employee_id, period, kpi, completed_task, feedback_360, final_score)
       SELECT * FROM unnest($1::text[], $2::text[], $3::numeric[], $4::numeric[], $5::numeric[], $6::numeric[])
       ON CONFLICT (employee_id, period) DO UPDATE SET
         kpi = EXCLUDED.kpi, completed_task = EXCLUDED.completed_task, feedback_360 = EXCLUDED.feedback_360,
         final_score = EXCLUDED.final_score, updated_at = now()`,
      [column('employee_id'), column('period'), column('kpi'), column('completed_task'), column('feedback_360'), column('final_score')],
    );
  }

  async delete(employeeId: string, period: string, audit?: AuditStamp): Promise<boolean> {
    return auditedWrite(this.sql, audit, async (tx) => {
      const before = audit ? await readScore(tx, employeeId, period, 'FOR UPDATE OF s') : null;
      const deleted = (await tx.query('DELETE FROM performance_scores WHERE employee_id = $1 AND period = $2 RETURNING 1', [employeeId, period])).length > 0;
      return { result: deleted, changes: deleted ? [{ action: 'delete', entity: 'score', entity_id: `${employeeId}/${period}`, before }] : [] };
    });
  }

  async list(filter: ScoreFilter, page: PageRequest): Promise<Page<PerformanceScore>> {
    const { params, bind } = sqlParams();
    const where: string[] = [];
    if (filter.employee_id !== undefined) where.push(`s.employee_id = ${bind(filter.employee_id)}`);
    if (filter.team_id !== undefined) where.push(`e.team_id = ${bind(filter.team_id)}`);
    if (filter.period !== undefined) where.push(`s.period = ${bind(filter.period)}`);
    if (page.after !== undefined) {
      const [period, employeeId] = decodePosition(page.after, 2) as [string, string];
      const p = bind(period);
      where.push(`s.period <= ${p} AND (s.period < ${p} OR s.employee_id > ${bind(employeeId)})`);
    }
    const rows = await this.sql.query<ScoreRow>(
      `${SELECT_SCORE} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.period DESC, s.employee_id LIMIT ${bind(page.limit + 1)}`,
      params,
      PLAN_EACH_TIME,
    );
    return toPage(rows.map(toScore), page.limit, (score) => [score.period, score.employee_id]);
  }

  async finalScores(filter: ScoreFilter & { period: string }): Promise<FinalScore[]> {
    const { params, bind } = sqlParams(filter.period);
    const where = ['s.period = $1'];
    if (filter.employee_id !== undefined) where.push(`s.employee_id = ${bind(filter.employee_id)}`);
    if (filter.team_id !== undefined) where.push(`e.team_id = ${bind(filter.team_id)}`);
    // float8 arrives as a number, the one Number() makes of numeric's text.
    return this.sql.query<FinalScore>(
      `SELECT s.employee_id, e.name AS employee_name, e.team_id, s.final_score::float8 AS final_score
       FROM ${SCORE_SOURCE} WHERE ${where.join(' AND ')} ORDER BY s.employee_id`,
      params,
      PLAN_EACH_TIME,
    );
  }

  /**
   * The limit best (or worst) and every score tied with the last of them,
   * whose ties are then settled by name here with the same comparison every
   * adapter uses. WITH TIES lets the (period, final_score) index be read from
   * one end and stop there, which keeps one plan right for every argument:
   * the statement is prepared once, not planned on every call. The limit is
   * written into it: given as a parameter, it made PostgreSQL price the
   * generic plan for a tenth of the rows, so it planned on every call
   * (pg_prepared_statements: custom_plans 8, generic_plans 0).
   */
  async rank(filter: ScoreFilter & { period?: string }, order: RankOrder, limit: number): Promise<PerformanceScore[]> {
    const { params, bind } = sqlParams();
    const employee = filter.employee_id === undefined ? null : bind(filter.employee_id);
    const team = filter.team_id === undefined ? null : bind(filter.team_id);
    const scope = (scores: string, employees: string) => [
      ...(employee ? [`${scores}.employee_id = ${employee}`] : []),
      ...(team ? [`${employees}.team_id = ${team}`] : []),
    ];
    // The newest period in scope, read from the same end of the (period DESC) index a list reads first; in the same statement, so one round trip.
    const latestScope = scope('l', 'le');
    const period =
      filter.period !== undefined
        ? bind(filter.period)
        : `(SELECT l.period FROM performance_scores l JOIN employees le ON le.employee_id = l.employee_id${latestScope.length ? ` WHERE ${latestScope.join(' AND ')}` : ''} ORDER BY l.period DESC LIMIT 1)`;
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`A ranking's limit is a positive integer, not ${limit}`);
    const rows = await this.sql.query<ScoreRow>(
      `${SELECT_SCORE} WHERE ${[`s.period = ${period}`, ...scope('s', 'e')].join(' AND ')} ORDER BY s.final_score ${order === 'top' ? 'DESC' : 'ASC'} FETCH FIRST ${limit} ROWS WITH TIES`,
      params,
    );
    return rows.map(toScore).sort(rankComparator(order)).slice(0, limit);
  }

  /** One aggregate query; round() on numeric rounds half away from zero, which is half-up for scores. */
  async summary(filter: { period?: string; team_ids?: string[] }): Promise<ScoreSummaryItem[]> {
    const rows = await this.sql.query<{ team_id: string; period: string; count: string; mean: string; min: string; max: string; total: string }>(
      `SELECT e.team_id, s.period, count(*) AS count, round(avg(s.final_score), 2) AS mean, min(s.final_score) AS min, max(s.final_score) AS max, sum(s.final_score) AS total
       FROM performance_scores s JOIN employees e ON e.employee_id = s.employee_id
       WHERE ($1::text IS NULL OR s.period = $1) AND ($2::text[] IS NULL OR e.team_id = ANY ($2::text[]))
       GROUP BY s.period, e.team_id
       ORDER BY s.period, e.team_id`,
      [filter.period ?? null, filter.team_ids ?? null],
      PLAN_EACH_TIME,
    );
    return rows.map((row) => ({
      team_id: row.team_id,
      period: row.period,
      count: Number(row.count),
      mean: Number(row.mean),
      min: Number(row.min),
      max: Number(row.max),
      total: Number(row.total),
    }));
  }
}
