import { DuplicateEmailError, EmployeeExistsError, LastAdminError, TeamInUseError, ValidationError } from '../../core/errors';
import { employeeBrief } from '../../core/employee';
import type { BackendHandle } from '../support/use-backend';
import { newEmployee, seedTeams, walk, CONTRACT_TODAY } from './fixtures';

export function employeeRepositoryContract(db: BackendHandle): void {
  describe('EmployeeRepository contract', () => {
    beforeEach(async () => {
      await seedTeams(db.repos, 'DEV', 'QA');
    });

    it('assigns the next number of the team when no id is given', async () => {
      const first = await db.repos.employees.create(newEmployee({ team_id: 'DEV' }));
      const second = await db.repos.employees.create(newEmployee({ team_id: 'DEV' }));
      const other = await db.repos.employees.create(newEmployee({ team_id: 'QA' }));
      expect([first.employee_id, second.employee_id, other.employee_id]).toEqual(['DEV-001', 'DEV-002', 'QA-001']);
    });

    it('stores every field and reads it back by key', async () => {
      const input = newEmployee({ name: 'John Doe', email: 'John.Doe@Example.com', position: 'Senior', job_title: null, hire_date: '2024-02-29' });
      const created = await db.repos.employees.create(input);
      expect(created).toMatchObject({ ...input, employee_id: 'DEV-001' });
      expect(await db.repos.employees.get('DEV-001')).toEqual(created);
      expect(await db.repos.employees.get('DEV-999')).toBeNull();
    });

    it('moves the counter past a given id, so later ids never collide with it', async () => {
      await db.repos.employees.create(newEmployee({ employee_id: 'DEV-050' }));
      const next = await db.repos.employees.create(newEmployee());
      expect(next.employee_id).toBe('DEV-051');
      await db.repos.employees.create(newEmployee({ employee_id: 'DEV-010' }));
      expect((await db.repos.employees.create(newEmployee())).employee_id).toBe('DEV-052');
    });

    it('keeps counting past 999 with four digits', async () => {
      await db.repos.employees.create(newEmployee({ employee_id: 'DEV-999' }));
      expect((await db.repos.employees.create(newEmployee())).employee_id).toBe('DEV-1000');
    });

    it('refuses an id that exists', async () => {
      await db.repos.employees.create(newEmployee({ employee_id: 'DEV-007' }));
      await expect(db.repos.employees.create(newEmployee({ employee_id: 'DEV-007' }))).rejects.toBeInstanceOf(EmployeeExistsError);
    });

    it('refuses an email that exists in any letter case, and writes nothing', async () => {
      await db.repos.employees.create(newEmployee({ email: 'ana@example.com' }));
      await expect(
        db.repos.employees.create(newEmployee({ email: 'ANA@Example.COM', team_id: 'QA' }), { password_hash: 'h', role: 'employee' }),
      ).rejects.toBeInstanceOf(DuplicateEmailError);
      expect((await db.repos.employees.list({ team_id: 'QA' }, { limit: 10 })).items).toEqual([]);
      expect(await db.repos.accounts.get('QA-001')).toBeNull();
      // A failed create never makes a later one reuse or skip into an existing id.
      const next = await db.repos.employees.create(newEmployee({ team_id: 'QA' }));
      expect(next.employee_id).toMatch(/^QA-\d{3}$/);
    });

    it('refuses an unknown team', async () => {
      await expect(db.repos.employees.create(newEmployee({ team_id: 'NOPE' }))).rejects.toBeInstanceOf(ValidationError);
    });

    it('writes the employee and their login together', async () => {
      const created = await db.repos.employees.create(newEmployee({ team_id: 'QA' }), { password_hash: 'hash', role: 'manager' });
      const login = await db.repos.accounts.get(created.employee_id);
      expect(login).toMatchObject({
        username: created.employee_id,
        employee_id: created.employee_id,
        team_id: 'QA',
        role: 'manager',
        disabled: false,
        password_hash: 'hash',
      });
    });

    it('finds an employee by email in any letter case', async () => {
      const created = await db.repos.employees.create(newEmployee({ email: 'Mixed.Case@example.com' }));
      expect(await db.repos.employees.findByEmail('mixed.case@EXAMPLE.com')).toEqual(created);
      expect(await db.repos.employees.findByEmail('nobody@example.com')).toBeNull();
    });

    it('gives 20 concurrent creates in one team 20 distinct ids, none skipped', async () => {
      const created = await Promise.all(Array.from({ length: 20 }, () => db.repos.employees.create(newEmployee({ team_id: 'QA' }))));
      const ids = created.map((e) => e.employee_id).sort();
      expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `QA-${String(i + 1).padStart(3, '0')}`));
    });

    it('lets exactly one of several concurrent creates with the same email succeed', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => db.repos.employees.create(newEmployee({ email: i % 2 ? 'race@example.com' : 'RACE@example.com' }))),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DuplicateEmailError);
    });

    describe('list', () => {
      beforeEach(async () => {
        const people = [
          { team_id: 'DEV', name: 'Ada Lovelace', position: 'Senior', status: 'active' },
          { team_id: 'DEV', name: 'Alan Turing', position: 'Lead', status: 'active' },
          { team_id: 'DEV', name: 'Grace Hopper', position: 'Senior', status: 'inactive' },
          { team_id: 'QA', name: 'Edsger Dijkstra', position: 'Senior', status: 'active' },
          { team_id: 'QA', name: 'Barbara Liskov', position: 'Manager', status: 'active' },
          { team_id: 'QA', name: 'Ken 50% Thompson', position: 'Junior', status: 'active' },
        ] as const;
        for (const person of people) await db.repos.employees.create(newEmployee(person));
      });

      const ids = async (filter: Parameters<BackendHandle['repos']['employees']['list']>[0]) =>
        (await walk((page) => db.repos.employees.list(filter, page), 2)).items.map((e) => e.employee_id);

      it('lists everyone once, ordered by employee_id, across pages', async () => {
        expect(await ids({})).toEqual(['DEV-001', 'DEV-002', 'DEV-003', 'QA-001', 'QA-002', 'QA-003']);
      });

      it('filters by team, position and status, alone and together', async () => {
        expect(await ids({ team_id: 'QA' })).toEqual(['QA-001', 'QA-002', 'QA-003']);
        expect(await ids({ position: 'Senior' })).toEqual(['DEV-001', 'DEV-003', 'QA-001']);
        expect(await ids({ status: 'inactive' })).toEqual(['DEV-003']);
        expect(await ids({ team_id: 'DEV', position: 'Senior', status: 'active' })).toEqual(['DEV-001']);
        expect(await ids({ employee_id: 'QA-002' })).toEqual(['QA-002']);
      });

      it('searches names case-insensitively and ids by prefix', async () => {
        expect(await ids({ q: 'TURING' })).toEqual(['DEV-002']);
        expect(await ids({ q: 'ra' })).toEqual(['DEV-003', 'QA-001', 'QA-002']);
        expect(await ids({ q: 'qa-00' })).toEqual(['QA-001', 'QA-002', 'QA-003']);
        expect(await ids({ q: 'dev-002' })).toEqual(['DEV-002']);
        expect(await ids({ q: 'qa', team_id: 'DEV' })).toEqual([]);
      });

      it('counts exactly what list returns, for every kind of filter', async () => {
        const filters = [
          {},
          { team_id: 'QA' },
          { position: 'Senior' as const },
          { status: 'inactive' as const },
          { team_id: 'DEV', position: 'Senior' as const, status: 'active' as const },
          { employee_id: 'QA-002' },
          { employee_id: 'QA-002', team_id: 'DEV' },
          { q: 'ra' },
          { q: '50%' },
          { team_id: 'NONE' },
        ];
        for (const filter of filters) expect({ filter, count: await db.repos.employees.count(filter) }).toEqual({ filter, count: (await ids(filter)).length });
        expect(await db.repos.employees.count({ team_id: 'DEV' })).toBe(3);
      });

      it('reads at once the briefs of exactly what list returns, in its order, for every kind of filter', async () => {
        await db.repos.employees.update('DEV-003', { end_date: '2025-06-30', job_title: 'Compiler lead' }, CONTRACT_TODAY);
        const filters = [
          {},
          { team_id: 'QA' },
          { position: 'Senior' as const, status: 'inactive' as const },
          { employee_id: 'QA-002' },
          { q: 'ra' },
          { q: '50%' },
          { team_id: 'NONE' },
        ];
        for (const filter of filters)
          expect({ filter, briefs: await db.repos.employees.briefs(filter) }).toEqual({
            filter,
            briefs: (await walk((page) => db.repos.employees.list(filter, page), 2)).items.map(employeeBrief),
          });
        expect((await db.repos.employees.briefs({ status: 'inactive' }))[0]).toMatchObject({ job_title: 'Compiler lead', end_date: '2025-06-30' });
      });

      it('treats LIKE wildcards in a search as plain characters', async () => {
        expect(await ids({ q: '50%' })).toEqual(['QA-003']);
        expect(await ids({ q: '%' })).toEqual(['QA-003']);
        expect(await ids({ q: '_' })).toEqual([]);
      });
    });

    it('updates only the given fields', async () => {
      const created = await db.repos.employees.create(newEmployee({ name: 'Old Name', job_title: 'Dev' }));
      const updated = await db.repos.employees.update(created.employee_id, { name: 'New Name', job_title: null }, CONTRACT_TODAY);
      expect(updated).toMatchObject({ ...created, name: 'New Name', job_title: null, updated_at: expect.any(String) });
      expect(await db.repos.employees.get(created.employee_id)).toEqual(updated);
      expect(await db.repos.employees.update('DEV-999', { name: 'x' }, CONTRACT_TODAY)).toBeNull();
    });

    it('refuses an update to an email another employee has', async () => {
      await db.repos.employees.create(newEmployee({ email: 'taken@example.com' }));
      const other = await db.repos.employees.create(newEmployee());
      await expect(db.repos.employees.update(other.employee_id, { email: 'TAKEN@example.com' }, CONTRACT_TODAY)).rejects.toBeInstanceOf(DuplicateEmailError);
      expect(await db.repos.employees.update(other.employee_id, { email: other.email.toUpperCase() }, CONTRACT_TODAY)).toMatchObject({
        email: other.email.toUpperCase(),
      });
    });

    it('moves an employee to another team, keeping the id and carrying their login along', async () => {
      const created = await db.repos.employees.create(newEmployee({ team_id: 'DEV' }), { password_hash: 'h', role: 'manager' });
      const moved = await db.repos.employees.update(created.employee_id, { team_id: 'QA' }, CONTRACT_TODAY);
      expect(moved).toMatchObject({ employee_id: created.employee_id, team_id: 'QA' });
      expect((await db.repos.accounts.get(created.employee_id))?.team_id).toBe('QA');
      await expect(db.repos.employees.update(created.employee_id, { team_id: 'NOPE' }, CONTRACT_TODAY)).rejects.toBeInstanceOf(ValidationError);
    });

    it('keeps the login team copy and the team references true under concurrent moves and edits', async () => {
      await seedTeams(db.repos, 'OPS');
      const created = await db.repos.employees.create(newEmployee({ team_id: 'DEV' }), { password_hash: 'h', role: 'manager' });
      const teams = ['QA', 'OPS', 'DEV', 'QA', 'OPS', 'DEV', 'QA', 'OPS'];
      await Promise.all([
        ...teams.map((team_id) => db.repos.employees.update(created.employee_id, { team_id }, CONTRACT_TODAY)),
        ...teams.map((_, i) => db.repos.employees.update(created.employee_id, { name: `Name ${i}` }, CONTRACT_TODAY)),
      ]);
      const employee = await db.repos.employees.get(created.employee_id);
      expect(teams).toContain(employee!.team_id);
      expect(employee!.name).toMatch(/^Name \d$/);
      expect((await db.repos.accounts.get(created.employee_id))?.team_id).toBe(employee!.team_id);
      // Every move took effect the same day: the first team's period closed the day before, one period is open, in the employee's team.
      expect(await db.repos.employees.teamPeriods(created.employee_id)).toEqual([
        { team_id: 'DEV', from: '2024-03-01', to: '2029-12-31' },
        { team_id: employee!.team_id, from: CONTRACT_TODAY, to: null },
      ]);
      // Every team but the employee's own and the first (its period stays) is free of references again.
      for (const team of ['QA', 'OPS'].filter((t) => t !== employee!.team_id)) expect(await db.repos.teams.delete(team)).toBe(true);
      await expect(db.repos.teams.delete(employee!.team_id)).rejects.toBeInstanceOf(TeamInUseError);
      await expect(db.repos.teams.delete('DEV')).rejects.toBeInstanceOf(TeamInUseError);
      await db.repos.employees.delete(created.employee_id);
      expect(await db.repos.teams.delete(employee!.team_id)).toBe(true);
      if (employee!.team_id !== 'DEV') expect(await db.repos.teams.delete('DEV')).toBe(true);
    });

    it('deletes an employee together with their login', async () => {
      const created = await db.repos.employees.create(newEmployee(), { password_hash: 'h', role: 'employee' });
      expect(await db.repos.employees.delete(created.employee_id)).toBe(true);
      expect(await db.repos.employees.get(created.employee_id)).toBeNull();
      expect(await db.repos.accounts.get(created.employee_id)).toBeNull();
      expect(await db.repos.employees.delete(created.employee_id)).toBe(false);
    });

    it("never hands out a deleted employee's id again", async () => {
      const first = await db.repos.employees.create(newEmployee());
      await db.repos.employees.delete(first.employee_id);
      expect((await db.repos.employees.create(newEmployee())).employee_id).toBe('DEV-002');
    });

    it('refuses to delete the employee whose login is the last enabled admin', async () => {
      const created = await db.repos.employees.create(newEmployee(), { password_hash: 'h', role: 'admin' });
      await expect(db.repos.employees.delete(created.employee_id)).rejects.toBeInstanceOf(LastAdminError);
      expect(await db.repos.employees.get(created.employee_id)).not.toBeNull();
      await db.repos.accounts.create({ username: 'root', password_hash: 'h', role: 'admin', employee_id: null, disabled: false });
      expect(await db.repos.employees.delete(created.employee_id)).toBe(true);
    });

    it('refuses to make the employee whose login is the last enabled admin a leaver, by update or import, and counts a returner again', async () => {
      const created = await db.repos.employees.create(newEmployee(), { password_hash: 'h', role: 'admin' });
      await expect(db.repos.employees.update(created.employee_id, { status: 'inactive' }, CONTRACT_TODAY)).rejects.toBeInstanceOf(LastAdminError);
      await expect(
        db.repos.employees.importMany([], [{ employee_id: created.employee_id, patch: { status: 'inactive' } }], CONTRACT_TODAY),
      ).rejects.toBeInstanceOf(LastAdminError);
      expect((await db.repos.employees.get(created.employee_id))!.status).toBe('active');

      // With a second admin the leaver may go; then that admin is the last one who can sign in.
      await db.repos.accounts.create({ username: 'root', password_hash: 'h', role: 'admin', employee_id: null, disabled: false });
      expect((await db.repos.employees.update(created.employee_id, { status: 'inactive' }, CONTRACT_TODAY))!.status).toBe('inactive');
      await expect(db.repos.accounts.update('root', { disabled: true })).rejects.toBeInstanceOf(LastAdminError);
      // Back at work, the first admin counts again, and the other may be disabled.
      await db.repos.employees.update(created.employee_id, { status: 'active' }, CONTRACT_TODAY);
      expect((await db.repos.accounts.update('root', { disabled: true }))!.disabled).toBe(true);
    });
  });
}
