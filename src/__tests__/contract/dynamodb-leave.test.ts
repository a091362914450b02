import { randomUUID } from 'node:crypto';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { LeaveTypeInUseError } from '../../core/errors';
import { addEntry, emptyBalance, type LeaveBalance, type NewLedgerEntry } from '../../core/leave/ledger';
import type { LeaveRequest } from '../../core/leave/leave-request';
import { createDocumentClient } from '../../infrastructure/dynamodb/client';
import { upgradeDynamoData } from '../../infrastructure/dynamodb/dynamodb.database';
import { keys } from '../../infrastructure/dynamodb/key-design';
import { dynamoBackends } from '../support/backends';
import { useEmptyBackend } from '../support/use-backend';
import { newEmployee, seedTeams, walk } from './fixtures';

/**
 * What the leave contract cannot ask of every backend: DynamoDB's
 * 100-item transactions, the type use count and tombstones, the one-off
 * upgrade, and leave counted in a team it was not filed in.
 */
describe('leave on DynamoDB', () => {
  const db = useEmptyBackend(dynamoBackends()[0]!);
  const tableName = () => (db.backend.database.description.match(/table (\S+)/) ?? [])[1]!;
  beforeEach(() => seedTeams(db.repos, 'DEV', 'QA'));

  const grant = (employee_id: string, days: number, code = 'ANNUAL'): NewLedgerEntry => ({
    employee_id,
    code,
    year: 2025,
    kind: 'grant',
    days,
    request_id: null,
    reason: null,
    actor: 'system',
  });
  const request = (employee_id: string, overrides: Partial<LeaveRequest> = {}): LeaveRequest => ({
    request_id: randomUUID(),
    employee_id,
    team_id: 'DEV',
    code: 'ANNUAL',
    from: '2025-04-07',
    to: '2025-04-07',
    half_day: null,
    days: 1,
    charges: {},
    status: 'approved',
    reason: null,
    requested_by: employee_id,
    decided_by: null,
    decided_at: null,
    decision_note: null,
    created_at: new Date().toISOString(),
    updated_at: new Date().toISOString(),
    ...overrides,
  });
  /** Entries appended for each employee, with the balances they leave. */
  const granting = (perEmployee: Map<string, NewLedgerEntry[]>) => () => {
    const balances: LeaveBalance[] = [];
    for (const [id, entries] of perEmployee) {
      const byCode = new Map<string, LeaveBalance>();
      for (const e of entries) byCode.set(e.code, addEntry(byCode.get(e.code) ?? emptyBalance(id, e.code, e.year), e));
      balances.push(...byCode.values());
    }
    return { entries: [...perEmployee.values()].flat(), requests: [], balances };
  };

  it('when one change holds more than 100 items, then it is written in several guarded transactions, in order, and the next change follows on', async () => {
    const { employee_id } = await db.repos.employees.create(newEmployee());
    const entries = Array.from({ length: 130 }, () => grant(employee_id, 0.5));
    await db.repos.leave.change([employee_id], { years: [2025] }, granting(new Map([[employee_id, entries]])));
    await db.repos.leave.change([employee_id], { years: [2025] }, (books) => {
      const b = books.get(employee_id)!.balances[0]!;
      const adjustment: NewLedgerEntry = { ...grant(employee_id, -1), kind: 'adjustment', reason: 'correction', actor: 'admin' };
      return { entries: [adjustment], requests: [], balances: [addEntry(b, adjustment)] };
    });
    const ledger = (await walk((page) => db.repos.leave.ledger({ employee_id }, page), 40)).items;
    expect(ledger).toHaveLength(131);
    expect(ledger.map((e) => e.kind)).toEqual([...Array<string>(130).fill('grant'), 'adjustment']);
    expect(new Set(ledger.map((e) => e.entry_id)).size).toBe(131);
    expect(ledger.map((e) => e.entry_id)).toEqual([...ledger.map((e) => e.entry_id)].sort());
    expect(await db.repos.leave.balances([employee_id], [2025])).toEqual([
      { employee_id, year: 2025, code: 'ANNUAL', allocated: 65, adjusted: -1, taken: 0, pending: 0, available: 64 },
    ]);
  });

  it('when an import names a new type for 25 employees over several transactions, then the type counts each once, and is free again once they are gone', async () => {
    await db.repos.leave.createType({ code: 'STUDY', name: 'Study', paid: true, annual_allowance_days: 5, allow_half_day: false, allow_negative: false });
    const people = await Promise.all(Array.from({ length: 25 }, (_, i) => db.repos.employees.create(newEmployee({ team_id: i % 2 === 0 ? 'DEV' : 'QA' }))));
    const ids = people.map((p) => p.employee_id);
    await db.repos.leave.change(ids, { years: [2025] }, granting(new Map(ids.map((id) => [id, [grant(id, 5, 'STUDY'), grant(id, 1, 'STUDY')]]))));
    const balances = await db.repos.leave.balances(ids, [2025]);
    // 25 × (guard, employee check, two entries, a balance) = 125 items: two transactions at least.
    expect(balances).toHaveLength(25);
    expect(balances.every((b) => b.allocated === 6)).toBe(true);
    await expect(db.repos.leave.deleteType('STUDY')).rejects.toBeInstanceOf(LeaveTypeInUseError);
    for (const id of ids.slice(1)) await db.repos.employees.delete(id);
    await expect(db.repos.leave.deleteType('STUDY')).rejects.toBeInstanceOf(LeaveTypeInUseError);
    await db.repos.employees.delete(ids[0]!);
    expect(await db.repos.leave.deleteType('STUDY')).toBe(true);
  });

  it('when a built-in type is deleted and the upgrades run again, then it stays deleted, and its code can be created anew', async () => {
    expect(await db.repos.leave.deleteType('UNPAID')).toBe(true);
    const doc = createDocumentClient({ region: 'us-east-1', endpoint: process.env.TEST_DYNAMODB_ENDPOINT });
    try {
      await doc.send(new DeleteCommand({ TableName: tableName(), Key: keys.setting('upgrade:work-calendar') }));
      expect(await upgradeDynamoData(doc, tableName())).toBe(true);
      expect(await upgradeDynamoData(doc, tableName())).toBe(false);
    } finally {
      doc.destroy();
    }
    expect(await db.repos.leave.getType('UNPAID')).toBeNull();
    expect((await db.repos.leave.listTypes()).map((t) => t.code)).toEqual(['ANNUAL', 'SICK']);
    await db.repos.leave.createType({ code: 'UNPAID', name: 'Unpaid', paid: false, annual_allowance_days: 0, allow_half_day: false, allow_negative: true });
    expect(await db.repos.leave.getType('UNPAID')).toMatchObject({ name: 'Unpaid', allow_half_day: false });
  });

  it('when a type was never made, then a change naming it writes nothing', async () => {
    const { employee_id } = await db.repos.employees.create(newEmployee());
    await expect(
      db.repos.leave.change([employee_id], { years: [2025] }, granting(new Map([[employee_id, [grant(employee_id, 1, 'NOPE')]]]))),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(await db.repos.leave.balances([employee_id], [2025])).toEqual([]);
  });

  it('when a request is rewritten with another last day, then it is refused: its dates are its key', async () => {
    const { employee_id } = await db.repos.employees.create(newEmployee());
    const asked = request(employee_id, { status: 'pending' });
    await db.repos.leave.change([employee_id], { years: [] }, () => ({ entries: [], requests: [asked], balances: [] }));
    await expect(
      db.repos.leave.change([employee_id], { years: [] }, () => ({ entries: [], requests: [{ ...asked, to: '2025-04-08' }], balances: [] })),
    ).rejects.toThrow(/other dates/);
    expect(await db.repos.leave.getRequest(asked.request_id)).toEqual(asked);
  });

  it('when leave was approved in one team and its person moved before it began, then only the other team, asked alone, counts it', async () => {
    const { employee_id } = await db.repos.employees.create(newEmployee({ hire_date: '2025-01-06' }));
    await db.repos.leave.change([employee_id], { years: [] }, () => ({
      entries: [],
      requests: [request(employee_id, { from: '2025-04-08', to: '2025-04-09' })],
      balances: [],
    }));
    await db.repos.employees.update(employee_id, { team_id: 'QA' }, '2025-04-01');
    const qa = await db.repos.attendance.dailyFacts('2025-04-08', '2025-04-09', ['QA']);
    expect(qa.facts.map((f) => f.leave)).toEqual([{ day: { people: 1, attended: 0, recorded: 0 } }, { day: { people: 1, attended: 0, recorded: 0 } }]);
    const dev = await db.repos.attendance.dailyFacts('2025-04-08', '2025-04-09', ['DEV']);
    expect(dev.facts.map((f) => f.leave)).toEqual([undefined, undefined]);
    const everyone = await db.repos.attendance.dailyFacts('2025-04-08', '2025-04-09', null);
    expect(everyone.facts.filter((f) => f.leave).map((f) => [f.team_id, f.date])).toEqual([
      ['QA', '2025-04-08'],
      ['QA', '2025-04-09'],
    ]);
  });
});
