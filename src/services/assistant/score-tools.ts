import { z } from 'zod';
import { comparePeriods, hundredths, meanOfHundredths, type ScoreSummaryItem } from '../../core/performance';
import type { EmployeeService } from '../employee.service';
import type { ScoreService } from '../score.service';
import { byScoreThenName } from '../../core/collated';
import { allPages, defineTool, EmployeeIdArg, ownEmployeeId, PeriodArg, TeamArg } from './assistant-tool';

const SummaryInput = z
  .object({
    period: PeriodArg.optional().describe('Omit for every period in chronological order: the trend'),
    team_ids: z.array(TeamArg).min(1).max(20).optional().describe('Only these teams, e.g. to compare two'),
  })
  .strict();

const RankInput = z
  .object({
    period: PeriodArg.optional().describe('Omit for the latest period with scores'),
    order: z.enum(['top', 'bottom']).default('top'),
    limit: z.number().int().min(1).max(50).default(5),
    team_id: TeamArg.optional(),
  })
  .strict();

const ScoreListInput = z.object({ period: PeriodArg, team_id: TeamArg.optional() }).strict();

const EmployeeScoresInput = z.object({ employee_id: EmployeeIdArg.optional().describe("Omit for the caller's own"), period: PeriodArg.optional() }).strict();

/**
 * Teams' figures combined into one: counts and totals add up exactly (totals
 * in whole hundredths), so the mean is the one every score would give,
 * rounded half-up to two decimals, without reading a single score.
 */
function combined(items: ScoreSummaryItem[]) {
  const count = items.reduce((n, item) => n + item.count, 0);
  const sum = items.reduce((n, item) => n + hundredths(item.total), 0);
  return {
    count,
    mean: count === 0 ? null : meanOfHundredths(sum, count),
    min: count === 0 ? null : Math.min(...items.map((item) => item.min)),
    max: count === 0 ? null : Math.max(...items.map((item) => item.max)),
  };
}

export function scoreTools(scores: ScoreService, employees: EmployeeService) {
  return [
    defineTool({
      name: 'score_summary',
      description:
        'Performance scores (admins and managers): for each period, the count, mean, min and max of final scores overall and per team. With no period, every period in chronological order (the trend over quarters).',
      input: SummaryInput,
      run: async (principal, input) => {
        const wanted = (team: string) => input.team_ids === undefined || input.team_ids.includes(team);
        const perTeam = (await scores.summary(principal, input.period === undefined ? {} : { period: input.period })).filter((item) => wanted(item.team_id));
        const periods = [...new Set(perTeam.map((item) => item.period))].sort(comparePeriods);
        return {
          period: input.period ?? null,
          team_ids: input.team_ids ?? null,
          periods: periods.map((period) => {
            const teams = perTeam.filter((item) => item.period === period);
            return { period, ...combined(teams), teams: teams.map(({ total: _total, ...figures }) => figures) };
          }),
        };
      },
    }),
    defineTool({
      name: 'rank_performers',
      description: 'The top or bottom performers by final score in a period, among the people the caller may see; ties go by name.',
      input: RankInput,
      run: async (principal, input) => {
        const scope = input.team_id === undefined ? {} : { team_id: input.team_id };
        // Without a period, the newest the caller has scores in: found by the ranking itself.
        const ranked = await scores.rank(principal, { ...scope, ...(input.period !== undefined && { period: input.period }) }, input.order, input.limit);
        return {
          period: input.period ?? ranked[0]?.period ?? null,
          order: input.order,
          items: ranked.map((s, i) => ({
            rank: i + 1,
            employee_id: s.employee_id,
            employee_name: s.employee_name,
            team_id: s.team_id,
            final_score: s.final_score,
          })),
        };
      },
    }),
    defineTool({
      name: 'score_list',
      description:
        "Every final score of one period among the people the caller may see (optionally one team's), ordered by score: for medians, distributions, thresholds and changes between periods.",
      input: ScoreListInput,
      run: async (principal, input) => {
        const items = await scores.finalScores(principal, { period: input.period, ...(input.team_id !== undefined && { team_id: input.team_id }) });
        // Thousands of scores share a few hundred values: ties go by the names' places, not a collator call each (a copy: a cached list is frozen).
        return {
          period: input.period,
          items: byScoreThenName(
            [...items],
            (i) => i.final_score,
            (i) => i.employee_name,
          ),
        };
      },
    }),
    defineTool({
      name: 'employee_scores',
      description:
        "One employee's performance scores (the caller's own when no employee_id is given), one period or all of them, chronological. Someone outside the caller's scope is not found.",
      input: EmployeeScoresInput,
      run: async (principal, input) => {
        // Read through the employee first: outside the scope is "not found", never an empty list that admits they exist.
        const employee = await employees.get(principal, input.employee_id ?? ownEmployeeId(principal));
        const mine = await allPages((page) =>
          scores.list(principal, { employee_id: employee.employee_id, ...(input.period !== undefined && { period: input.period }) }, page),
        );
        return {
          employee_id: employee.employee_id,
          name: employee.name,
          items: mine
            .sort((a, b) => comparePeriods(a.period, b.period))
            .map((s) => ({ period: s.period, kpi: s.kpi, completed_task: s.completed_task, feedback_360: s.feedback_360, final_score: s.final_score })),
        };
      },
    }),
  ];
}
