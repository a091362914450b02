import type { AttendanceRecord } from '../../core/attendance';
import type { AuditEntry, AuditStamp } from '../../core/audit/audit-entry';
import type { BackendHandle } from '../support/use-backend';
import { CONTRACT_TODAY, newEmployee, seedTeams, walk } from './fixtures';

const HASH = '$2b$10$abcdefghijklmnopqrstuvCDEFGHIJKLMNOPQRSTUVWXYZ012345';

let tick = 0;
/** A stamp a millisecond after the last: entries then sort in the order they were written. */
function stamp(overrides: Partial<AuditStamp> = {}): AuditStamp {
  tick += 1;
  return {
    actor: 'admin',
    via: 'rest',
    client: 'contract-suite',
    request_id: `req-${tick}`,
    at: new Date(Date.UTC(2031, 0, 1) + tick).toISOString(),
    ...overrides,
  };
}

const record = (employee_id: string, attendance_date: string, overrides: Partial<AttendanceRecord> = {}): AttendanceRecord => ({
  employee_id,
  attendance_date,
  team_id: 'DEV',
  status: 'present',
  check_in_time: '09:00:00',
  check_out_time: null,
  hours_worked: null,
  notes: null,
  ...overrides,
});

const withoutTeam = ({ team_id: _team, ...entry }: AttendanceRecord): Omit<AttendanceRecord, 'team_id'> => entry;

const brief = (e: AuditEntry) => `${e.action} ${e.entity} ${e.entity_id}`;

