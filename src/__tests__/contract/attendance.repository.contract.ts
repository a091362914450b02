import type { AttendanceRecord, AttendanceStatus, PersonDayCodes, PersonRecordsFilter } from '../../core/attendance';
import { dayCodesOf, recordCode } from '../../core/attendance-codes';
import { AttendanceExistsError, AttendanceStateError, ForbiddenError, NotFoundError, TeamInUseError, ValidationError } from '../../core/errors';
import type { Repositories } from '../../core/ports';
import type { BackendHandle } from '../support/use-backend';
import { newEmployee, seedTeams, walk, CONTRACT_TODAY } from './fixtures';

const record = (
  employee_id: string,
  attendance_date: string,
  team_id: string,
  status: AttendanceStatus = 'present',
  extra: Partial<AttendanceRecord> = {},
): AttendanceRecord => ({
  employee_id,
  attendance_date,
  team_id,
  status,
  check_in_time: status === 'absent' ? null : '09:00:00',
  check_out_time: null,
  hours_worked: null,
  notes: null,
  ...extra,
});

/** The summary's counts recomputed from the raw records, to hold the database's own counts against. */
async function recount(repos: Repositories, from: string, to: string) {
  const { items } = await walk((page) => repos.attendance.list({ from, to }, page), 100);
  const tally = new Map<string, { present: number; late: number; half_day: number; absent: number; open_records: number }>();
  for (const r of items) {
    const key = `${r.team_id}|${r.attendance_date}`;
    const entry = tally.get(key) ?? { present: 0, late: 0, half_day: 0, absent: 0, open_records: 0 };
    if (r.status === 'present') entry.present += 1;
    if (r.status === 'late') entry.late += 1;
    if (r.status === 'half-day') entry.half_day += 1;
    if (r.status === 'absent') entry.absent += 1;
    if (r.check_in_time !== null && r.check_out_time === null) entry.open_records += 1;
    tally.set(key, entry);
  }
  return tally;
}

async function expectCountsMatchRecords(repos: Repositories, from: string, to: string) {
  const expected = await recount(repos, from, to);
  const { facts } = await repos.attendance.dailyFacts(from, to, null);
  for (const c of facts) {
    expect({ key: `${c.team_id}|${c.date}`, present: c.present, late: c.late, half_day: c.half_day, absent: c.absent, open_records: c.open_records }).toEqual({
      key: `${c.team_id}|${c.date}`,
      ...(expected.get(`${c.team_id}|${c.date}`) ?? { present: 0, late: 0, half_day: 0, absent: 0, open_records: 0 }),
    });
  }
}

