import type { AttendanceRecord } from '../../core/attendance';
import type { AuditStamp } from '../../core/audit/audit-entry';
import type { AttendanceCorrection, CorrectionDecision } from '../../core/corrections/correction';
import { CorrectionStateError, NotFoundError } from '../../core/errors';
import type { BackendHandle } from '../support/use-backend';
import { newEmployee, seedTeams, walk } from './fixtures';

let sequence = 0;
const stamp = (): AuditStamp => ({
  actor: 'admin',
  via: 'rest',
  client: null,
  request_id: null,
  at: new Date(Date.UTC(2031, 5, 1) + ++sequence).toISOString(),
});

function correction(employee_id: string, date: string, overrides: Partial<AttendanceCorrection> = {}): AttendanceCorrection {
  sequence += 1;
  const at = new Date(Date.UTC(2025, 5, 1) + sequence * 1000).toISOString();
  return {
    correction_id: `c-${sequence}-${process.pid}`,
    employee_id,
    team_id: 'DEV',
    date,
    check_out_time: '17:00:00',
    reason: 'Forgot to check out',
    state: 'pending',
    record_version: null,
    requested_by: employee_id,
    decided_by: null,
    decided_at: null,
    decision_note: null,
    created_at: at,
    updated_at: at,
    ...overrides,
  };
}

const decided = (state: CorrectionDecision['state']): CorrectionDecision => ({
  state,
  decided_by: 'admin',
  decided_at: '2025-06-02T10:00:00.000Z',
  decision_note: 'ok',
});

const written = (employee_id: string, attendance_date: string, overrides: Partial<AttendanceRecord> = {}): AttendanceRecord => ({
  employee_id,
  attendance_date,
  team_id: 'DEV',
  status: 'present',
  check_in_time: '09:00:00',
  check_out_time: '17:00:00',
  hours_worked: 8,
  notes: null,
  ...overrides,
});

