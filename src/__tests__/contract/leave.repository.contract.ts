import { randomUUID } from 'node:crypto';
import { LeaveTypeExistsError, LeaveTypeInUseError, NotFoundError } from '../../core/errors';
import { addEntry, addPending, balanceOf, emptyBalance, type LeaveBalance, type NewLedgerEntry } from '../../core/leave/ledger';
import type { LeaveBook, LeaveChange } from '../../core/leave/leave-repository';
import { requestBrief, type LeaveRequest } from '../../core/leave/leave-request';
import type { BackendHandle } from '../support/use-backend';
import { CONTRACT_TODAY, newEmployee, seedTeams, walk } from './fixtures';

const request = (employee_id: string, overrides: Partial<LeaveRequest> = {}): LeaveRequest => ({
  request_id: randomUUID(),
  employee_id,
  team_id: 'DEV',
  code: 'ANNUAL',
  from: '2025-04-07',
  to: '2025-04-08',
  half_day: null,
  days: 2,
  charges: { '2025': 2 },
  status: 'pending',
  reason: null,
  requested_by: employee_id,
  decided_by: null,
  decided_at: null,
  decision_note: null,
  created_at: new Date().toISOString(),
  updated_at: new Date().toISOString(),
  ...overrides,
});

const grant = (employee_id: string, days: number, year = 2025, code = 'ANNUAL'): NewLedgerEntry => ({
  employee_id,
  code,
  year,
  kind: 'grant',
  days,
  request_id: null,
  reason: null,
  actor: 'system',
});

function stored(book: LeaveBook, code: string, year: number): LeaveBalance {
  return book.balances.find((b) => b.code === code && b.year === year) ?? emptyBalance(book.employee_id, code, year);
}

/** A decision that appends entries and files requests, with the balances they leave. */
function appending(employeeId: string, entries: NewLedgerEntry[], requests: LeaveRequest[] = []) {
  return (books: ReadonlyMap<string, LeaveBook>): LeaveChange => {
    const book = books.get(employeeId)!;
    const balances = new Map<string, LeaveBalance>();
    const touch = (code: string, year: number, step: (b: LeaveBalance) => LeaveBalance) => {
      const key = `${code}/${year}`;
      balances.set(key, step(balances.get(key) ?? stored(book, code, year)));
    };
    for (const entry of entries) touch(entry.code, entry.year, (b) => addEntry(b, entry));
    for (const r of requests)
      for (const [year, days] of Object.entries(r.charges)) if (r.status === 'pending') touch(r.code, Number(year), (b) => addPending(b, days));
    return { entries, requests, balances: [...balances.values()] };
  };
}

