import type { AuditStamp } from '../../core/audit/audit-entry';
import { TeamExistsError, TeamInUseError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { TeamRepository } from '../../core/ports';
import type { NewTeam, Team } from '../../core/team';
import { auditedWrite } from './audit/audit-log';
import { isForeignKeyViolation, isUniqueViolation } from './database-errors';
import { decodePosition, toPage } from './keyset';
import type { SqlClient } from './sql-client';

// Rows are teams as they are: timestamps arrive as ISO text (isoInstant).
const COLUMNS = 'team_id, team_name, created_at, updated_at';

export class PostgresTeamRepository implements TeamRepository {
  constructor(private readonly sql: SqlClient) {}

  async create(team: NewTeam, audit?: AuditStamp): Promise<Team> {
    try {
      return await auditedWrite(this.sql, audit, async (tx) => {
        const [row] = await tx.query<Team>(`INSERT INTO teams (team_id, team_name) VALUES ($1, $2) RETURNING ${COLUMNS}`, [team.team_id, team.team_name]);
        return { result: row!, changes: [{ action: 'create', entity: 'team', entity_id: team.team_id, after: row }] };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'teams_pkey')) throw new TeamExistsError(team.team_id);
      throw error;
    }
  }

  async get(teamId: string): Promise<Team | null> {
    const [row] = await this.sql.query<Team>(`SELECT ${COLUMNS} FROM teams WHERE team_id = $1`, [teamId]);
    return row ?? null;
  }

  async list(page: PageRequest): Promise<Page<Team>> {
    const after = page.after === undefined ? null : decodePosition(page.after, 1)[0]!;
    const rows = await this.sql.query<Team>(`SELECT ${COLUMNS} FROM teams WHERE $1::text IS NULL OR team_id > $1 ORDER BY team_id LIMIT $2`, [
      after,
      page.limit + 1,
    ]);
    return toPage(rows, page.limit, (team) => [team.team_id]);
  }

  async rename(teamId: string, teamName: string, audit?: AuditStamp): Promise<Team | null> {
    return auditedWrite(this.sql, audit, async (tx) => {
      const [before] = audit ? await tx.query<Team>(`SELECT ${COLUMNS} FROM teams WHERE team_id = $1 FOR UPDATE`, [teamId]) : [];
      const [row] = await tx.query<Team>(`UPDATE teams SET team_name = $2, updated_at = now() WHERE team_id = $1 RETURNING ${COLUMNS}`, [teamId, teamName]);
      return { result: row ?? null, changes: row ? [{ action: 'update', entity: 'team', entity_id: teamId, before, after: row }] : [] };
    });
  }

  async delete(teamId: string, audit?: AuditStamp): Promise<boolean> {
    try {
      return await auditedWrite(this.sql, audit, async (tx) => {
        const [row] = await tx.query<Team>(`DELETE FROM teams WHERE team_id = $1 RETURNING ${COLUMNS}`, [teamId]);
        return { result: row !== undefined, changes: row ? [{ action: 'delete', entity: 'team', entity_id: teamId, before: row }] : [] };
      });
    } catch (error) {
      // Every table that refers to a team does so with a restricting foreign key.
      if (isForeignKeyViolation(error)) throw new TeamInUseError(teamId);
      throw error;
    }
  }
}
