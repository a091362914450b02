import { TeamId, Timestamp, pageOf } from './common.schemas';
import { z } from './zod';

const TeamName = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

export const TeamSchema = z
  .object({ team_id: z.string(), team_name: z.string(), created_at: Timestamp, updated_at: Timestamp })
  .openapi('Team', { example: { team_id: 'DEV', team_name: 'Development', created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-01-01T00:00:00.000Z' } });

export const TeamPage = pageOf(TeamSchema, 'TeamPage');
export const TeamParams = z.object({ team_id: TeamId });
export const TeamCreateBody = z.strictObject({ team_id: TeamId, team_name: TeamName }).openapi('TeamCreate');
export const TeamUpdateBody = z.strictObject({ team_name: TeamName }).openapi('TeamUpdate');
