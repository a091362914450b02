/** Scores as stored on the table: the score, its keys and index keys (key-design.ts). */
import { hundredths, type PerformanceScore } from '../../../core/performance';
import type { Item } from '../table-client';
import { collections, invertedPeriod, keys } from '../key-design';

const FIELDS = [
  'employee_id',
  'period',
  'kpi',
  'completed_task',
  'feedback_360',
  'final_score',
  'employee_name',
  'team_id',
  'created_at',
  'updated_at',
] as const;

export function toScore(item: Item): PerformanceScore {
  return Object.fromEntries(FIELDS.map((field) => [field, item[field]])) as unknown as PerformanceScore;
}

export function scoreItem(score: PerformanceScore, version: number): Item {
  const sortKey = `${invertedPeriod(score.period)}#${score.employee_id}`;
  return {
    ...keys.score(score.employee_id, score.period),
    GSI1PK: collections.scores,
    GSI1SK: sortKey,
    GSI2PK: collections.teamScores(score.team_id),
    GSI2SK: sortKey,
    GSI3PK: collections.periodTeamScores(score.period, score.team_id),
    GSI3SK: `${String(hundredths(score.final_score)).padStart(5, '0')}#${score.employee_id}`,
    ...score,
    version,
  };
}

/** A score's id in the audit trail. */
export const scoreEntityId = (score: Pick<PerformanceScore, 'employee_id' | 'period'>) => `${score.employee_id}/${score.period}`;
