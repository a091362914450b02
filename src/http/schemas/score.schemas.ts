import { hasAtMostThreeDecimals, isPeriod } from '../../core/performance';
import { EmployeeId, PageQuery, TeamId, Timestamp, pageOf } from './common.schemas';
import { z } from './zod';

export const Period = z.string().trim().toUpperCase().refine(isPeriod, 'must be a year and quarter such as 2025-Q1').openapi({ example: '2025-Q1' });

const Input = z
  .number()
  .min(0, 'must be at least 0')
  .max(100, 'must be at most 100')
  .refine(hasAtMostThreeDecimals, 'must have at most three decimals')
  .openapi({ example: 85 });

export const ScoreSchema = z
  .object({
    employee_id: z.string(),
    period: z.string(),
    kpi: z.number(),
    completed_task: z.number(),
    feedback_360: z.number(),
    final_score: z.number().openapi({ description: 'The mean of the three inputs, rounded half-up to two decimals; computed, never sent.' }),
    employee_name: z.string().openapi({ description: "The employee's current name." }),
    team_id: z.string().openapi({ description: "The employee's current team." }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('PerformanceScore', {
    example: {
      employee_id: 'DEV-001',
      period: '2025-Q1',
      kpi: 85,
      completed_task: 90,
      feedback_360: 80,
      final_score: 85,
      employee_name: 'John Doe',
      team_id: 'DEV',
      created_at: '2025-04-01T09:00:00.000Z',
      updated_at: '2025-04-01T09:00:00.000Z',
    },
  });

export const ScorePage = pageOf(ScoreSchema, 'PerformanceScorePage');
export const ScoreParams = z.object({ employee_id: EmployeeId, period: Period });

export const ScoreCreateBody = z
  .strictObject({ employee_id: EmployeeId, period: Period, kpi: Input, completed_task: Input, feedback_360: Input })
  .openapi('PerformanceScoreCreate', { description: 'final_score, employee_name and team_id are computed or copied and may not be sent.' });

export const ScoreUpdateBody = z
  .strictObject({ kpi: Input.optional(), completed_task: Input.optional(), feedback_360: Input.optional() })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'must change at least one field')
  .openapi('PerformanceScoreUpdate');

export const ScoreListQuery = z.object({
  team_id: TeamId.optional(),
  department: TeamId.optional().openapi({ description: 'Alias of team_id.' }),
  period: Period.optional(),
  employee_id: EmployeeId.optional(),
  ...PageQuery,
});

export const ScoreSummaryQuery = z.object({ period: Period.optional(), team_id: TeamId.optional() });

export const ScoreSummarySchema = z
  .object({
    items: z.array(
      z.object({
        team_id: z.string(),
        period: z.string(),
        count: z.number().int(),
        mean: z.number(),
        min: z.number(),
        max: z.number(),
        total: z.number().openapi({ description: 'The sum of the final scores, so that teams can be combined into an exact overall mean' }),
      }),
    ),
  })
  .openapi('PerformanceScoreSummary', { description: 'Ordered by period, then team; without a period, every period in chronological order (the trend).' });