export function correctionRepositoryContract(db: BackendHandle): void {
  describe('CorrectionRepository contract', () => {
    let dev: string;
    beforeEach(async () => {
      await seedTeams(db.repos, 'DEV', 'QA');
      dev = (await db.repos.employees.create(newEmployee())).employee_id;
    });

    it('stores a correction as asked (fields left out stay left out) and reads it back; an unknown employee is refused', async () => {
      const created = await db.repos.corrections.create(correction(dev, '2025-05-06', { status: 'late' }));
      expect(created).toMatchObject({
        employee_id: dev,
        date: '2025-05-06',
        check_out_time: '17:00:00',
        status: 'late',
        state: 'pending',
        record_version: null,
      });
      expect(created.check_in_time).toBeUndefined();
      expect(await db.repos.corrections.get(created.correction_id)).toEqual(created);
      expect(await db.repos.corrections.get('nope')).toBeNull();
      await expect(db.repos.corrections.create(correction('DEV-999', '2025-05-06'))).rejects.toBeInstanceOf(NotFoundError);
    });

    it('approves: writes the record (created, version 1), closes the correction and audits both in one entry', async () => {
      const asked = await db.repos.corrections.create(correction(dev, '2025-05-06'));
      const result = await db.repos.corrections.approve(asked, decided('approved'), written(dev, '2025-05-06'), stamp());
      expect(result.correction).toMatchObject({ state: 'approved', decided_by: 'admin', decision_note: 'ok' });
      expect(result.record).toMatchObject({ check_out_time: '17:00:00', version: 1 });
      expect(await db.repos.attendance.get(dev, '2025-05-06')).toMatchObject({ check_out_time: '17:00:00', hours_worked: 8, version: 1 });
      const [entry] = (await db.repos.audit.list({ entity: 'correction' }, { limit: 10 })).items;
      expect(entry).toMatchObject({
        action: 'approve',
        entity_id: asked.correction_id,
        before: { state: 'pending', record: null },
        after: { state: 'approved', record: { version: 1 } },
        reason: 'ok',
      });
      await expect(db.repos.corrections.approve(asked, decided('approved'), written(dev, '2025-05-06'))).rejects.toMatchObject({ code: 'NOT_PENDING' });
    });

    it('approves onto the version asked about only: a record changed (or made) since is RECORD_CHANGED and nothing is written', async () => {
      await db.repos.attendance.create(written(dev, '2025-05-07', { check_out_time: null, hours_worked: null }));
      const asked = await db.repos.corrections.create(correction(dev, '2025-05-07', { record_version: 1 }));
      await db.repos.attendance.update(dev, '2025-05-07', (r) => ({ ...r, notes: 'edited meanwhile' }));
      await expect(db.repos.corrections.approve(asked, decided('approved'), written(dev, '2025-05-07'), stamp())).rejects.toBeInstanceOf(CorrectionStateError);
      expect(await db.repos.attendance.get(dev, '2025-05-07')).toMatchObject({ check_out_time: null, notes: 'edited meanwhile', version: 2 });
      expect(await db.repos.corrections.get(asked.correction_id)).toMatchObject({ state: 'pending' });

      const noRecord = await db.repos.corrections.create(correction(dev, '2025-05-08'));
      await db.repos.attendance.create(written(dev, '2025-05-08'));
      await expect(db.repos.corrections.approve(noRecord, decided('approved'), written(dev, '2025-05-08', { notes: 'x' }))).rejects.toMatchObject({
        code: 'RECORD_CHANGED',
      });

      const current = await db.repos.corrections.create(correction(dev, '2025-05-07', { record_version: 2 }));
      const { record } = await db.repos.corrections.approve(current, decided('approved'), written(dev, '2025-05-07', { notes: 'edited meanwhile' }));
      expect(record).toMatchObject({ version: 3, check_out_time: '17:00:00' });
      expect((await db.repos.audit.list({}, { limit: 10 })).items).toEqual([]);
    });

    it('rejects and cancels a pending correction only', async () => {
      const a = await db.repos.corrections.create(correction(dev, '2025-05-06'));
      expect(await db.repos.corrections.close(a.correction_id, decided('rejected'), stamp())).toMatchObject({ state: 'rejected', decided_by: 'admin' });
      await expect(db.repos.corrections.close(a.correction_id, decided('cancelled'))).rejects.toMatchObject({ code: 'NOT_PENDING' });
      expect(await db.repos.corrections.close('nope', decided('cancelled'))).toBeNull();
      expect(await db.repos.attendance.get(dev, '2025-05-06')).toBeNull();
      const [entry] = (await db.repos.audit.list({}, { limit: 10 })).items;
      expect(entry).toMatchObject({
        action: 'reject',
        entity: 'correction',
        entity_id: a.correction_id,
        before: { state: 'pending' },
        after: { state: 'rejected' },
      });
    });

    it('lets one of 10 racing approvals through', async () => {
      const asked = await db.repos.corrections.create(correction(dev, '2025-05-09'));
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, () => db.repos.corrections.approve(asked, decided('approved'), written(dev, '2025-05-09'), stamp())),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(CorrectionStateError);
      expect(await db.repos.attendance.get(dev, '2025-05-09')).toMatchObject({ version: 1 });
      expect((await db.repos.audit.list({ entity: 'correction' }, { limit: 20 })).items).toHaveLength(1);
    });

    it('lists newest first, filtered by employee, team, state and days', async () => {
      const qa = (await db.repos.employees.create(newEmployee({ team_id: 'QA' }))).employee_id;
      const made = [
        await db.repos.corrections.create(correction(dev, '2025-05-01')),
        await db.repos.corrections.create(correction(qa, '2025-05-02', { team_id: 'QA' })),
        await db.repos.corrections.create(correction(dev, '2025-05-03')),
        await db.repos.corrections.create(correction(dev, '2025-05-04')),
      ];
      await db.repos.corrections.close(made[2]!.correction_id, decided('cancelled'));
      const ids = async (filter: Parameters<typeof db.repos.corrections.list>[0]) =>
        (await walk((page) => db.repos.corrections.list(filter, page), 1)).items.map((c) => c.date);
      expect(await ids({})).toEqual(['2025-05-04', '2025-05-03', '2025-05-02', '2025-05-01']);
      expect(await ids({ team_id: 'DEV' })).toEqual(['2025-05-04', '2025-05-03', '2025-05-01']);
      expect(await ids({ employee_id: qa })).toEqual(['2025-05-02']);
      expect(await ids({ state: 'pending', team_id: 'DEV' })).toEqual(['2025-05-04', '2025-05-01']);
      expect(await ids({ from: '2025-05-02', to: '2025-05-03' })).toEqual(['2025-05-03', '2025-05-02']);
    });
  });
}
