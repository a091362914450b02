import { requireRole, type Principal } from '../core/access';
import { NotFoundError } from '../core/errors';
import type { Page, PageRequest } from '../core/page';
import { stampFor } from '../core/audit/audit-entry';
import type { Clock, TeamRepository } from '../core/ports';
import type { NewTeam, Team } from '../core/team';

/** Teams are readable by every role; only an admin writes them. */
export class TeamService {
  constructor(
    private readonly teams: TeamRepository,
    private readonly clock: Clock,
  ) {}

  list(_principal: Principal, page: PageRequest): Promise<Page<Team>> {
    return this.teams.list(page);
  }

  async get(_principal: Principal, teamId: string): Promise<Team> {
    const team = await this.teams.get(teamId);
    if (!team) throw new NotFoundError('Team', teamId);
    return team;
  }

  create(principal: Principal, team: NewTeam): Promise<Team> {
    requireRole(principal, 'admin');
    return this.teams.create(team, stampFor(principal, this.clock.now()));
  }

  async rename(principal: Principal, teamId: string, teamName: string): Promise<Team> {
    requireRole(principal, 'admin');
    const team = await this.teams.rename(teamId, teamName, stampFor(principal, this.clock.now()));
    if (!team) throw new NotFoundError('Team', teamId);
    return team;
  }

  async delete(principal: Principal, teamId: string): Promise<void> {
    requireRole(principal, 'admin');
    if (!(await this.teams.delete(teamId, stampFor(principal, this.clock.now())))) throw new NotFoundError('Team', teamId);
  }
}
