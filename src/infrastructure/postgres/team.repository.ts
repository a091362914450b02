import { TeamExistsError, TeamInUseError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { TeamRepository } from '../../core/ports';
import type { NewTeam, Team } from '../../core/team';
import { isForeignKeyViolation, isUniqueViolation } from './database-errors';
import { decodePosition, toPage } from './keyset';
import type { SqlClient } from './sql-client';

// Rows are teams as they are: timestamps arrive as ISO text (isoInstant).
const COLUMNS = 'team_id, team_name, created_at, updated_at';

export class PostgresTeamRepository implements TeamRepository {
  constructor(private readonly sql: SqlClient) {}

  async create(team: NewTeam): Promise<Team> {
    try {
      const [row] = await this.sql.query<Team>(
        `INSERT INTO teams (team_id, team_name) VALUES ($1, $2) RETURNING ${COLUMNS}`,
        [team.team_id, team.team_name],
      );
      return row!;
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
    const rows = await this.sql.query<Team>(
      `SELECT ${COLUMNS} FROM teams WHERE $1::text IS NULL OR team_id > $1 ORDER BY team_id LIMIT $2`,
      [after, page.limit + 1],
    );
    return toPage(rows, page.limit, (team) => [team.team_id]);
  }

  async rename(teamId: string, teamName: string): Promise<Team | null> {
    const [row] = await this.sql.query<Team>(
      `UPDATE teams SET team_name = $2, updated_at = now() WHERE team_id = $1 RETURNING ${COLUMNS}`,
      [teamId, teamName],
    );
    return row ?? null;
  }

  async delete(teamId: string): Promise<boolean> {
    try {
      const rows = await this.sql.query('DELETE FROM teams WHERE team_id = $1 RETURNING team_id', [teamId]);
      return rows.length > 0;
    } catch (error) {
      // Every table that refers to a team does so with a restricting foreign key.
      if (isForeignKeyViolation(error)) throw new TeamInUseError(teamId);
      throw error;
    }
  }
}
