import { TeamId } from './common.schemas';
import { z } from './zod';

const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM')
  .openapi({ example: '2025-04' });

export const PayrollExportQuery = z.object({
  month: Month,
  team_id: TeamId.optional().openapi({
    description: "One team: the people who belonged to it on at least one day of the month, over those days. A manager's export is always their own team's.",
  }),
  format: z.enum(['csv', 'json']).default('csv'),
});

const days = (description: string) => z.number().openapi({ description });

export const PayrollRowSchema = z
  .object({
    employee_id: z.string(),
    name: z.string(),
    team_id: z.string().openapi({ description: 'The team exported, or without one the team of their last counted day.' }),
    working_days: z.number().int().openapi({ description: 'Days of the work week counted (within employment and tracking, up to today).' }),
    expected_days: days('Σ expected fraction over the closed days.'),
    present: z.number().int(),
    late: z.number().int(),
    half_day: z.number().int(),
    absent: days('Σ (expected − attended) over the closed days.'),
    on_leave_paid: days('Halves taken off by paid leave and not by a holiday, ÷ 2.'),
    on_leave_unpaid: days('Halves taken off by unpaid leave and not by a holiday, ÷ 2.'),
    holidays: days('Halves taken off by holidays on working days, ÷ 2.'),
    missing_check_out: z.number().int(),
    hours_worked: z.number(),
  })
  .openapi('PayrollRow');

export const PayrollExportSchema = z.object({ month: z.string(), items: z.array(PayrollRowSchema) }).openapi('PayrollExport');
