import { MemoryCache } from '../../infrastructure/cache/memory-cache';
import { withSummaryCache } from '../../services/summary-cache';
import { CONTRACT_TODAY, newEmployee } from '../contract/fixtures';
import { eachBackend, sqlBackends } from '../support/backends';
import { useEmptyBackend } from '../support/use-backend';

describe.each(eachBackend(sqlBackends()))('the summary cache over %s repositories', (_name, backend) => {
  const db = useEmptyBackend(backend);
  let now = 0;
  const cached = () => withSummaryCache(db.repos, new MemoryCache(() => now), 60);
  const teamIds = async (repos: ReturnType<typeof cached>) => (await repos.teams.list({ limit: 10 })).items.map((team) => team.team_id);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('when an entry expires and is read again, then it gives the figures as they are now, not the ones it gave before', async () => {
    const repos = cached();
    await repos.teams.create({ team_id: 'DEV', team_name: 'Development' });
    expect(await teamIds(repos)).toEqual(['DEV']);
    // Past the cache, so nothing is invalidated: only the entry's expiry can show it.
    await db.repos.teams.create({ team_id: 'QA', team_name: 'Quality Assurance' });
    expect(await teamIds(repos)).toEqual(['DEV']);
    now += 60_001;
    expect(await teamIds(repos)).toEqual(['DEV', 'QA']);
    // Cached again under the same key, with the new figures.
    expect(await teamIds(repos)).toEqual(['DEV', 'QA']);
  });

  it('when a caller is given a cached entry, then it cannot change it for the next caller', async () => {
    const repos = cached();
    await repos.teams.create({ team_id: 'DEV', team_name: 'Development' });
    await repos.teams.list({ limit: 10 });
    const hit = await repos.teams.list({ limit: 10 });
    expect(() => hit.items.push(hit.items[0]!)).toThrow(TypeError);
    expect(() => Object.assign(hit.items[0]!, { team_name: 'Changed' })).toThrow(TypeError);
    expect((await repos.teams.list({ limit: 10 })).items.map((team) => team.team_name)).toEqual(['Development']);
  });

  it('when people are read again after a check-in, then they come from the cache; after an employee write, then as they are now', async () => {
    const repos = cached();
    await repos.teams.create({ team_id: 'DEV', team_name: 'Development' });
    await repos.teams.create({ team_id: 'QA', team_name: 'Quality Assurance' });
    const ann = await repos.employees.create(newEmployee({ name: 'Ann', team_id: 'DEV' }));
    const teamsOf = async () => (await repos.employees.membershipsBetween('2025-01-01', '2025-12-31', null)).map((m) => m.team_id);
    const names = async () => (await repos.employees.briefs({})).map((e) => e.name);
    expect([await teamsOf(), await names()]).toEqual([['DEV'], ['Ann']]);
    // Past the cache, so only an invalidation can show it.
    await db.repos.employees.update(ann.employee_id, { name: 'Anne' }, CONTRACT_TODAY);
    // A record's write changes no one's briefs or teams: they stay cached.
    await repos.attendance.create({
      employee_id: ann.employee_id,
      attendance_date: '2025-04-10',
      team_id: 'DEV',
      status: 'present',
      check_in_time: '09:00:00',
      check_out_time: null,
      hours_worked: null,
      notes: null,
    });
    expect(await names()).toEqual(['Ann']);
    await repos.employees.update(ann.employee_id, { team_id: 'QA' }, '2025-07-01');
    expect([await teamsOf(), await names()]).toEqual([['DEV', 'QA'], ['Anne']]);
  });
});