export function auditRepositoryContract(db: BackendHandle): void {
  describe('Audited writes (every repository) and AuditRepository contract', () => {
    beforeEach(() => seedTeams(db.repos, 'DEV', 'QA'));

    const everything = async () => (await walk((page) => db.repos.audit.list({}, page), 7)).items;

    it('appends one entry per audited write, newest first, with who, how, when, before and after — never a password hash', async () => {
      const { repos } = db;
      await repos.teams.create({ team_id: 'OPS', team_name: 'Operations' }, stamp());
      await repos.teams.rename('OPS', 'Ops', stamp());
      await repos.teams.delete('OPS', stamp());
      const dev = await repos.employees.create(newEmployee(), { password_hash: HASH, role: 'employee' }, stamp());
      await repos.employees.update(dev.employee_id, { position: 'Senior' }, CONTRACT_TODAY, stamp());
      await repos.accounts.update(dev.employee_id, { password_hash: HASH.replace('a', 'b'), role: 'manager' }, stamp());
      const qa = await repos.employees.create(newEmployee({ team_id: 'QA' }), undefined, stamp());
      await repos.accounts.create({ username: qa.employee_id, password_hash: HASH, role: 'employee', employee_id: qa.employee_id, disabled: false }, stamp());
      await repos.attendance.create(record(dev.employee_id, '2025-04-10'), stamp());
      await repos.attendance.checkIn(withoutTeam(record(dev.employee_id, '2025-04-11')), { offTeams: [] }, stamp({ via: 'mcp' }));
      await repos.attendance.update(dev.employee_id, '2025-04-11', (r) => ({ ...r, check_out_time: '17:00:00', hours_worked: 8 }), stamp());
      await repos.attendance.delete(dev.employee_id, '2025-04-10', stamp());
      await repos.attendance.upsertMany(
        [record(dev.employee_id, '2025-04-11', { status: 'late' }), record(dev.employee_id, '2025-04-14')],
        stamp({ via: 'import' }),
      );
      await repos.scores.create({ employee_id: dev.employee_id, period: '2025-Q1', kpi: 80, completed_task: 70, feedback_360: 90, final_score: 80 }, stamp());
      await repos.scores.update(
        dev.employee_id,
        '2025-Q1',
        (s) => ({ kpi: s.kpi, completed_task: s.completed_task, feedback_360: 60, final_score: 70 }),
        stamp(),
      );
      await repos.scores.upsertMany(
        [{ employee_id: dev.employee_id, period: '2025-Q1', kpi: 1, completed_task: 1, feedback_360: 1, final_score: 1 }],
        stamp({ via: 'import' }),
      );
      await repos.scores.delete(dev.employee_id, '2025-Q1', stamp());
      const holiday = await repos.holidays.create({ holiday_id: `h-${process.pid}`, date: '2025-05-01', name: 'May Day', team_id: null, half: null }, stamp());
      await repos.holidays.update(holiday.holiday_id, { name: 'Labour Day' }, stamp());
      await repos.holidays.upsertMany(
        [{ holiday_id: `h2-${process.pid}`, date: '2025-05-01', name: 'Workers Day', team_id: null, half: null }],
        stamp({ via: 'import' }),
      );
      await repos.holidays.delete(holiday.holiday_id, stamp());
      await repos.leave.createType(
        { code: 'STUDY', name: 'Study', paid: true, annual_allowance_days: 3, allow_half_day: true, allow_negative: false },
        stamp(),
      );
      await repos.leave.updateType('STUDY', { annual_allowance_days: 4 }, stamp());
      await repos.leave.deleteType('STUDY', stamp());
      await repos.employees.delete(qa.employee_id, stamp());

      const entries = await everything();
      const d = dev.employee_id;
      expect(entries.map(brief).reverse()).toEqual([
        'create team OPS',
        'update team OPS',
        'delete team OPS',
        `create employee ${d}`,
        `update employee ${d}`,
        `login_change login ${d}`,
        `create employee ${qa.employee_id}`,
        `create login ${qa.employee_id}`,
        `create attendance ${d}/2025-04-10`,
        `create attendance ${d}/2025-04-11`,
        `update attendance ${d}/2025-04-11`,
        `delete attendance ${d}/2025-04-10`,
        // One entry per row of a bulk write, in any order within it (checked below).
        ...entries
          .filter((e) => e.via === 'import' && e.entity === 'attendance')
          .map(brief)
          .reverse(),
        `create score ${d}/2025-Q1`,
        `update score ${d}/2025-Q1`,
        `update score ${d}/2025-Q1`,
        `delete score ${d}/2025-Q1`,
        `create holiday ${holiday.holiday_id}`,
        `update holiday ${holiday.holiday_id}`,
        `update holiday ${holiday.holiday_id}`,
        `delete holiday ${holiday.holiday_id}`,
        'create leave_type STUDY',
        'update leave_type STUDY',
        'delete leave_type STUDY',
        `delete employee ${qa.employee_id}`,
      ]);
      expect(
        entries
          .filter((e) => e.via === 'import' && e.entity === 'attendance')
          .map(brief)
          .sort(),
      ).toEqual([`create attendance ${d}/2025-04-14`, `update attendance ${d}/2025-04-11`]);

      const byBrief = (text: string) => entries.filter((e) => brief(e) === text);
      const [renamed] = byBrief('update team OPS');
      expect(renamed).toMatchObject({
        actor: 'admin',
        via: 'rest',
        client: 'contract-suite',
        before: { team_name: 'Operations' },
        after: { team_name: 'Ops' },
        reason: null,
      });
      expect(renamed!.request_id).toMatch(/^req-\d+$/);
      expect(renamed!.at).toMatch(/^2031-01-01T00:00:00\.\d{3}Z$/);
      expect(byBrief(`create employee ${d}`)[0]!.after).toMatchObject({ employee_id: d, login: { username: d, role: 'employee' } });
      expect(byBrief(`login_change login ${d}`)[0]).toMatchObject({ before: { role: 'employee' }, after: { role: 'manager', password_changed: true } });
      expect(byBrief(`create attendance ${d}/2025-04-11`)[0]).toMatchObject({
        via: 'mcp',
        before: null,
        after: { team_id: 'DEV', check_in_time: '09:00:00', version: 1 },
      });
      expect(byBrief(`update attendance ${d}/2025-04-11`).find((e) => e.via === 'rest')).toMatchObject({
        before: { check_out_time: null, version: 1 },
        after: { check_out_time: '17:00:00', version: 2 },
      });
      expect(byBrief(`delete attendance ${d}/2025-04-10`)[0]).toMatchObject({ before: { employee_id: d, attendance_date: '2025-04-10' }, after: null });
      expect(byBrief(`update holiday ${holiday.holiday_id}`).find((e) => e.via === 'import')).toMatchObject({
        before: { name: 'Labour Day' },
        after: { name: 'Workers Day' },
      });
      expect(byBrief(`delete employee ${qa.employee_id}`)[0]!.before).toMatchObject({ employee_id: qa.employee_id, login: qa.employee_id });
      expect(byBrief('update leave_type STUDY')[0]).toMatchObject({ before: { annual_allowance_days: 3 }, after: { annual_allowance_days: 4 } });
      const text = JSON.stringify(entries);
      expect(text).not.toContain('password_hash');
      expect(text).not.toContain(HASH.slice(7));
      expect(text).not.toContain('token_version');
    });

    it('appends nothing for a write without a stamp (the service’s own) or one that changed nothing', async () => {
      await db.repos.teams.create({ team_id: 'OPS', team_name: 'Operations' });
      expect(await db.repos.teams.rename('NONE', 'x', stamp())).toBeNull();
      expect(await db.repos.teams.delete('NONE', stamp())).toBe(false);
      expect(await db.repos.holidays.delete('nope', stamp())).toBeNull();
      expect(await db.repos.attendance.update('DEV-999', '2025-01-01', (r) => r, stamp())).toBeNull();
      expect(await everything()).toEqual([]);
    });

    it('filters by entity, entity id, actor and time, newest first, page by page', async () => {
      const first = stamp({ actor: 'DEV-001' });
      await db.repos.teams.create({ team_id: 'AAA', team_name: 'A' }, first);
      await db.repos.teams.create({ team_id: 'BBB', team_name: 'B' }, stamp());
      const middle = stamp();
      await db.repos.teams.rename('AAA', 'A2', middle);
      await db.repos.holidays.create(
        { holiday_id: `hf-${process.pid}`, date: '2025-05-02', name: 'Bridge', team_id: null, half: null },
        stamp({ actor: 'DEV-001' }),
      );
      const last = stamp();
      await db.repos.teams.delete('BBB', last);

      const list = async (filter: Parameters<typeof db.repos.audit.list>[0]) => (await walk((page) => db.repos.audit.list(filter, page), 2)).items.map(brief);
      expect(await list({})).toEqual(['delete team BBB', 'create holiday hf-' + process.pid, 'update team AAA', 'create team BBB', 'create team AAA']);
      expect(await list({ entity: 'team' })).toEqual(['delete team BBB', 'update team AAA', 'create team BBB', 'create team AAA']);
      expect(await list({ entity: 'team', entity_id: 'AAA' })).toEqual(['update team AAA', 'create team AAA']);
      expect(await list({ actor: 'DEV-001' })).toEqual(['create holiday hf-' + process.pid, 'create team AAA']);
      expect(await list({ from: middle.at })).toEqual(['delete team BBB', 'create holiday hf-' + process.pid, 'update team AAA']);
      expect(await list({ to: middle.at })).toEqual(['update team AAA', 'create team BBB', 'create team AAA']);
      expect(await list({ from: first.at, to: first.at })).toEqual(['create team AAA']);
      expect(await list({ from: last.at, actor: 'DEV-001' })).toEqual([]);
    });

    it('a write whose entry cannot be written leaves neither the change nor an entry', async () => {
      // Two entries with the same id (same instant, same random part): the second write's entry is refused, and its whole write with it.
      const random = jest.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue('00000000-0000-4000-8000-000000000000');
      try {
        const at = stamp().at;
        const dev = await db.repos.employees.create(newEmployee(), undefined, stamp({ at }));
        await expect(db.repos.teams.create({ team_id: 'CCC', team_name: 'C' }, stamp({ at }))).rejects.toThrow();
        expect(await db.repos.teams.get('CCC')).toBeNull();
        await expect(db.repos.attendance.checkIn(withoutTeam(record(dev.employee_id, '2025-04-11')), { offTeams: [] }, stamp({ at }))).rejects.toThrow();
        expect(await db.repos.attendance.get(dev.employee_id, '2025-04-11')).toBeNull();
        await expect(db.repos.attendance.upsertMany([record(dev.employee_id, '2025-04-12')], stamp({ at }))).rejects.toThrow();
        expect(await db.repos.attendance.get(dev.employee_id, '2025-04-12')).toBeNull();
        await expect(db.repos.employees.update(dev.employee_id, { name: 'Renamed' }, CONTRACT_TODAY, stamp({ at }))).rejects.toThrow();
        expect((await db.repos.employees.get(dev.employee_id))?.name).toBe(dev.name);
      } finally {
        random.mockRestore();
      }
      expect((await everything()).map((e) => e.entity)).toEqual(['employee']);
    });
  });
}
