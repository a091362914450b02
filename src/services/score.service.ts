import { canReadEmployee, canWriteScoreOf, isAdmin, missingWriteTarget, requireRole, scopeEmployeeFilter, summaryTeams, type Principal } from '../core/access';
import { NotFoundError, OutOfScopeError } from '../core/errors';
import { emptyPage, type Page, type PageRequest } from '../core/page';
import {
  finalScore,
  type FinalScore,
  type PerformanceScore,
  type RankOrder,
  type ScoreFilter,
  type ScoreInputs,
  type ScoreSummaryItem,
} from '../core/performance';
import { stampFor } from '../core/audit/audit-entry';
import type { AccountRepository, Clock, EmployeeRepository, ScoreRepository } from '../core/ports';

export interface ScoreCreateInput extends ScoreInputs {
  employee_id: string;
  period: string;
}

/** Quarterly scores: admins everything, managers their own team's, employees read their own. */
export class ScoreService {
  constructor(
    private readonly scores: ScoreRepository,
    private readonly employees: EmployeeRepository,
    private readonly accounts: AccountRepository,
    private readonly clock: Clock,
  ) {}

  list(principal: Principal, filter: ScoreFilter, page: PageRequest): Promise<Page<PerformanceScore>> {
    const scoped = scopeEmployeeFilter(principal, filter);
    return scoped ? this.scores.list(scoped, page) : Promise.resolve(emptyPage());
  }

  /** Every final score of a period among those the caller may see. */
  async finalScores(principal: Principal, filter: ScoreFilter & { period: string }): Promise<FinalScore[]> {
    const scoped = scopeEmployeeFilter(principal, filter);
    return scoped ? this.scores.finalScores(scoped) : [];
  }

  /** The best (or worst) `limit` scores of a period (the newest they have) among those the caller may see; ties go by name. */
  rank(principal: Principal, filter: ScoreFilter & { period?: string }, order: RankOrder, limit: number): Promise<PerformanceScore[]> {
    const scoped = scopeEmployeeFilter(principal, filter);
    return scoped ? this.scores.rank(scoped, order, limit) : Promise.resolve([]);
  }

  async get(principal: Principal, employeeId: string, period: string): Promise<PerformanceScore> {
    const score = await this.scores.get(employeeId, period);
    if (!score || !canReadEmployee(principal, score)) throw new NotFoundError('Score of', `${employeeId} for ${period}`);
    return score;
  }

  async create(principal: Principal, input: ScoreCreateInput): Promise<PerformanceScore> {
    requireRole(principal, 'admin', 'manager');
    await this.assertWritable(principal, input.employee_id);
    return this.scores.create({ ...input, final_score: finalScore(input) }, stampFor(principal, this.clock.now()));
  }

  async update(principal: Principal, employeeId: string, period: string, change: Partial<ScoreInputs>): Promise<PerformanceScore> {
    requireRole(principal, 'admin', 'manager');
    await this.assertWritable(principal, employeeId);
    const updated = await this.scores.update(
      employeeId,
      period,
      (current) => {
        const inputs = {
          kpi: change.kpi ?? current.kpi,
          completed_task: change.completed_task ?? current.completed_task,
          feedback_360: change.feedback_360 ?? current.feedback_360,
        };
        return { ...inputs, final_score: finalScore(inputs) };
      },
      stampFor(principal, this.clock.now()),
    );
    if (!updated) throw missingWriteTarget(principal, 'Score of', `${employeeId} for ${period}`);
    return updated;
  }

  async delete(principal: Principal, employeeId: string, period: string): Promise<void> {
    requireRole(principal, 'admin', 'manager');
    await this.assertWritable(principal, employeeId);
    if (!(await this.scores.delete(employeeId, period, stampFor(principal, this.clock.now()))))
      throw missingWriteTarget(principal, 'Score of', `${employeeId} for ${period}`);
  }

  /** Per team and period; a manager's is their team's, and another team's is 403. */
  summary(principal: Principal, query: { period?: string; team_id?: string }): Promise<ScoreSummaryItem[]> {
    const teamIds = summaryTeams(principal, query.team_id);
    return this.scores.summary({ ...(query.period !== undefined && { period: query.period }), ...(teamIds && { team_ids: teamIds }) });
  }

  /**
   * Before any score of the employee is touched: the same refusal whether the
   * employee is missing, out of scope or merely has no score for the period.
   * A score's team is its employee's, so the employee as they are now decides.
   * An admin may write any: the repository reports a missing employee.
   */
  private async assertWritable(principal: Principal, employeeId: string): Promise<void> {
    if (isAdmin(principal)) return;
    const [employee, login] = await Promise.all([this.employees.get(employeeId), this.accounts.get(employeeId)]);
    if (!employee || !canWriteScoreOf(principal, employee, login?.role ?? null)) throw new OutOfScopeError();
  }
}
