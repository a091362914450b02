/** The transaction steps every score write shares: the score itself, and the stats it counts toward. */
import { hundredths, type PerformanceScore } from '../../../core/performance';
import { keys } from '../key-design';
import { STALE, type Item, type TransactStep } from '../table-client';
import { scoreItem, toScore } from './score-items';

/** Count and sum (in hundredths) of a team's period, moved by the given amounts. */
export function statsStep(tableName: string, period: string, teamId: string, count: number, sum: number): TransactStep {
  return {
    write: {
      Update: {
        TableName: tableName,
        Key: keys.scoreStats(period, teamId),
        UpdateExpression: 'ADD #count :count, sum_hundredths :sum SET period = :period, team_id = :team',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':count': count, ':sum': sum, ':period': period, ':team': teamId },
      },
    },
  };
}

/** The score replaced whole, only over the version read. */
export function guardedPut(tableName: string, score: PerformanceScore, readVersion: number): TransactStep {
  return {
    write: {
      Put: {
        TableName: tableName,
        Item: scoreItem(score, readVersion + 1),
        ConditionExpression: 'version = :read',
        ExpressionAttributeValues: { ':read': readVersion },
      },
    },
    onConditionFailed: () => STALE,
  };
}

/** The score's removal, conditional on its version as read, and its stats' fall. */
export function deletionSteps(tableName: string, item: Item): TransactStep[] {
  const score = toScore(item);
  return [
    {
      write: {
        Delete: {
          TableName: tableName,
          Key: keys.score(score.employee_id, score.period),
          ConditionExpression: 'version = :read',
          ExpressionAttributeValues: { ':read': item.version },
        },
      },
      onConditionFailed: () => STALE,
    },
    statsStep(tableName, score.period, score.team_id, -1, -hundredths(score.final_score)),
  ];
}