export function leaveRepositoryContract(db: BackendHandle): void {
  describe('LeaveRepository contract', () => {
    beforeEach(() => seedTeams(db.repos, 'DEV', 'QA'));

    it('has the built-in types, and creates, changes and deletes others; a type in use stays', async () => {
      const codes = (await db.repos.leave.listTypes()).map((t) => t.code);
      expect(codes).toEqual(expect.arrayContaining(['ANNUAL', 'SICK', 'UNPAID']));
      expect(await db.repos.leave.getType('ANNUAL')).toMatchObject({
        name: 'Annual leave',
        paid: true,
        annual_allowance_days: 20,
        allow_half_day: true,
        allow_negative: false,
      });
      expect(await db.repos.leave.getType('UNPAID')).toMatchObject({ paid: false, annual_allowance_days: 0, allow_negative: true });
      const code = `T${process.pid % 1000}X${Date.now() % 100000}`;
      const made = await db.repos.leave.createType({ code, name: 'Study', paid: true, annual_allowance_days: 5, allow_half_day: false, allow_negative: false });
      expect(made.created_at).toEqual(expect.any(String));
      await expect(db.repos.leave.createType({ ...made })).rejects.toBeInstanceOf(LeaveTypeExistsError);
      expect(await db.repos.leave.updateType(code, { annual_allowance_days: 6.5, name: 'Study leave' })).toMatchObject({
        code,
        annual_allowance_days: 6.5,
        name: 'Study leave',
        paid: true,
      });
      expect(await db.repos.leave.updateType('NOPE_NOPE', { name: 'x' })).toBeNull();
      expect((await db.repos.leave.listTypes()).map((t) => t.code)).toEqual([...(await db.repos.leave.listTypes()).map((t) => t.code)].sort());

      const { employee_id } = await db.repos.employees.create(newEmployee());
      await db.repos.leave.change([employee_id], { years: [2025] }, appending(employee_id, [grant(employee_id, 5, 2025, code)]));
      await expect(db.repos.leave.deleteType(code)).rejects.toBeInstanceOf(LeaveTypeInUseError);
      await db.repos.employees.delete(employee_id);
      expect(await db.repos.leave.deleteType(code)).toBe(true);
      expect(await db.repos.leave.deleteType(code)).toBe(false);
      expect(await db.repos.leave.getType(code)).toBeNull();
    });

    it('writes a change whole: entries in order, requests, running balances; reads them back', async () => {
      const { employee_id } = await db.repos.employees.create(newEmployee());
      const asked = request(employee_id);
      await db.repos.leave.change([employee_id], { years: [2025] }, appending(employee_id, [grant(employee_id, 15)], [asked]));
      expect(await db.repos.leave.balances([employee_id], [2025])).toEqual([
        { employee_id, year: 2025, code: 'ANNUAL', allocated: 15, adjusted: 0, taken: 0, pending: 2, available: 13 },
      ]);
      expect(await db.repos.leave.getRequest(asked.request_id)).toEqual(asked);

      // The next decision sees the book as written: balances of the years asked, live requests overlapping the dates.
      let seen: LeaveBook | undefined;
      await db.repos.leave.change([employee_id], { years: [2025, 2026], from: '2025-04-08', to: '2025-04-30' }, (books) => {
        seen = books.get(employee_id);
        return { entries: [], requests: [], balances: [] };
      });
      expect(seen!.balances.map((b) => [b.code, b.year, b.available])).toEqual([['ANNUAL', 2025, 13]]);
      expect(seen!.requests.map((r) => r.request_id)).toEqual([asked.request_id]);
      await db.repos.leave.change([employee_id], { years: [2025], from: '2025-04-09', to: '2025-04-30' }, (books) => {
        seen = books.get(employee_id);
        return { entries: [], requests: [], balances: [] };
      });
      expect(seen!.requests).toEqual([]);

      const approved: LeaveRequest = { ...asked, status: 'approved', decided_by: 'admin', decided_at: new Date().toISOString() };
      const taken: NewLedgerEntry = {
        employee_id,
        code: 'ANNUAL',
        year: 2025,
        kind: 'taken',
        days: -2,
        request_id: asked.request_id,
        reason: null,
        actor: 'admin',
      };
      await db.repos.leave.change([employee_id], { years: [2025] }, (books) => {
        const b = addEntry(addPending(stored(books.get(employee_id)!, 'ANNUAL', 2025), -2), taken);
        return { entries: [taken], requests: [approved], balances: [b] };
      });
      expect(await db.repos.leave.balances([employee_id], [2025])).toEqual([
        { employee_id, year: 2025, code: 'ANNUAL', allocated: 15, adjusted: 0, taken: 2, pending: 0, available: 13 },
      ]);
      expect(await db.repos.leave.getRequest(asked.request_id)).toEqual(approved);

      const ledger = await walk((page) => db.repos.leave.ledger({ employee_id }, page), 1);
      expect(ledger.items.map((e) => [e.kind, e.days, e.request_id, e.actor])).toEqual([
        ['grant', 15, null, 'system'],
        ['taken', -2, asked.request_id, 'admin'],
      ]);
      expect(ledger.items[0]!.at <= ledger.items[1]!.at).toBe(true);
      expect(new Set(ledger.items.map((e) => e.entry_id)).size).toBe(2);
      expect((await walk((page) => db.repos.leave.ledger({ employee_id, year: 2024 }, page), 5)).items).toEqual([]);
      expect((await walk((page) => db.repos.leave.ledger({ employee_id, code: 'SICK' }, page), 5)).items).toEqual([]);
      expect((await walk((page) => db.repos.leave.ledger({ employee_id, year: 2025, code: 'ANNUAL' }, page), 5)).items).toHaveLength(2);
    });

    it('writes nothing when the decision refuses, and refuses an employee that does not exist', async () => {
      const { employee_id } = await db.repos.employees.create(newEmployee());
      await expect(
        db.repos.leave.change([employee_id], { years: [2025] }, () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      await expect(db.repos.leave.change(['DEV-999'], { years: [2025] }, appending('DEV-999', [grant('DEV-999', 1)]))).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.repos.leave.balances([employee_id, 'DEV-999'], [2025])).toEqual([]);
    });

    it('never lets 20 racing reservations take more than the balance, and the running balance is the ledger’s', async () => {
      const { employee_id } = await db.repos.employees.create(newEmployee());
      await db.repos.leave.change([employee_id], { years: [2025] }, appending(employee_id, [grant(employee_id, 3)]));
      const tries = Array.from({ length: 20 }, (_, i) => {
        const date = `2025-05-${String(i + 1).padStart(2, '0')}`;
        return db.repos.leave.change([employee_id], { years: [2025], from: date, to: date }, async (books) => {
          const balance = stored(books.get(employee_id)!, 'ANNUAL', 2025);
          // Give the others a chance to read the same balance before this one writes.
          await new Promise((resolve) => setTimeout(resolve, 1));
          if (balance.available < 1) throw new Error('no balance');
          const asked = request(employee_id, { from: date, to: date, days: 1, charges: { '2025': 1 } });
          return { entries: [], requests: [asked], balances: [addPending(balance, 1)] };
        });
      });
      const results = await Promise.allSettled(tries);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      const pending = await walk((page) => db.repos.leave.listRequests({ employee_id, status: 'pending' }, page), 50);
      expect(pending.items).toHaveLength(3);
      const ledger = await walk((page) => db.repos.leave.ledger({ employee_id }, page), 50);
      const recomputed = balanceOf(
        employee_id,
        'ANNUAL',
        2025,
        ledger.items,
        pending.items.reduce((sum, r) => sum + (r.charges['2025'] ?? 0), 0),
      );
      expect(await db.repos.leave.balances([employee_id], [2025])).toEqual([recomputed]);
      expect(recomputed.available).toBe(0);
    });

    it('changes several employees in one step (an import)', async () => {
      const a = await db.repos.employees.create(newEmployee());
      const b = await db.repos.employees.create(newEmployee({ team_id: 'QA' }));
      await db.repos.leave.change([a.employee_id, b.employee_id], { years: [2025] }, (books) => {
        const one = appending(a.employee_id, [grant(a.employee_id, 4)])(books);
        const two = appending(b.employee_id, [grant(b.employee_id, 6)])(books);
        return { entries: [...one.entries, ...two.entries], requests: [], balances: [...one.balances, ...two.balances] };
      });
      const balances = await db.repos.leave.balances([a.employee_id, b.employee_id], [2025, 2026]);
      expect(balances.map((x) => [x.employee_id, x.allocated]).sort()).toEqual(
        [
          [a.employee_id, 4],
          [b.employee_id, 6],
        ].sort(),
      );
    });

    it('lists requests newest first, filtered by employee, team, status and overlapping dates; approved leave by team and dates', async () => {
      const a = await db.repos.employees.create(newEmployee());
      const b = await db.repos.employees.create(newEmployee({ team_id: 'QA' }));
      const at = (n: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, n)).toISOString();
      const made = [
        request(a.employee_id, { from: '2025-03-03', to: '2025-03-04', created_at: at(1), status: 'approved', charges: {} }),
        request(a.employee_id, { from: '2025-06-02', to: '2025-06-02', created_at: at(2), half_day: 'am', days: 0.5, charges: { '2025': 0.5 } }),
        request(b.employee_id, { team_id: 'QA', from: '2025-03-04', to: '2025-03-10', created_at: at(3), status: 'approved', charges: {} }),
        request(b.employee_id, { team_id: 'QA', from: '2025-12-29', to: '2026-01-02', created_at: at(3), status: 'rejected', charges: {} }),
      ];
      await db.repos.leave.change([a.employee_id, b.employee_id], { years: [2025, 2026] }, (books) => {
        const one = appending(a.employee_id, [], made.slice(0, 2))(books);
        const two = appending(b.employee_id, [], made.slice(2))(books);
        return { entries: [], requests: made, balances: [...one.balances, ...two.balances] };
      });
      const newestFirst = [...made].sort((x, y) => y.created_at.localeCompare(x.created_at) || (y.request_id < x.request_id ? -1 : 1)).map((r) => r.request_id);
      expect((await walk((page) => db.repos.leave.listRequests({}, page), 1)).items.map((r) => r.request_id)).toEqual(newestFirst);
      const ids = async (filter: Parameters<typeof db.repos.leave.listRequests>[0]) =>
        (await walk((page) => db.repos.leave.listRequests(filter, page), 2)).items.map((r) => r.request_id).sort();
      expect(await ids({ employee_id: a.employee_id })).toEqual([made[0]!.request_id, made[1]!.request_id].sort());
      expect(await ids({ team_id: 'QA' })).toEqual([made[2]!.request_id, made[3]!.request_id].sort());
      expect(await ids({ status: 'approved' })).toEqual([made[0]!.request_id, made[2]!.request_id].sort());
      expect(await ids({ from: '2025-03-04', to: '2025-03-04' })).toEqual([made[0]!.request_id, made[2]!.request_id].sort());
      expect(await ids({ from: '2026-01-01' })).toEqual([made[3]!.request_id]);
      expect(await ids({ to: '2025-03-03' })).toEqual([made[0]!.request_id]);
      expect(await ids({ team_id: 'QA', status: 'pending' })).toEqual([]);

      const approved = (who: Parameters<typeof db.repos.leave.approvedBetween>[2], from = '2025-03-01', to = '2025-03-31') =>
        db.repos.leave.approvedBetween(from, to, who).then((rs) => rs.map((r) => r.request_id).sort());
      expect(await approved({ team_ids: null })).toEqual([made[0]!.request_id, made[2]!.request_id].sort());
      expect(await approved({ team_ids: ['QA'] })).toEqual([made[2]!.request_id]);
      expect(await approved({ team_ids: [] })).toEqual([]);
      expect(await approved({ employee_id: a.employee_id })).toEqual([made[0]!.request_id]);
      expect(await approved({ team_ids: null }, '2025-03-05', '2025-03-05')).toEqual([made[2]!.request_id]);
      expect(await approved({ team_ids: null }, '2025-06-01', '2026-12-31')).toEqual([]);
    });

    it("reads the first matching requests' briefs, newest first, and counts them all, by the list's filters and a leave type", async () => {
      const a = await db.repos.employees.create(newEmployee());
      const b = await db.repos.employees.create(newEmployee({ team_id: 'QA' }));
      const at = (n: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, n)).toISOString();
      const made = [
        request(a.employee_id, { from: '2025-03-03', to: '2025-03-04', created_at: at(1), status: 'approved', charges: {} }),
        request(a.employee_id, { code: 'SICK', from: '2025-06-02', to: '2025-06-02', created_at: at(2), half_day: 'pm', days: 0.5, charges: { '2025': 0.5 } }),
        request(b.employee_id, { team_id: 'QA', code: 'SICK', from: '2025-03-04', to: '2025-03-10', created_at: at(3), status: 'approved', charges: {} }),
        request(b.employee_id, { team_id: 'QA', from: '2025-12-29', to: '2026-01-02', created_at: at(3), status: 'rejected', reason: 'Away', charges: {} }),
      ];
      await db.repos.leave.change([a.employee_id, b.employee_id], { years: [2025, 2026] }, (books) => {
        const one = appending(a.employee_id, [], made.slice(0, 2))(books);
        const two = appending(b.employee_id, [], made.slice(2))(books);
        return { entries: [], requests: made, balances: [...one.balances, ...two.balances] };
      });
      const newestFirst = [...made].sort((x, y) => y.created_at.localeCompare(x.created_at) || (y.request_id < x.request_id ? -1 : 1));
      expect(await db.repos.leave.requestBriefs({}, 10)).toEqual({ briefs: newestFirst.map(requestBrief), total: 4 });
      for (const limit of [1, 2, 3, 4])
        expect(await db.repos.leave.requestBriefs({}, limit)).toEqual({ briefs: newestFirst.slice(0, limit).map(requestBrief), total: 4 });
      expect(await db.repos.leave.requestBriefs({ team_id: 'QA' }, 1)).toEqual({
        briefs: [requestBrief(newestFirst.find((r) => r.team_id === 'QA')!)],
        total: 2,
      });
      expect(await db.repos.leave.requestBriefs({ code: 'SICK', status: 'approved', from: '2025-03-01' }, 0)).toEqual({ briefs: [], total: 1 });
      const ids = async (filter: Parameters<typeof db.repos.leave.requestBriefs>[0]) => {
        const { briefs, total } = await db.repos.leave.requestBriefs(filter, 10);
        expect(total).toBe(briefs.length);
        return briefs.map((r) => r.request_id).sort();
      };
      expect(await ids({ code: 'SICK' })).toEqual([made[1]!.request_id, made[2]!.request_id].sort());
      expect(await ids({ code: 'SICK', status: 'approved' })).toEqual([made[2]!.request_id]);
      expect(await ids({ code: 'SICK', employee_id: a.employee_id })).toEqual([made[1]!.request_id]);
      expect(await ids({ code: 'ANNUAL', team_id: 'QA' })).toEqual([made[3]!.request_id]);
      expect(await ids({ code: 'SICK', from: '2025-03-04', to: '2025-03-04' })).toEqual([made[2]!.request_id]);
      expect(await ids({ employee_id: b.employee_id, from: '2026-01-01' })).toEqual([made[3]!.request_id]);
      expect(await ids({ code: 'UNPAID' })).toEqual([]);
    });

    it('carries pending requests to a new team; decided ones stay where they were decided', async () => {
      const { employee_id } = await db.repos.employees.create(newEmployee());
      const open = request(employee_id, { from: '2030-02-04', to: '2030-02-05', charges: { '2030': 2 } });
      const done = request(employee_id, { status: 'rejected', charges: {} });
      await db.repos.leave.change([employee_id], { years: [2030] }, appending(employee_id, [], [open, done]));
      await db.repos.employees.update(employee_id, { team_id: 'QA' }, CONTRACT_TODAY);
      expect((await db.repos.leave.getRequest(open.request_id))?.team_id).toBe('QA');
      expect((await db.repos.leave.getRequest(done.request_id))?.team_id).toBe('DEV');
      expect((await walk((page) => db.repos.leave.listRequests({ team_id: 'QA' }, page), 5)).items.map((r) => r.request_id)).toEqual([open.request_id]);
    });

    it("removes an employee's requests, ledger and balances with the employee", async () => {
      const { employee_id } = await db.repos.employees.create(newEmployee());
      const asked = request(employee_id);
      await db.repos.leave.change([employee_id], { years: [2025] }, appending(employee_id, [grant(employee_id, 10)], [asked]));
      expect(await db.repos.employees.delete(employee_id)).toBe(true);
      expect(await db.repos.leave.getRequest(asked.request_id)).toBeNull();
      expect(await db.repos.leave.balances([employee_id], [2025])).toEqual([]);
      expect((await walk((page) => db.repos.leave.ledger({ employee_id }, page), 5)).items).toEqual([]);
      expect((await walk((page) => db.repos.leave.listRequests({}, page), 5)).items).toEqual([]);
    });

    it('counts approved leave in the day facts, by the halves it takes, in the team of that day, with who came anyway', async () => {
      const a = await db.repos.employees.create(newEmployee({ hire_date: '2025-01-06' }));
      const b = await db.repos.employees.create(newEmployee({ hire_date: '2025-01-06' }));
      const c = await db.repos.employees.create(newEmployee({ hire_date: '2025-01-06' }));
      await db.repos.leave.change([a.employee_id, b.employee_id, c.employee_id], { years: [2025] }, () => ({
        entries: [],
        requests: [
          request(a.employee_id, { from: '2025-04-08', to: '2025-04-10', status: 'approved', charges: {} }),
          request(b.employee_id, { from: '2025-04-09', to: '2025-04-09', half_day: 'pm', status: 'approved', charges: {} }),
          // Neither pending nor cancelled leave counts.
          request(c.employee_id, { from: '2025-04-09', to: '2025-04-09', status: 'pending', charges: {} }),
          request(c.employee_id, { from: '2025-04-08', to: '2025-04-08', status: 'cancelled', charges: {} }),
        ],
        balances: [],
      }));
      await db.repos.attendance.create({
        employee_id: a.employee_id,
        attendance_date: '2025-04-09',
        team_id: 'DEV',
        status: 'present',
        check_in_time: '09:00:00',
        check_out_time: '17:00:00',
        hours_worked: 8,
        notes: null,
      });
      await db.repos.attendance.create({
        employee_id: b.employee_id,
        attendance_date: '2025-04-09',
        team_id: 'DEV',
        status: 'absent',
        check_in_time: null,
        check_out_time: null,
        hours_worked: null,
        notes: null,
      });
      const { facts } = await db.repos.attendance.dailyFacts('2025-04-07', '2025-04-10', ['DEV']);
      const leaveOf = (date: string) => facts.find((f) => f.date === date)?.leave ?? {};
      expect(leaveOf('2025-04-07')).toEqual({});
      expect(leaveOf('2025-04-08')).toEqual({ day: { people: 1, attended: 0, recorded: 0 } });
      expect(leaveOf('2025-04-09')).toEqual({ day: { people: 1, attended: 1, recorded: 1 }, pm: { people: 1, attended: 0, recorded: 1 } });
      expect(leaveOf('2025-04-10')).toEqual({ day: { people: 1, attended: 0, recorded: 0 } });
      // Someone who moved team mid-leave counts in the team of each day.
      await db.repos.employees.update(a.employee_id, { team_id: 'QA' }, '2025-04-10');
      const moved = await db.repos.attendance.dailyFacts('2025-04-09', '2025-04-10', ['DEV', 'QA']);
      const find = (team: string, date: string) => moved.facts.find((f) => f.team_id === team && f.date === date)?.leave ?? {};
      expect(find('DEV', '2025-04-10')).toEqual({});
      expect(find('QA', '2025-04-10')).toEqual({ day: { people: 1, attended: 0, recorded: 0 } });
      expect(find('DEV', '2025-04-09').day).toEqual({ people: 1, attended: 1, recorded: 1 });
    });
  });
}
