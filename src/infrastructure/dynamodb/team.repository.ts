import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TeamExistsError, TeamInUseError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { TeamRepository } from '../../core/ports';
import type { NewTeam, Team } from '../../core/team';
import { isConditionalCheckFailed } from './database-errors';
import type { DynamoTable, Item } from './dynamo-table';
import { GSI1, collections, keys } from './table';

export function toTeam(item: Item): Team {
  return {
    team_id: item.team_id as string,
    team_name: item.team_name as string,
    created_at: item.created_at as string,
    updated_at: item.updated_at as string,
  };
}

export class DynamoTeamRepository implements TeamRepository {
  constructor(
    private readonly table: DynamoTable,
    private readonly attendance: { teamHasRecords(teamId: string): Promise<boolean> },
  ) {}

  async create(team: NewTeam): Promise<Team> {
    const now = new Date().toISOString();
    const item = {
      ...keys.team(team.team_id),
      GSI1PK: collections.teams,
      GSI1SK: team.team_id,
      team_id: team.team_id,
      team_name: team.team_name,
      ref_count: 0,
      created_at: now,
      updated_at: now,
    };
    try {
      await this.table.send(new PutCommand({ TableName: this.table.name, Item: item, ConditionExpression: 'attribute_not_exists(PK)' }));
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new TeamExistsError(team.team_id);
      throw error;
    }
    return toTeam(item);
  }

  async get(teamId: string): Promise<Team | null> {
    const item = await this.table.get(keys.team(teamId));
    return item ? toTeam(item) : null;
  }

  list(page: PageRequest): Promise<Page<Team>> {
    return this.table.queryPage(
      { KeyConditionExpression: 'GSI1PK = :collection', ExpressionAttributeValues: { ':collection': collections.teams } },
      GSI1,
      page,
      toTeam,
    );
  }

  async rename(teamId: string, teamName: string): Promise<Team | null> {
    try {
      const output = await this.table.send<{ Attributes?: Item }>(
        new UpdateCommand({
          TableName: this.table.name,
          Key: keys.team(teamId),
          UpdateExpression: 'SET team_name = :name, updated_at = :now',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: { ':name': teamName, ':now': new Date().toISOString() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toTeam(output.Attributes!);
    } catch (error) {
      if (isConditionalCheckFailed(error)) return null;
      throw error;
    }
  }

  async delete(teamId: string): Promise<boolean> {
    // Records of an employee-less team cannot appear meanwhile: a record takes its employee's team.
    if (await this.attendance.teamHasRecords(teamId)) {
      if (!(await this.get(teamId))) return false;
      throw new TeamInUseError(teamId);
    }
    try {
      await this.table.send(
        new DeleteCommand({
          TableName: this.table.name,
          Key: keys.team(teamId),
          ConditionExpression: 'attribute_exists(PK) AND ref_count = :zero',
          ExpressionAttributeValues: { ':zero': 0 },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      // The failed condition hands back the item as it was: absent, or still referred to.
      if ((error as { Item?: Item }).Item === undefined) return false;
      throw new TeamInUseError(teamId);
    }
  }
}
