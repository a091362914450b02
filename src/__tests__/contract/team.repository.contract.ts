import { TeamExistsError, TeamInUseError } from '../../core/errors';
import type { BackendHandle } from '../support/use-backend';
import { newEmployee, seedTeams, walk } from './fixtures';

export function teamRepositoryContract(db: BackendHandle): void {
  describe('TeamRepository contract', () => {
    it('creates a team and reads it back by key, with timestamps', async () => {
      const created = await db.repos.teams.create({ team_id: 'OPS', team_name: 'Operations' });
      expect(created).toMatchObject({ team_id: 'OPS', team_name: 'Operations' });
      // An instant as the API writes every one: ISO 8601 in UTC, to the millisecond, and now.
      expect(created.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Math.abs(Date.parse(created.created_at) - Date.now())).toBeLessThan(60_000);
      expect(await db.repos.teams.get('OPS')).toEqual(created);
    });

    it('answers null for a team that does not exist', async () => {
      expect(await db.repos.teams.get('NOPE')).toBeNull();
    });

    it('refuses a second team with the same code', async () => {
      await db.repos.teams.create({ team_id: 'OPS', team_name: 'Operations' });
      await expect(db.repos.teams.create({ team_id: 'OPS', team_name: 'Other' })).rejects.toBeInstanceOf(TeamExistsError);
      expect((await db.repos.teams.get('OPS'))?.team_name).toBe('Operations');
    });

    it('lists every team once, ordered by team_id, across pages', async () => {
      const ids = ['QA', 'AI', 'DEV', 'SEC', 'DAT', 'HR', 'OPS'];
      await seedTeams(db.repos, ...ids);
      const { items, pages } = await walk((page) => db.repos.teams.list(page), 3);
      expect(items.map((t) => t.team_id)).toEqual([...ids].sort());
      expect(pages).toBe(3);
    });

    it('returns no next position when a page ends exactly at the last team', async () => {
      await seedTeams(db.repos, 'AA', 'BB');
      const page = await db.repos.teams.list({ limit: 2 });
      expect(page.items).toHaveLength(2);
      expect(page.next).toBeNull();
    });

    it('renames a team, keeping its code and moving updated_at', async () => {
      const created = await db.repos.teams.create({ team_id: 'OPS', team_name: 'Operations' });
      const renamed = await db.repos.teams.rename('OPS', 'Site Reliability');
      expect(renamed).toMatchObject({ team_id: 'OPS', team_name: 'Site Reliability', created_at: created.created_at });
      expect(Date.parse(renamed!.updated_at)).toBeGreaterThanOrEqual(Date.parse(created.updated_at));
      expect(await db.repos.teams.rename('NOPE', 'x')).toBeNull();
    });

    it('deletes a team nothing refers to, and reports a missing one', async () => {
      await seedTeams(db.repos, 'OPS');
      expect(await db.repos.teams.delete('OPS')).toBe(true);
      expect(await db.repos.teams.get('OPS')).toBeNull();
      expect(await db.repos.teams.delete('OPS')).toBe(false);
    });

    it('refuses to delete a team while an employee belongs to it', async () => {
      await seedTeams(db.repos, 'OPS');
      await db.repos.employees.create(newEmployee({ team_id: 'OPS' }));
      await expect(db.repos.teams.delete('OPS')).rejects.toBeInstanceOf(TeamInUseError);
      expect(await db.repos.teams.get('OPS')).not.toBeNull();
    });
  });
}
