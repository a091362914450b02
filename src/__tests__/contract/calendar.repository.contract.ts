import { checkInRefusal, type AttendanceRecord } from '../../core/attendance';
import { AttendanceStateError, ValidationError } from '../../core/errors';
import type { BackendHandle } from '../support/use-backend';
import { newEmployee, seedTeams } from './fixtures';

const entry = (employee_id: string, attendance_date: string): Omit<AttendanceRecord, 'team_id'> => ({
  employee_id,
  attendance_date,
  status: 'present',
  check_in_time: '09:00:00',
  check_out_time: null,
  hours_worked: null,
  notes: null,
});

/** Membership periods, employment dates and the tracking start: what the work calendar reads from every backend. */
export function calendarRepositoryContract(db: BackendHandle): void {
  describe('work calendar contract (periods, employment, tracking start)', () => {
    beforeEach(() => seedTeams(db.repos, 'DEV', 'QA', 'OPS'));

    it('opens the first period at the hire date, moves on the day given, and a second move that day only changes the team', async () => {
      const { employee_id } = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-06' }));
      expect(await db.repos.employees.teamPeriods(employee_id)).toEqual([{ team_id: 'DEV', from: '2025-01-06', to: null }]);
      await db.repos.employees.update(employee_id, { team_id: 'QA' }, '2025-03-12');
      await db.repos.employees.update(employee_id, { team_id: 'OPS' }, '2025-03-12');
      expect(await db.repos.employees.teamPeriods(employee_id)).toEqual([
        { team_id: 'DEV', from: '2025-01-06', to: '2025-03-11' },
        { team_id: 'OPS', from: '2025-03-12', to: null },
      ]);
      // Not a move: the same team again, and other fields.
      await db.repos.employees.update(employee_id, { team_id: 'OPS', name: 'Renamed' }, '2025-04-01');
      expect(await db.repos.employees.teamPeriods(employee_id)).toHaveLength(2);
      expect(await db.repos.employees.teamPeriods('DEV-999')).toEqual([]);
    });

    it('a move of someone not yet started changes the team of their only period; a new hire date moves its start', async () => {
      const { employee_id } = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-09-01' }));
      await db.repos.employees.update(employee_id, { team_id: 'QA' }, '2025-08-15');
      expect(await db.repos.employees.teamPeriods(employee_id)).toEqual([{ team_id: 'QA', from: '2025-09-01', to: null }]);
      await db.repos.employees.update(employee_id, { hire_date: '2025-08-01' }, '2025-08-15');
      expect(await db.repos.employees.teamPeriods(employee_id)).toEqual([{ team_id: 'QA', from: '2025-08-01', to: null }]);
    });

    it('a new hire date moves only the start of the first period when there are several', async () => {
      const { employee_id } = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-06' }));
      await db.repos.employees.update(employee_id, { team_id: 'QA' }, '2025-03-12');
      await db.repos.employees.update(employee_id, { hire_date: '2024-12-02' }, '2025-04-01');
      expect(await db.repos.employees.teamPeriods(employee_id)).toEqual([
        { team_id: 'DEV', from: '2024-12-02', to: '2025-03-11' },
        { team_id: 'QA', from: '2025-03-12', to: null },
      ]);
      await db.repos.employees.importMany([], [{ employee_id, patch: { hire_date: '2025-02-03' } }], '2025-04-01');
      expect((await db.repos.employees.teamPeriods(employee_id))[0]).toEqual({ team_id: 'DEV', from: '2025-02-03', to: '2025-03-11' });
    });

    it('imports open first periods and move teams like single updates, and a delete removes the periods', async () => {
      const kept = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2024-01-01' }));
      const fresh = newEmployee({ team_id: 'QA', hire_date: '2025-02-03', employee_id: 'QA-077' });
      await db.repos.employees.importMany([fresh], [{ employee_id: kept.employee_id, patch: { team_id: 'OPS', hire_date: '2024-01-02' } }], '2025-05-05');
      expect(await db.repos.employees.teamPeriods('QA-077')).toEqual([{ team_id: 'QA', from: '2025-02-03', to: null }]);
      // End dates travel with imports like any other field; an update that names none keeps the stored one.
      const leaving = newEmployee({ team_id: 'QA', hire_date: '2025-02-03', end_date: '2025-06-30', employee_id: 'QA-078' });
      await db.repos.employees.importMany([leaving], [{ employee_id: 'QA-077', patch: { end_date: '2025-07-31' } }], '2025-05-05');
      expect((await db.repos.employees.get('QA-078'))?.end_date).toBe('2025-06-30');
      expect((await db.repos.employees.get('QA-077'))?.end_date).toBe('2025-07-31');
      await db.repos.employees.importMany([], [{ employee_id: 'QA-077', patch: { name: 'Renamed' } }], '2025-05-05');
      expect((await db.repos.employees.get('QA-077'))?.end_date).toBe('2025-07-31');
      expect(await db.repos.employees.teamPeriods(kept.employee_id)).toEqual([
        { team_id: 'DEV', from: '2024-01-02', to: '2025-05-04' },
        { team_id: 'OPS', from: '2025-05-05', to: null },
      ]);
      expect(await db.repos.employees.delete(kept.employee_id)).toBe(true);
      expect(await db.repos.employees.teamPeriods(kept.employee_id)).toEqual([]);
      expect(await db.repos.teams.delete('DEV')).toBe(true);
    });

    it('stores end dates, and says who was employed on a date in which team', async () => {
      const stayer = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-01' }));
      const leaver = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-01', status: 'inactive', end_date: '2025-03-31' }));
      const mover = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-01' }));
      const newcomer = await db.repos.employees.create(newEmployee({ team_id: 'QA', hire_date: '2025-04-15' }));
      expect(leaver.end_date).toBe('2025-03-31');
      expect((await db.repos.employees.update(stayer.employee_id, { end_date: '2025-12-31' }, '2025-02-01'))?.end_date).toBe('2025-12-31');
      expect((await db.repos.employees.update(stayer.employee_id, { end_date: null }, '2025-02-01'))?.end_date).toBeNull();
      await db.repos.employees.update(mover.employee_id, { team_id: 'QA' }, '2025-04-10');
      // A range of one date: who was employed that day, in which team.
      const on = async (date: string, teams: string[] | null) =>
        (await db.repos.employees.membershipsBetween(date, date, teams)).map((m) => [m.employee_id, m.team_id]).sort((a, b) => a[0]!.localeCompare(b[0]!));
      expect(await on('2025-03-31', null)).toEqual(
        [
          [stayer.employee_id, 'DEV'],
          [leaver.employee_id, 'DEV'],
          [mover.employee_id, 'DEV'],
        ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
      );
      expect(await on('2025-04-15', ['QA'])).toEqual(
        [
          [mover.employee_id, 'QA'],
          [newcomer.employee_id, 'QA'],
        ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
      );
      expect(await on('2025-04-09', ['QA'])).toEqual([]);
      // After the leaver's end date and the mover's move, only the stayer is in DEV.
      expect(await on('2025-04-15', ['DEV'])).toEqual([[stayer.employee_id, 'DEV']]);
      expect(await db.repos.employees.membershipsBetween('2025-04-15', '2025-04-15', ['DEV'])).toEqual([
        { employee_id: stayer.employee_id, team_id: 'DEV', from: '2025-04-15', to: '2025-04-15' },
      ]);
    });

    it('says who belonged to which team over a range: periods clipped to the range and to employment, of the given teams', async () => {
      const stayer = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-01' }));
      const leaver = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-01', status: 'inactive', end_date: '2025-04-08' }));
      const mover = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-01' }));
      await db.repos.employees.update(mover.employee_id, { team_id: 'QA' }, '2025-04-10');
      const newcomer = await db.repos.employees.create(newEmployee({ team_id: 'QA', hire_date: '2025-04-15' }));
      await db.repos.employees.create(newEmployee({ team_id: 'OPS', hire_date: '2025-05-01' }));
      await db.repos.employees.create(newEmployee({ team_id: 'OPS', hire_date: '2024-01-01', status: 'inactive', end_date: '2025-03-31' }));
      const between = async (teams: string[] | null) =>
        (await db.repos.employees.membershipsBetween('2025-04-01', '2025-04-30', teams)).map((m) => `${m.employee_id} ${m.team_id} ${m.from} ${m.to}`).sort();
      expect(await between(null)).toEqual(
        [
          `${stayer.employee_id} DEV 2025-04-01 2025-04-30`,
          `${leaver.employee_id} DEV 2025-04-01 2025-04-08`,
          `${mover.employee_id} DEV 2025-04-01 2025-04-09`,
          `${mover.employee_id} QA 2025-04-10 2025-04-30`,
          `${newcomer.employee_id} QA 2025-04-15 2025-04-30`,
        ].sort(),
      );
      expect(await between(['QA'])).toEqual([`${mover.employee_id} QA 2025-04-10 2025-04-30`, `${newcomer.employee_id} QA 2025-04-15 2025-04-30`].sort());
      expect(await between([])).toEqual([]);
    });

    it('counts the headcount of each day over employment dates and periods', async () => {
      await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-01', status: 'inactive', end_date: '2025-04-08' }));
      await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-04-09' }));
      const mover = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-01' }));
      await db.repos.employees.update(mover.employee_id, { team_id: 'QA' }, '2025-04-09');
      const { facts } = await db.repos.attendance.dailyFacts('2025-04-07', '2025-04-10', ['DEV', 'QA']);
      const heads = (team: string) => facts.filter((f) => f.team_id === team).map((f) => [f.date, f.headcount]);
      expect(heads('DEV')).toEqual([
        ['2025-04-07', 2],
        ['2025-04-08', 2],
        ['2025-04-09', 1],
        ['2025-04-10', 1],
      ]);
      expect(heads('QA')).toEqual([
        ['2025-04-07', 0],
        ['2025-04-08', 0],
        ['2025-04-09', 1],
        ['2025-04-10', 1],
      ]);
    });

    it('counts records in the team each record names, by status, with the open ones, next to the headcount of the periods', async () => {
      const mover = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-01' }));
      await db.repos.employees.update(mover.employee_id, { team_id: 'QA' }, '2025-04-09');
      // Hired and gone within the range: counted on those days only.
      const brief = await db.repos.employees.create(newEmployee({ team_id: 'QA', hire_date: '2025-04-08', end_date: '2025-04-09', status: 'inactive' }));
      const closed = { check_out_time: '17:00:00', hours_worked: 8 };
      await db.repos.attendance.create({ ...entry(mover.employee_id, '2025-04-08'), ...closed, team_id: 'DEV' });
      await db.repos.attendance.create({ ...entry(mover.employee_id, '2025-04-09'), status: 'late', team_id: 'QA' });
      await db.repos.attendance.create({ ...entry(brief.employee_id, '2025-04-08'), status: 'half-day', team_id: 'QA' });
      await db.repos.attendance.create({ ...entry(brief.employee_id, '2025-04-09'), status: 'absent', check_in_time: null, team_id: 'QA' });
      // A record keeps the team it was written with, even one the employee's period that day does not name.
      await db.repos.attendance.create({ ...entry(mover.employee_id, '2025-04-10'), ...closed, team_id: 'DEV' });
      const { teamIds, facts } = await db.repos.attendance.dailyFacts('2025-04-07', '2025-04-10', ['QA', 'DEV', 'NOPE']);
      expect([...teamIds].sort()).toEqual(['DEV', 'QA']);
      const zero = { present: 0, late: 0, half_day: 0, absent: 0, open_records: 0 };
      expect([...facts].sort((a, b) => a.team_id.localeCompare(b.team_id) || a.date.localeCompare(b.date))).toEqual([
        { team_id: 'DEV', date: '2025-04-07', headcount: 1, ...zero },
        { team_id: 'DEV', date: '2025-04-08', headcount: 1, ...zero, present: 1 },
        { team_id: 'DEV', date: '2025-04-09', headcount: 0, ...zero },
        { team_id: 'DEV', date: '2025-04-10', headcount: 0, ...zero, present: 1 },
        { team_id: 'QA', date: '2025-04-07', headcount: 0, ...zero },
        { team_id: 'QA', date: '2025-04-08', headcount: 1, ...zero, half_day: 1, open_records: 1 },
        { team_id: 'QA', date: '2025-04-09', headcount: 2, ...zero, late: 1, absent: 1, open_records: 1 },
        { team_id: 'QA', date: '2025-04-10', headcount: 1, ...zero },
      ]);
      // A range that starts after someone's period began counts them from its first day.
      expect((await db.repos.attendance.dailyFacts('2025-04-10', '2025-04-10', ['QA'])).facts).toEqual([
        { team_id: 'QA', date: '2025-04-10', headcount: 1, ...zero },
      ]);
    });

    it('checks in only someone employed that day and whose team has no whole-day holiday, writing nothing otherwise', async () => {
      const employee = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-04-09', end_date: '2025-04-30' }));
      const { employee_id } = employee;
      for (const date of ['2025-04-08', '2025-05-01']) {
        const refused = db.repos.attendance.checkIn(entry(employee_id, date), { offTeams: [] });
        await expect(refused).rejects.toBeInstanceOf(ValidationError);
        await expect(refused).rejects.toEqual(checkInRefusal(employee_id, employee, date, { offTeams: [] }));
      }
      await expect(db.repos.attendance.checkIn(entry(employee_id, '2025-04-10'), { offTeams: ['DEV'] })).rejects.toMatchObject({ code: 'DAY_OFF' });
      await expect(db.repos.attendance.checkIn(entry(employee_id, '2025-04-10'), { offTeams: null })).rejects.toBeInstanceOf(AttendanceStateError);
      expect(await db.repos.attendance.dateSpan(employee_id)).toBeNull();
      expect(await db.repos.attendance.checkIn(entry(employee_id, '2025-04-10'), { offTeams: ['QA'] })).toMatchObject({ team_id: 'DEV' });
      expect(await db.repos.attendance.checkIn(entry(employee_id, '2025-04-30'), { offTeams: [] })).toMatchObject({ attendance_date: '2025-04-30' });
      expect(await db.repos.attendance.dateSpan(employee_id)).toEqual({ first: '2025-04-10', last: '2025-04-30' });
    });

    it('knows the oldest record', async () => {
      expect(await db.repos.attendance.earliestDate()).toBeNull();
      const { employee_id } = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2024-01-01' }));
      await db.repos.attendance.create({ ...entry(employee_id, '2025-02-03'), team_id: 'DEV' });
      await db.repos.attendance.upsertMany([{ ...entry(employee_id, '2024-11-29'), team_id: 'DEV' }]);
      expect(await db.repos.attendance.earliestDate()).toBe('2024-11-29');
    });

    it('lowers a kept value only, also when 20 writers race', async () => {
      expect(await db.repos.settings.lowerTo('contract:start', '2025-05-05')).toBe('2025-05-05');
      expect(await db.repos.settings.lowerTo('contract:start', '2025-06-01')).toBe('2025-05-05');
      expect(await db.repos.settings.lowerTo('contract:start', '2025-04-01')).toBe('2025-04-01');
      const dates = Array.from({ length: 20 }, (_, i) => `2025-03-${String(10 + i).padStart(2, '0')}`);
      await Promise.all([...dates].reverse().map((date) => db.repos.settings.lowerTo('contract:race', date)));
      expect(await db.repos.settings.get('contract:race')).toBe('2025-03-10');
    });
  });
}
