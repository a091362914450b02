import { randomUUID } from 'node:crypto';
import type { AttendanceRecord } from '../../core/attendance';
import type { AuditEntry, AuditFilter, AuditStamp } from '../../core/audit/audit-entry';
import type { AttendanceCorrection } from '../../core/corrections/correction';
import { CorrectionStateError } from '../../core/errors';
import { addEntry, emptyBalance, type NewLedgerEntry } from '../../core/leave/ledger';
import type { LeaveBook } from '../../core/leave/leave-repository';
import type { LeaveRequest } from '../../core/leave/leave-request';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../infrastructure/dynamodb/client';
import { keys } from '../../infrastructure/dynamodb/key-design';
import { dynamoBackends } from '../support/backends';
import { useEmptyBackend } from '../support/use-backend';
import { newEmployee, seedTeams, walk } from './fixtures';

/**
 * What the audit and correction contracts cannot ask of every backend: the
 * trail read from sharded and per-entity collections, an entry refused by
 * DynamoDB itself taking its change down with it, a leave change split over
 * transactions keeping each entry with its row, approvals moving the
 * team-day counters, and an employee's corrections going with them.
 */
describe('audit trail and corrections on DynamoDB', () => {
  const db = useEmptyBackend(dynamoBackends()[0]!);
  const tableName = () => (db.backend.database.description.match(/table (\S+)/) ?? [])[1]!;
  beforeEach(() => seedTeams(db.repos, 'DEV', 'QA'));

  let clock = Date.parse('2025-05-01T08:00:00.000Z');
  /** A stamp a second after the one before: entries in a known order. */
  const stamp = (actor = 'admin', overrides: Partial<AuditStamp> = {}): AuditStamp => {
    clock += 1000;
    return { actor, at: new Date(clock).toISOString(), via: 'rest', client: 'jest', request_id: randomUUID(), ...overrides };
  };
  const record = (employee_id: string, attendance_date: string, overrides: Partial<AttendanceRecord> = {}): AttendanceRecord => ({
    employee_id,
    attendance_date,
    team_id: 'DEV',
    status: 'present',
    check_in_time: '09:00',
    check_out_time: '17:00',
    hours_worked: 8,
    notes: null,
    ...overrides,
  });
  const trail = async (filter: AuditFilter = {}, limit = 7) => (await walk((page) => db.repos.audit.list(filter, page), limit)).items;
  const newestFirst = (entries: AuditEntry[]) => [...entries].sort((a, b) => (a.audit_id < b.audit_id ? 1 : -1));

  it('when audited writes of several kinds land, then each has its entry, and every filter reads them newest first, page after page', async () => {
    const dev = await db.repos.employees.create(newEmployee({ team_id: 'DEV' }), undefined, stamp());
    const qa = await db.repos.employees.create(newEmployee({ team_id: 'QA' }), undefined, stamp());
    for (const day of ['2025-04-07', '2025-04-08', '2025-04-09']) {
      await db.repos.attendance.create(record(dev.employee_id, day), stamp(dev.employee_id));
      await db.repos.attendance.create(record(qa.employee_id, day, { team_id: 'QA' }), stamp('manager'));
    }
    await db.repos.attendance.update(dev.employee_id, '2025-04-07', (r) => ({ ...r, notes: 'late bus' }), stamp());
    await db.repos.attendance.delete(qa.employee_id, '2025-04-09', stamp('manager'));
    await db.repos.teams.rename('QA', 'Quality', stamp());
    await db.repos.scores.create({ employee_id: dev.employee_id, period: '2025-Q1', kpi: 80, completed_task: 80, feedback_360: 80, final_score: 80 }, stamp());

    const all = await trail();
    expect(all).toHaveLength(12);
    expect(all.map((e) => e.audit_id)).toEqual(newestFirst(all).map((e) => e.audit_id));
    expect(new Set(all.map((e) => e.audit_id)).size).toBe(12);
    expect(all[0]).toMatchObject({
      action: 'create',
      entity: 'score',
      entity_id: `${dev.employee_id}/2025-Q1`,
      actor: 'admin',
      via: 'rest',
      client: 'jest',
      before: null,
    });
    expect(all.find((e) => e.entity === 'team')).toMatchObject({
      action: 'update',
      entity_id: 'QA',
      before: { team_name: 'Team QA' },
      after: { team_name: 'Quality' },
    });

    const expectFiltered = async (filter: AuditFilter, keep: (e: AuditEntry) => boolean) => {
      const expected = all.filter(keep);
      expect(expected.length).toBeGreaterThan(0);
      expect(await trail(filter, 2)).toEqual(expected);
    };
    await expectFiltered({ entity: 'attendance' }, (e) => e.entity === 'attendance');
    await expectFiltered({ entity_id: `${dev.employee_id}/2025-04-07` }, (e) => e.entity_id === `${dev.employee_id}/2025-04-07`);
    await expectFiltered({ entity: 'employee', entity_id: qa.employee_id }, (e) => e.entity === 'employee' && e.entity_id === qa.employee_id);
    await expectFiltered({ actor: 'manager' }, (e) => e.actor === 'manager');
    await expectFiltered({ actor: 'admin', entity: 'attendance' }, (e) => e.actor === 'admin' && e.entity === 'attendance');
    await expectFiltered({ entity_id: `${qa.employee_id}/2025-04-09`, actor: 'manager' }, (e) => e.entity_id === `${qa.employee_id}/2025-04-09`);
    const [from, to] = [all[8]!.at, all[3]!.at];
    await expectFiltered({ from, to }, (e) => e.at >= from && e.at <= to);
    await expectFiltered({ from, to, entity: 'attendance' }, (e) => e.at >= from && e.at <= to && e.entity === 'attendance');
    expect(await trail({ from: to, to: from })).toEqual([]);
    expect(await trail({ entity_id: 'NOBODY-001' })).toEqual([]);
  });

  it('when DynamoDB refuses the entry (an item over 400 KB), then the change it describes is not written either', async () => {
    const { employee_id } = await db.repos.employees.create(newEmployee());
    const huge = stamp('admin', { client: 'x'.repeat(410_000) });
    await expect(db.repos.attendance.create(record(employee_id, '2025-04-07'), huge)).rejects.toThrow();
    await expect(
      db.repos.attendance.checkIn({ ...record(employee_id, '2025-04-08'), check_out_time: null, hours_worked: null }, { offTeams: [] }, huge),
    ).rejects.toThrow();
    await expect(db.repos.teams.create({ team_id: 'OPS', team_name: 'Ops' }, huge)).rejects.toThrow();
    expect(await db.repos.attendance.get(employee_id, '2025-04-07')).toBeNull();
    expect(await db.repos.attendance.get(employee_id, '2025-04-08')).toBeNull();
    expect(await db.repos.teams.get('OPS')).toBeNull();
    const { facts } = await db.repos.attendance.dailyFacts('2025-04-07', '2025-04-08', ['DEV']);
    expect(facts.map((f) => f.present + f.open_records)).toEqual([0, 0]);
    expect(await trail()).toEqual([]);
  });

  it('when a leave change is split over several transactions, then each request has its entry, written with it', async () => {
    const { employee_id } = await db.repos.employees.create(newEmployee());
    const days = Array.from({ length: 40 }, (_, i) => `2025-0${6 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, '0')}`);
    const requests = days.map((day): LeaveRequest => ({
      request_id: randomUUID(),
      employee_id,
      team_id: 'DEV',
      code: 'UNPAID',
      from: day,
      to: day,
      half_day: null,
      days: 1,
      charges: {},
      status: 'pending',
      reason: null,
      requested_by: employee_id,
      decided_by: null,
      decided_at: null,
      decision_note: null,
      created_at: '2025-05-01T08:00:00.000Z',
      updated_at: '2025-05-01T08:00:00.000Z',
    }));
    // 40 × (request, pointer, entry) = 120 items: two transactions at least.
    await db.repos.leave.change(
      [employee_id],
      { years: [2025] },
      () => ({
        entries: [],
        requests,
        balances: [],
        audited: requests.map((r) => ({ action: 'create', entity: 'leave_request', entity_id: r.request_id, after: r })),
      }),
      stamp(),
    );
    const entries = await trail({ entity: 'leave_request' }, 15);
    expect(entries.map((e) => e.entity_id).sort()).toEqual(requests.map((r) => r.request_id).sort());
    expect(await trail({ entity_id: requests[33]!.request_id })).toEqual([expect.objectContaining({ after: expect.objectContaining({ from: days[33] }) })]);
  });

  it("when a leave change appends adjustments, then each one's entry is named by the ledger entry it appended", async () => {
    const { employee_id } = await db.repos.employees.create(newEmployee());
    const adjustment = (days: number): NewLedgerEntry => ({
      employee_id,
      code: 'ANNUAL',
      year: 2025,
      kind: 'adjustment',
      days,
      request_id: null,
      reason: 'carried over',
      actor: 'admin',
    });
    const adjusting = (entries: NewLedgerEntry[]) => (books: ReadonlyMap<string, LeaveBook>) => ({
      entries,
      requests: [],
      balances: [entries.reduce((b, e) => addEntry(b, e), books.get(employee_id)!.balances[0] ?? emptyBalance(employee_id, 'ANNUAL', 2025))],
      audited: entries.map((e) => ({ action: 'adjust' as const, entity: 'leave_adjustment' as const, entity_id: '', after: e })),
    });
    await db.repos.leave.change([employee_id], { years: [2025] }, adjusting([adjustment(2)]), stamp());
    await db.repos.leave.change([employee_id], { years: [2025] }, adjusting([adjustment(1), adjustment(-0.5)]), stamp());
    const ledger = (await walk((page) => db.repos.leave.ledger({ employee_id }, page), 10)).items;
    expect(ledger).toHaveLength(3);
    expect((await trail({ entity: 'leave_adjustment' })).map((e) => [e.entity_id, (e.after as { days: number }).days]).sort()).toEqual(
      ledger.map((e) => [e.entry_id, e.days]).sort(),
    );
  });

  describe('corrections', () => {
    const correction = (
      employee_id: string,
      date: string,
      record_version: number | null,
      overrides: Partial<AttendanceCorrection> = {},
    ): AttendanceCorrection => ({
      correction_id: randomUUID(),
      employee_id,
      team_id: 'DEV',
      date,
      check_out_time: '18:00',
      reason: 'forgot to check out',
      state: 'pending',
      record_version,
      requested_by: employee_id,
      decided_by: null,
      decided_at: null,
      decision_note: null,
      created_at: new Date(clock).toISOString(),
      updated_at: new Date(clock).toISOString(),
      ...overrides,
    });
    const decision = { state: 'approved' as const, decided_by: 'admin', decided_at: '2025-05-02T10:00:00.000Z', decision_note: null };
    const counts = async (date: string) => (await db.repos.attendance.dailyFacts(date, date, ['DEV'])).facts[0]!;

    it('when an approval replaces an open record or creates a missing one, then the version and the team-day counters move with it', async () => {
      const { employee_id } = await db.repos.employees.create(newEmployee());
      await db.repos.attendance.create(record(employee_id, '2025-04-07', { check_out_time: null, hours_worked: null }));
      expect(await counts('2025-04-07')).toMatchObject({ present: 1, open_records: 1 });
      const fix = await db.repos.corrections.create(correction(employee_id, '2025-04-07', 1), stamp(employee_id));
      const approved = await db.repos.corrections.approve(
        fix,
        decision,
        record(employee_id, '2025-04-07', { check_out_time: '18:00', hours_worked: 9 }),
        stamp(),
      );
      expect(approved.record.version).toBe(2);
      expect(await db.repos.attendance.get(employee_id, '2025-04-07')).toMatchObject({ check_out_time: '18:00', version: 2 });
      expect(await counts('2025-04-07')).toMatchObject({ present: 1, open_records: 0 });

      const missing = await db.repos.corrections.create(
        correction(employee_id, '2025-04-08', null, { check_in_time: '09:30', status: 'late' }),
        stamp(employee_id),
      );
      await db.repos.corrections.approve(
        missing,
        decision,
        record(employee_id, '2025-04-08', { status: 'late', check_in_time: '09:30', check_out_time: '18:00' }),
        stamp(),
      );
      expect(await counts('2025-04-08')).toMatchObject({ present: 0, late: 1, open_records: 0 });
      const approvals = await trail({ entity: 'correction' });
      expect(approvals.map((e) => e.action)).toEqual(['approve', 'create', 'approve', 'create']);
      expect(approvals[2]).toMatchObject({ before: { state: 'pending', record: { version: 1 } }, after: { state: 'approved', record: { version: 2 } } });
    });

    it('when the record changed after the request, or the correction was decided, then approval writes nothing: not the record, the counters, the state or an entry', async () => {
      const { employee_id } = await db.repos.employees.create(newEmployee());
      await db.repos.attendance.create(record(employee_id, '2025-04-07', { check_out_time: null, hours_worked: null }));
      const stale = await db.repos.corrections.create(correction(employee_id, '2025-04-07', 1));
      await db.repos.attendance.update(employee_id, '2025-04-07', (r) => ({ ...r, notes: 'edited' }));
      await expect(db.repos.corrections.approve(stale, decision, record(employee_id, '2025-04-07'), stamp())).rejects.toMatchObject({ code: 'RECORD_CHANGED' });
      const late = await db.repos.corrections.create(correction(employee_id, '2025-04-09', null));
      await db.repos.attendance.create(record(employee_id, '2025-04-09', { status: 'absent', check_in_time: null, check_out_time: null, hours_worked: null }));
      await expect(db.repos.corrections.approve(late, decision, record(employee_id, '2025-04-09'), stamp())).rejects.toBeInstanceOf(CorrectionStateError);
      const rejected = await db.repos.corrections.create(correction(employee_id, '2025-04-07', 2));
      await db.repos.corrections.close(rejected.correction_id, { ...decision, state: 'rejected' }, stamp());
      await expect(db.repos.corrections.approve(rejected, decision, record(employee_id, '2025-04-07'), stamp())).rejects.toMatchObject({ code: 'NOT_PENDING' });

      expect(await db.repos.attendance.get(employee_id, '2025-04-07')).toMatchObject({ notes: 'edited', check_out_time: null, version: 2 });
      expect(await db.repos.attendance.get(employee_id, '2025-04-09')).toMatchObject({ status: 'absent', version: 1 });
      expect(await counts('2025-04-07')).toMatchObject({ present: 1, open_records: 1 });
      expect((await db.repos.corrections.get(stale.correction_id))!.state).toBe('pending');
      expect((await trail()).map((e) => e.action)).toEqual(['reject']);
    });

    it('when the employee is deleted, then their corrections and the pointers to them go too, and lists by state, team and employee agree', async () => {
      const [a, b] = [await db.repos.employees.create(newEmployee()), await db.repos.employees.create(newEmployee({ team_id: 'QA' }))];
      const made: AttendanceCorrection[] = [];
      for (let i = 0; i < 6; i++) {
        clock += 1000;
        made.push(
          await db.repos.corrections.create(
            correction(i % 2 === 0 ? a.employee_id : b.employee_id, `2025-04-0${i + 1}`, null, { team_id: i % 2 === 0 ? 'DEV' : 'QA' }),
          ),
        );
      }
      await db.repos.corrections.close(made[4]!.correction_id, { ...decision, state: 'cancelled' });
      const list = async (filter: Parameters<typeof db.repos.corrections.list>[0]) =>
        (await walk((page) => db.repos.corrections.list(filter, page), 2)).items.map((c) => c.correction_id);
      const newest = [...made].reverse();
      expect(await list({})).toEqual(newest.map((c) => c.correction_id));
      expect(await list({ state: 'pending', team_id: 'DEV' })).toEqual(newest.filter((c, i) => c.team_id === 'DEV' && i !== 1).map((c) => c.correction_id));
      expect(await list({ employee_id: b.employee_id, from: '2025-04-03' })).toEqual(
        newest.filter((c) => c.employee_id === b.employee_id && c.date >= '2025-04-03').map((c) => c.correction_id),
      );
      expect((await db.repos.corrections.get(made[3]!.correction_id))!.check_out_time).toBe('18:00');
      expect('check_in_time' in (await db.repos.corrections.get(made[3]!.correction_id))!).toBe(false);

      await db.repos.employees.delete(a.employee_id, stamp());
      expect(await list({})).toEqual(newest.filter((c) => c.employee_id === b.employee_id).map((c) => c.correction_id));
      expect(await db.repos.corrections.get(made[0]!.correction_id)).toBeNull();
      expect(await db.repos.corrections.get(made[1]!.correction_id)).not.toBeNull();
      const doc = createDocumentClient({ region: 'us-east-1', endpoint: process.env.TEST_DYNAMODB_ENDPOINT! });
      try {
        const pointer = await doc.send(new GetCommand({ TableName: tableName(), Key: keys.correctionPointer(made[0]!.correction_id) }));
        expect(pointer.Item).toBeUndefined();
      } finally {
        doc.destroy();
      }
    });
  });
});
