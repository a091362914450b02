import { AccountExistsError, LastAdminError, NotFoundError } from '../../core/errors';
import type { NewAccount } from '../../core/account';
import type { BackendHandle } from '../support/use-backend';
import { newEmployee, seedTeams, walk, CONTRACT_TODAY } from './fixtures';

const admin = (username: string): NewAccount => ({ username, password_hash: 'hash', role: 'admin', employee_id: null, disabled: false });

export function accountRepositoryContract(db: BackendHandle): void {
  describe('AccountRepository contract', () => {
    beforeEach(async () => {
      await seedTeams(db.repos, 'DEV');
    });

    it('creates a login and reads it back, hash and version included', async () => {
      expect(await db.repos.accounts.hasAny()).toBe(false);
      const created = await db.repos.accounts.create(admin('root'));
      expect(created).toMatchObject({
        username: 'root',
        role: 'admin',
        employee_id: null,
        team_id: null,
        disabled: false,
        token_version: expect.any(Number),
        password_hash: 'hash',
      });
      expect(await db.repos.accounts.get('root')).toEqual(created);
      expect(await db.repos.accounts.get('nobody')).toBeNull();
      expect(await db.repos.accounts.hasAny()).toBe(true);
    });

    it('creates an employee login that carries the employee team', async () => {
      const employee = await db.repos.employees.create(newEmployee());
      const login = await db.repos.accounts.create({
        username: employee.employee_id,
        password_hash: 'h',
        role: 'employee',
        employee_id: employee.employee_id,
        disabled: false,
      });
      expect(login).toMatchObject({ employee_id: employee.employee_id, team_id: 'DEV' });
    });

    it("carries its employee's status, following every way it changes: update, import, a login made later", async () => {
      expect((await db.repos.accounts.create(admin('root'))).employee_status).toBeNull();
      const employee = await db.repos.employees.create(newEmployee(), { password_hash: 'h', role: 'employee' });
      expect(await db.repos.accounts.get(employee.employee_id)).toMatchObject({ employee_status: 'active' });
      await db.repos.employees.update(employee.employee_id, { status: 'inactive' }, CONTRACT_TODAY);
      expect(await db.repos.accounts.get(employee.employee_id)).toMatchObject({ employee_status: 'inactive', team_id: 'DEV' });
      await db.repos.employees.importMany([], [{ employee_id: employee.employee_id, patch: { status: 'active' } }], CONTRACT_TODAY);
      expect(await db.repos.accounts.get(employee.employee_id)).toMatchObject({ employee_status: 'active' });
      const leaver = await db.repos.employees.create(newEmployee({ status: 'inactive' }));
      const late = await db.repos.accounts.create({
        username: leaver.employee_id,
        password_hash: 'h',
        role: 'employee',
        employee_id: leaver.employee_id,
        disabled: false,
      });
      expect(late.employee_status).toBe('inactive');
      expect(await db.repos.accounts.get(leaver.employee_id)).toEqual(late);
    });

    it('refuses a second login with the same name, or for an unknown employee', async () => {
      await db.repos.accounts.create(admin('root'));
      await expect(db.repos.accounts.create(admin('root'))).rejects.toBeInstanceOf(AccountExistsError);
      await expect(
        db.repos.accounts.create({ username: 'DEV-404', password_hash: 'h', role: 'employee', employee_id: 'DEV-404', disabled: false }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.repos.accounts.get('DEV-404')).toBeNull();
    });

    it('lists every login once, ordered by username, across pages', async () => {
      const names = ['zed', 'amy', 'bob', 'carl', 'dora'];
      for (const name of names) await db.repos.accounts.create(admin(name));
      const { items } = await walk((page) => db.repos.accounts.list(page), 2);
      expect(items.map((a) => a.username)).toEqual([...names].sort());
    });

    it('changes role and disabled flag, and gives a new token version with a new password or when disabling, never otherwise', async () => {
      const root = await db.repos.accounts.create(admin('root'));
      const employee = await db.repos.employees.create(newEmployee(), { password_hash: 'h', role: 'admin' });
      const before = (await db.repos.accounts.get(employee.employee_id))!.token_version;
      const demoted = await db.repos.accounts.update(employee.employee_id, { role: 'manager' });
      expect(demoted).toMatchObject({ role: 'manager', disabled: false, token_version: before });
      const disabled = (await db.repos.accounts.update(employee.employee_id, { disabled: true }))!;
      expect(disabled.token_version).not.toBe(before);
      const enabled = (await db.repos.accounts.update(employee.employee_id, { disabled: false }))!;
      expect(enabled.token_version).toBe(disabled.token_version);
      const rehashed = await db.repos.accounts.update('root', { password_hash: 'new-hash' });
      expect(rehashed).toMatchObject({ password_hash: 'new-hash', role: 'admin' });
      expect(rehashed!.token_version).not.toBe(root.token_version);
      expect(await db.repos.accounts.update('nobody', { disabled: true })).toBeNull();
    });

    it('never gives a login re-created under an old name a version its earlier holder had', async () => {
      const first = await db.repos.employees.create(newEmployee({ employee_id: 'DEV-050' }), { password_hash: 'h', role: 'employee' });
      const held = [(await db.repos.accounts.get(first.employee_id))!.token_version];
      for (const hash of ['h1', 'h2']) held.push((await db.repos.accounts.update(first.employee_id, { password_hash: hash }))!.token_version);
      await db.repos.employees.delete(first.employee_id);
      await db.repos.employees.create(newEmployee({ employee_id: 'DEV-050' }), { password_hash: 'h', role: 'employee' });
      expect(held).not.toContain((await db.repos.accounts.get('DEV-050'))!.token_version);
      await db.repos.employees.delete('DEV-050');
      await db.repos.employees.create(newEmployee({ employee_id: 'DEV-050' }));
      const late = await db.repos.accounts.create({ username: 'DEV-050', password_hash: 'h', role: 'employee', employee_id: 'DEV-050', disabled: false });
      expect(held).not.toContain(late.token_version);
    });

    it('never disables or demotes the last enabled admin', async () => {
      await db.repos.accounts.create(admin('root'));
      await expect(db.repos.accounts.update('root', { disabled: true })).rejects.toBeInstanceOf(LastAdminError);
      await expect(db.repos.accounts.update('root', { role: 'employee' })).rejects.toBeInstanceOf(LastAdminError);
      expect(await db.repos.accounts.get('root')).toMatchObject({ role: 'admin', disabled: false });
      // A disabled admin does not count as the other admin.
      await db.repos.accounts.create({ ...admin('sleeper'), disabled: true });
      await expect(db.repos.accounts.update('root', { disabled: true })).rejects.toBeInstanceOf(LastAdminError);
      // Re-enabling and re-promoting are always fine.
      expect(await db.repos.accounts.update('root', { role: 'admin', disabled: false })).toMatchObject({ role: 'admin' });
    });

    it('lets exactly one of two concurrent demotions of the last two admins succeed', async () => {
      await db.repos.accounts.create(admin('one'));
      const two = await db.repos.employees.create(newEmployee(), { password_hash: 'h', role: 'admin' });
      const results = await Promise.allSettled([
        db.repos.accounts.update('one', { disabled: true }),
        db.repos.accounts.update(two.employee_id, { role: 'employee' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failure = results.find((r) => r.status === 'rejected');
      expect(failure?.status === 'rejected' && failure.reason).toBeInstanceOf(LastAdminError);
    });
  });

  describe('SettingsRepository contract', () => {
    it('stores a value once and answers the stored one afterwards, also under concurrency', async () => {
      expect(await db.repos.settings.get('k')).toBeNull();
      const answers = await Promise.all(['a', 'b', 'c', 'd'].map((v) => db.repos.settings.putIfAbsent('k', v)));
      expect(new Set(answers).size).toBe(1);
      expect(await db.repos.settings.get('k')).toBe(answers[0]);
      expect(await db.repos.settings.putIfAbsent('k', 'z')).toBe(answers[0]);
    });
  });
}
