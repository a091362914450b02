import { TeamExistsError, TeamInUseError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { TeamRepository } from '../../core/ports';
import type { NewTeam, Team } from '../../core/team';
import type { AuditStamp } from '../../core/audit/audit-entry';
import { auditSteps } from './audit/audit-items';
import type { TeamRecords } from './cross-repository';
import { STALE, type TableClient, type Item } from './table-client';
import { GSI1, collections, keys } from './key-design';

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
    private readonly table: TableClient,
    private readonly attendance: TeamRecords,
  ) {}

  async create(team: NewTeam, audit?: AuditStamp): Promise<Team> {
    const now = this.table.now();
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
    await this.table.transact([
      {
        write: { Put: { TableName: this.table.name, Item: item, ConditionExpression: 'attribute_not_exists(PK)' } },
        onConditionFailed: () => new TeamExistsError(team.team_id),
      },
      ...auditSteps(this.table.name, audit, { action: 'create', entity: 'team', entity_id: team.team_id, after: toTeam(item) }),
    ]);
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

  /** Read, then written only over the name and time read, so the entry's `before` is what was replaced. */
  rename(teamId: string, teamName: string, audit?: AuditStamp): Promise<Team | null> {
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.team(teamId));
      if (!item) return null;
      const before = toTeam(item);
      const after: Team = { ...before, team_name: teamName, updated_at: this.table.now() };
      await this.table.transact([
        {
          write: {
            Update: {
              TableName: this.table.name,
              Key: keys.team(teamId),
              UpdateExpression: 'SET team_name = :name, updated_at = :now',
              ConditionExpression: 'team_name = :was AND updated_at = :was_at',
              ExpressionAttributeValues: { ':name': after.team_name, ':now': after.updated_at, ':was': before.team_name, ':was_at': before.updated_at },
            },
          },
          onConditionFailed: () => STALE,
        },
        ...auditSteps(this.table.name, audit, { action: 'update', entity: 'team', entity_id: teamId, before, after }),
      ]);
      return after;
    });
  }

  async delete(teamId: string, audit?: AuditStamp): Promise<boolean> {
    // Records of an employee-less team cannot appear meanwhile: a record takes its employee's team.
    if (await this.attendance.teamHasRecords(teamId)) {
      if (!(await this.get(teamId))) return false;
      throw new TeamInUseError(teamId);
    }
    return this.table.withFreshReads(async () => {
      const item = await this.table.get(keys.team(teamId));
      if (!item) return false;
      if ((item.ref_count as number) !== 0) throw new TeamInUseError(teamId);
      const before = toTeam(item);
      await this.table.transact([
        {
          write: {
            Delete: {
              TableName: this.table.name,
              Key: keys.team(teamId),
              ConditionExpression: 'ref_count = :zero AND team_name = :was AND updated_at = :was_at',
              ExpressionAttributeValues: { ':zero': 0, ':was': before.team_name, ':was_at': before.updated_at },
            },
          },
          // Referred to since, or renamed: judged again on a fresh read.
          onConditionFailed: () => STALE,
        },
        ...auditSteps(this.table.name, audit, { action: 'delete', entity: 'team', entity_id: teamId, before }),
      ]);
      return true;
    });
  }
}