export function attendanceRepositoryContract(db: BackendHandle): void {
  describe('AttendanceRepository contract', () => {
    let dev: string[];
    let qa: string[];

    beforeEach(async () => {
      await seedTeams(db.repos, 'DEV', 'QA');
      dev = [];
      qa = [];
      for (let i = 0; i < 3; i++) dev.push((await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-01' }))).employee_id);
      for (let i = 0; i < 2; i++) qa.push((await db.repos.employees.create(newEmployee({ team_id: 'QA', hire_date: '2025-04-09' }))).employee_id);
    });

    it('stores a record and reads it back by employee and date', async () => {
      const created = await db.repos.attendance.create(record(dev[0]!, '2025-04-10', 'DEV', 'late', { check_in_time: '09:20:00', notes: 'Bus' }));
      expect(await db.repos.attendance.get(dev[0]!, '2025-04-10')).toEqual(created);
      expect(await db.repos.attendance.get(dev[0]!, '2025-04-11')).toBeNull();
    });

    /** No team restriction and nobody on a whole-day holiday. */
    const ANYONE = { offTeams: [] };

    const entry = (employee_id: string, attendance_date: string): Omit<AttendanceRecord, 'team_id'> => {
      const { team_id: _team, ...rest } = record(employee_id, attendance_date, 'DEV');
      return rest;
    };

    it('keeps one record per employee per day, also when 20 check-ins race', async () => {
      const results = await Promise.allSettled(Array.from({ length: 20 }, () => db.repos.attendance.checkIn(entry(dev[0]!, '2025-04-10'), ANYONE)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(AttendanceExistsError);
      await expect(db.repos.attendance.create(record(dev[0]!, '2025-04-10', 'DEV'))).rejects.toBeInstanceOf(AttendanceExistsError);
      await expectCountsMatchRecords(db.repos, '2025-04-10', '2025-04-10');
    });

    it('checks in with the team the employee has at that moment, within a given team only', async () => {
      const checkedIn = await db.repos.attendance.checkIn(entry(qa[0]!, '2025-04-10'), { inTeam: 'QA', offTeams: [] });
      expect(checkedIn).toEqual({ ...entry(qa[0]!, '2025-04-10'), team_id: 'QA', version: 1 });
      expect(await db.repos.attendance.get(qa[0]!, '2025-04-10')).toEqual(checkedIn);
      await db.repos.employees.update(qa[0]!, { team_id: 'DEV' }, CONTRACT_TODAY);
      expect(await db.repos.attendance.checkIn(entry(qa[0]!, '2025-04-11'), ANYONE)).toMatchObject({ team_id: 'DEV' });
      await expect(db.repos.attendance.checkIn(entry(qa[0]!, '2025-04-14'), { inTeam: 'QA', offTeams: [] })).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db.repos.attendance.get(qa[0]!, '2025-04-14')).toBeNull();
      await expectCountsMatchRecords(db.repos, '2025-04-10', '2025-04-14');
    });

    it('refuses a check-in for an unknown employee, then one outside the team, then an inactive one, writing nothing', async () => {
      await db.repos.employees.update(dev[1]!, { status: 'inactive' }, CONTRACT_TODAY);
      await expect(db.repos.attendance.checkIn(entry('DEV-404', '2025-04-10'), { inTeam: 'DEV', offTeams: [] })).rejects.toBeInstanceOf(NotFoundError);
      await expect(db.repos.attendance.checkIn(entry(dev[1]!, '2025-04-10'), { inTeam: 'QA', offTeams: [] })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(db.repos.attendance.checkIn(entry(dev[1]!, '2025-04-10'), { inTeam: 'DEV', offTeams: [] })).rejects.toMatchObject({
        code: 'EMPLOYEE_INACTIVE',
      });
      await expect(db.repos.attendance.checkIn(entry(dev[1]!, '2025-04-10'), ANYONE)).rejects.toBeInstanceOf(AttendanceStateError);
      expect(await db.repos.attendance.get(dev[1]!, '2025-04-10')).toBeNull();
      // A record an admin enters is not a check-in: inactive employees may have one; unknown ones not.
      expect(await db.repos.attendance.create(record(dev[1]!, '2025-04-10', 'DEV'))).toMatchObject({ employee_id: dev[1] });
      await expect(db.repos.attendance.create(record('DEV-404', '2025-04-10', 'DEV'))).rejects.toBeInstanceOf(NotFoundError);
    });

    it('changes a record atomically through a function of the stored one, and lets the function refuse', async () => {
      await db.repos.attendance.create(record(dev[0]!, '2025-04-10', 'DEV'));
      const updated = await db.repos.attendance.update(dev[0]!, '2025-04-10', (current) => ({
        ...current,
        check_out_time: '11:00:00',
        hours_worked: 2,
        status: 'half-day',
      }));
      expect(updated).toMatchObject({ status: 'half-day', check_out_time: '11:00:00', hours_worked: 2 });
      expect(await db.repos.attendance.get(dev[0]!, '2025-04-10')).toEqual(updated);
      await expect(
        db.repos.attendance.update(dev[0]!, '2025-04-10', () => {
          throw ValidationError.field('x', 'no');
        }),
      ).rejects.toBeInstanceOf(ValidationError);
      expect(await db.repos.attendance.get(dev[0]!, '2025-04-10')).toEqual(updated);
      expect(await db.repos.attendance.update(dev[0]!, '2025-04-11', (c) => c)).toBeNull();
    });

    it('applies 25 concurrent changes one after another, losing none', async () => {
      await db.repos.attendance.create(record(dev[0]!, '2025-04-10', 'DEV', 'present', { notes: '' }));
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          db.repos.attendance.update(dev[0]!, '2025-04-10', (current) => ({ ...current, notes: `${current.notes ?? ''}${i},` })),
        ),
      );
      const notes = (await db.repos.attendance.get(dev[0]!, '2025-04-10'))!.notes!;
      expect(
        notes
          .split(',')
          .filter(Boolean)
          .map(Number)
          .sort((a, b) => a - b),
      ).toEqual(Array.from({ length: 25 }, (_, i) => i));
    });

    it('deletes a record and reports a missing one', async () => {
      await db.repos.attendance.create(record(dev[0]!, '2025-04-10', 'DEV'));
      expect(await db.repos.attendance.delete(dev[0]!, '2025-04-10')).toBe(true);
      expect(await db.repos.attendance.get(dev[0]!, '2025-04-10')).toBeNull();
      expect(await db.repos.attendance.delete(dev[0]!, '2025-04-10')).toBe(false);
    });

    describe('list', () => {
      beforeEach(async () => {
        const days = ['2025-04-07', '2025-04-08', '2025-04-09', '2025-04-10'];
        for (const day of days) {
          for (const id of dev) await db.repos.attendance.create(record(id, day, 'DEV', id === dev[2] ? 'late' : 'present'));
          for (const id of qa) await db.repos.attendance.create(record(id, day, 'QA', 'absent'));
        }
      });

      const keysOf = async (filter: Parameters<Repositories['attendance']['list']>[0], limit = 3) =>
        (await walk((page) => db.repos.attendance.list(filter, page), limit)).items.map((r) => `${r.attendance_date} ${r.employee_id}`);

      it('walks every record once, newest day first, then by employee id', async () => {
        const all = await keysOf({});
        expect(all).toHaveLength(20);
        const expected = ['2025-04-10', '2025-04-09', '2025-04-08', '2025-04-07'].flatMap((day) => [...dev, ...qa].sort().map((id) => `${day} ${id}`));
        expect(all).toEqual(expected);
        expect(await keysOf({}, 7)).toEqual(expected);
      });

      it('filters by employee, team, status and an inclusive date range', async () => {
        expect(await keysOf({ employee_id: dev[1]! }, 2)).toEqual(['2025-04-10', '2025-04-09', '2025-04-08', '2025-04-07'].map((d) => `${d} ${dev[1]}`));
        expect(await keysOf({ team_id: 'QA', from: '2025-04-09', to: '2025-04-10' })).toEqual(
          ['2025-04-10', '2025-04-09'].flatMap((d) => qa.map((id) => `${d} ${id}`)),
        );
        expect(await keysOf({ status: 'late' })).toEqual(['2025-04-10', '2025-04-09', '2025-04-08', '2025-04-07'].map((d) => `${d} ${dev[2]}`));
        expect(await keysOf({ employee_id: dev[0]!, from: '2025-04-08', to: '2025-04-08' })).toEqual([`2025-04-08 ${dev[0]}`]);
        expect(await keysOf({ employee_id: dev[0]!, team_id: 'QA' })).toEqual([]);
        expect(await keysOf({ team_id: 'DEV', status: 'absent' })).toEqual([]);
        expect(await keysOf({ from: '2025-04-11' })).toEqual([]);
      });

      it("reads every record of the given employees over an inclusive date range, and no one else's", async () => {
        const keys = (await db.repos.attendance.ofEmployees([dev[0]!, qa[1]!, 'DEV-999'], '2025-04-08', '2025-04-09')).map(
          (r) => `${r.attendance_date} ${r.employee_id} ${r.team_id} ${r.status}`,
        );
        expect(keys.sort()).toEqual(
          [`2025-04-08 ${dev[0]} DEV present`, `2025-04-08 ${qa[1]} QA absent`, `2025-04-09 ${dev[0]} DEV present`, `2025-04-09 ${qa[1]} QA absent`].sort(),
        );
        expect(await db.repos.attendance.ofEmployees([dev[2]!], '2025-04-10', '2025-04-10')).toEqual([await db.repos.attendance.get(dev[2]!, '2025-04-10')]);
        expect(await db.repos.attendance.ofEmployees([], '2025-04-01', '2025-04-30')).toEqual([]);
      });

      it('gives per employee their records of a range as facts in date order, with the hours of those that have them', async () => {
        await db.repos.attendance.update(dev[0]!, '2025-04-08', (r) => ({ ...r, check_out_time: '17:30:00', hours_worked: 8.5 }));
        await db.repos.attendance.update(dev[0]!, '2025-04-09', (r) => ({ ...r, check_out_time: '17:15:00', hours_worked: 8.25 }));
        const byId = async (
          filter: Omit<Parameters<Repositories['attendance']['recordsByPerson']>[0], 'from' | 'to'>,
          from = '2025-04-08',
          to = '2025-04-10',
        ) => new Map((await db.repos.attendance.recordsByPerson({ from, to, ...filter })).map((p) => [p.employee_id, p]));
        const everyone = await byId({ team_ids: null });
        expect([...everyone.keys()].sort()).toEqual([...dev, ...qa].sort());
        expect(everyone.get(dev[0]!)).toEqual({
          employee_id: dev[0],
          dates: ['2025-04-08', '2025-04-09', '2025-04-10'],
          statuses: ['present', 'present', 'present'],
          open: [false, false, true],
          hours: 16.75,
          hours_days: 2,
        });
        expect(everyone.get(qa[0]!)).toMatchObject({ statuses: ['absent', 'absent', 'absent'], open: [false, false, false], hours: 0, hours_days: 0 });
        expect([...(await byId({ team_ids: ['QA'] })).keys()].sort()).toEqual([...qa].sort());
        expect([...(await byId({ team_ids: ['DEV'], status: 'late' })).values()]).toEqual([
          expect.objectContaining({ employee_id: dev[2], dates: ['2025-04-08', '2025-04-09', '2025-04-10'], statuses: ['late', 'late', 'late'] }),
        ]);
        expect([...(await byId({ team_ids: null, employee_id: dev[1]! }, '2025-04-07', '2025-04-07')).values()]).toEqual([
          expect.objectContaining({ employee_id: dev[1], dates: ['2025-04-07'] }),
        ]);
        expect((await byId({ team_ids: ['QA'], employee_id: dev[1]! })).size).toBe(0);
        expect([...(await byId({ team_ids: null, employee_ids: [dev[0]!, qa[0]!] })).keys()].sort()).toEqual([dev[0], qa[0]].sort());
        expect([...(await byId({ team_ids: ['QA'], employee_ids: [dev[0]!, qa[0]!] })).keys()]).toEqual([qa[0]]);
        expect((await byId({ team_ids: null, employee_ids: [] })).size).toBe(0);
        const open = await byId({ team_ids: null, open: true });
        expect(open.get(dev[0]!)).toMatchObject({ dates: ['2025-04-10'], open: [true], hours_days: 0 });
        expect(open.has(qa[0]!)).toBe(false);
        expect((await byId({ team_ids: null }, '2025-04-11', '2025-04-30')).size).toBe(0);
        // Two centuries: longer than one read of the PostgreSQL adapter (a day a character below U+D800), so read in parts and joined.
        await db.repos.attendance.create(record(dev[0]!, '2060-01-05', 'DEV', 'late', { check_out_time: '17:00:00', hours_worked: 7 }));
        expect((await byId({ team_ids: null }, '1900-01-01', '2100-12-31')).get(dev[0]!)).toEqual({
          employee_id: dev[0],
          dates: ['2025-04-07', '2025-04-08', '2025-04-09', '2025-04-10', '2060-01-05'],
          statuses: ['present', 'present', 'present', 'present', 'late'],
          open: [true, false, false, true, false],
          hours: 23.75,
          hours_days: 3,
        });
      });

      it('keeps a record in the team it was written for after the employee moves', async () => {
        await db.repos.employees.update(dev[0]!, { team_id: 'QA' }, CONTRACT_TODAY);
        expect((await keysOf({ team_id: 'DEV', employee_id: dev[0]! })).length).toBe(4);
        expect(await keysOf({ team_id: 'QA', employee_id: dev[0]! })).toEqual([]);
      });
    });

    it('counts per team and day what the records say, with the headcount of people employed that day', async () => {
      const closed = { check_out_time: '17:00:00', hours_worked: 8 };
      await db.repos.attendance.create(record(dev[0]!, '2025-04-09', 'DEV', 'present', closed));
      await db.repos.attendance.create(record(dev[1]!, '2025-04-09', 'DEV', 'late'));
      await db.repos.attendance.create(record(dev[2]!, '2025-04-08', 'DEV', 'half-day', closed));
      await db.repos.attendance.create(record(qa[0]!, '2025-04-09', 'QA', 'absent'));
      await db.repos.employees.update(dev[2]!, { status: 'inactive', end_date: '2025-04-08' }, CONTRACT_TODAY);
      const { teamIds, facts } = await db.repos.attendance.dailyFacts('2025-04-08', '2025-04-09', null);
      expect([...teamIds].sort()).toEqual(['DEV', 'QA']);
      const by = (team: string, date: string) => facts.find((c) => c.team_id === team && c.date === date);
      expect(by('DEV', '2025-04-08')).toEqual({
        team_id: 'DEV',
        date: '2025-04-08',
        headcount: 3,
        present: 0,
        late: 0,
        half_day: 1,
        absent: 0,
        open_records: 0,
      });
      expect(by('DEV', '2025-04-09')).toEqual({
        team_id: 'DEV',
        date: '2025-04-09',
        headcount: 2,
        present: 1,
        late: 1,
        half_day: 0,
        absent: 0,
        open_records: 1,
      });
      expect(by('QA', '2025-04-09')).toEqual({ team_id: 'QA', date: '2025-04-09', headcount: 2, present: 0, late: 0, half_day: 0, absent: 1, open_records: 0 });
      expect(by('QA', '2025-04-08')).toMatchObject({ headcount: 0 });
      expect((await db.repos.attendance.dailyFacts('2025-04-09', '2025-04-09', ['QA', 'NOPE'])).teamIds).toEqual(['QA']);
    });

    it('keeps the counts equal to a recount of the records after every kind of write', async () => {
      const from = '2025-04-07';
      const to = '2025-04-10';
      await db.repos.attendance.create(record(dev[0]!, '2025-04-10', 'DEV', 'present'));
      await db.repos.attendance.create(record(dev[1]!, '2025-04-10', 'DEV', 'late'));
      await db.repos.attendance.create(record(qa[0]!, '2025-04-09', 'QA', 'half-day'));
      await expectCountsMatchRecords(db.repos, from, to);
      await db.repos.attendance.update(dev[0]!, '2025-04-10', (c) => ({ ...c, status: 'half-day', check_out_time: '10:00:00', hours_worked: 1 }));
      await expectCountsMatchRecords(db.repos, from, to);
      await db.repos.attendance.update(dev[1]!, '2025-04-10', (c) => ({ ...c, notes: 'only a note' }));
      await expectCountsMatchRecords(db.repos, from, to);
      await db.repos.attendance.delete(qa[0]!, '2025-04-09');
      await expectCountsMatchRecords(db.repos, from, to);
      await db.repos.employees.delete(dev[1]!);
      await expectCountsMatchRecords(db.repos, from, to);
      expect(await db.repos.attendance.get(dev[1]!, '2025-04-10')).toBeNull();
    });

    it('gives the records as one code a day, the same as recordsByPerson, after every kind of write, over months and in parallel', async () => {
      const filters: Omit<PersonRecordsFilter, 'from' | 'to'>[] = [
        { team_ids: null },
        { team_ids: ['QA'] },
        { team_ids: null, status: 'late' },
        { team_ids: null, open: true },
        { team_ids: null, employee_id: dev[0]! },
        { team_ids: ['DEV'], employee_ids: [dev[0]!, qa[0]!] },
        { team_ids: null, employee_ids: [] },
      ];
      const byId = (people: PersonDayCodes[]) => new Map(people.map((p) => [p.employee_id, [...p.codes]]));
      const expectSame = async () => {
        for (const [from, to] of [
          ['2025-03-15', '2025-05-10'],
          ['2025-04-01', '2025-04-01'],
          ['2025-03-31', '2025-04-30'],
          ['2025-05-03', '2025-06-30'],
          // Seven months: read in spans of more than one month each (two filters: the spans, not the filters, are its point).
          ['2025-01-20', '2025-07-05'],
        ] as const)
          for (const filter of from === '2025-01-20' ? filters.slice(0, 2) : filters) {
            const codes = await db.repos.attendance.dayCodesByPerson({ from, to, ...filter });
            const records = dayCodesOf(await db.repos.attendance.recordsByPerson({ from, to, ...filter }), from, to);
            expect(byId(codes)).toEqual(byId(records));
          }
      };
      const closed = { check_out_time: '17:00:00', hours_worked: 8 };
      await db.repos.attendance.create(record(dev[0]!, '2025-03-31', 'DEV', 'present', closed));
      await db.repos.attendance.create(record(dev[0]!, '2025-04-01', 'DEV', 'late'));
      await db.repos.attendance.create(record(dev[1]!, '2025-04-30', 'DEV', 'absent'));
      await db.repos.attendance.create(record(qa[0]!, '2025-05-02', 'QA', 'half-day', closed));
      const april = await db.repos.attendance.dayCodesByPerson({ from: '2025-03-31', to: '2025-04-30', team_ids: null });
      expect(byId(april).get(dev[0]!)).toEqual([recordCode('present', false), recordCode('late', true), ...Array<number>(29).fill(0)]);
      expect(byId(april).get(dev[1]!)?.[30]).toBe(recordCode('absent', false));
      expect(byId(april).has(qa[0]!)).toBe(false);
      await expectSame();
      await db.repos.attendance.update(dev[0]!, '2025-04-01', (r) => ({ ...r, check_out_time: '17:00:00', hours_worked: 8 }));
      await db.repos.attendance.update(dev[1]!, '2025-04-30', (r) => ({ ...r, status: 'late', check_in_time: '10:00:00' }));
      await expectSame();
      await db.repos.attendance.upsertMany([
        record(dev[0]!, '2025-04-01', 'DEV', 'half-day', closed),
        record(dev[2]!, '2025-04-15', 'DEV', 'late'),
        record(qa[1]!, '2025-05-05', 'QA', 'present'),
      ]);
      await expectSame();
      // Writes that leave every mark as it was: a note, and an import of the same records with other times.
      await db.repos.attendance.update(dev[1]!, '2025-04-30', (r) => ({ ...r, notes: 'a note' }));
      await db.repos.attendance.upsertMany([
        record(dev[0]!, '2025-04-01', 'DEV', 'half-day', { ...closed, check_in_time: '08:30:00' }),
        record(qa[1]!, '2025-05-05', 'QA', 'present', { check_in_time: '08:45:00' }),
      ]);
      await expectSame();
      await db.repos.attendance.delete(dev[0]!, '2025-03-31');
      await db.repos.employees.update(dev[2]!, { team_id: 'QA' }, CONTRACT_TODAY);
      await expectSame();
      // Writers of one person's month at once: each must find the others' records when it writes the month again.
      await Promise.all(Array.from({ length: 20 }, (_, i) => db.repos.attendance.create(record(qa[0]!, `2025-06-${String(i + 1).padStart(2, '0')}`, 'QA'))));
      expect(byId(await db.repos.attendance.dayCodesByPerson({ from: '2025-06-01', to: '2025-06-30', team_ids: null })).get(qa[0]!)).toEqual([
        ...Array<number>(20).fill(recordCode('present', true)),
        ...Array<number>(10).fill(0),
      ]);
      await db.repos.employees.delete(dev[1]!);
      await expectSame();
    });

    it("removes an employee's records with the employee, and a repeated delete finds nothing left", async () => {
      for (const day of ['2025-04-07', '2025-04-08', '2025-04-09']) await db.repos.attendance.create(record(dev[0]!, day, 'DEV'));
      expect(await db.repos.employees.delete(dev[0]!)).toBe(true);
      expect((await walk((page) => db.repos.attendance.list({ employee_id: dev[0]! }, page), 10)).items).toEqual([]);
      expect(await db.repos.employees.delete(dev[0]!)).toBe(false);
    });

    it('keeps a team while any record or membership period names it, even with no employees left in it', async () => {
      await db.repos.attendance.create(record(qa[0]!, '2025-04-10', 'QA'));
      for (const id of qa) await db.repos.employees.update(id, { team_id: 'DEV' }, CONTRACT_TODAY);
      await expect(db.repos.teams.delete('QA')).rejects.toBeInstanceOf(TeamInUseError);
      await db.repos.attendance.delete(qa[0]!, '2025-04-10');
      // Their months in QA still count in QA's past headcounts.
      await expect(db.repos.teams.delete('QA')).rejects.toBeInstanceOf(TeamInUseError);
      for (const id of qa) await db.repos.employees.delete(id);
      expect(await db.repos.teams.delete('QA')).toBe(true);
    });
  });
}
