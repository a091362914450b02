/*
 * AttendanceService.exceptionsBetween (the assistant's attendance_by_person) reads a range at once; exceptions()
 * reads one day. On the evaluation's data set (holidays, half days, leave, team moves, leavers), every person's
 * days under each status over a range are the days the one-day list names them on, in the team of the first, and
 * add up to the range summary's total (half days as halves).
 */
import type { Principal } from '../../core/access';
import { addDays } from '../../core/work-calendar/dates';
import { NOW } from '../../evaluation/assistant/dataset/calendar';
import { dataset } from '../../evaluation/assistant/dataset/dataset';
import { EVALUATION_ENV, loadDataset } from '../../evaluation/assistant/load';
import type { Exceptions } from '../../services/work-calendar/attendance-figures';
import { eachBackend } from '../support/backends';
import { DATASET_LOAD_LIMIT_MS } from '../support/load-limit';
import { ManualClock } from '../support/manual-clock';
import { startTestApp, type TestApp } from '../support/test-app';

const ADMIN: Principal = { username: 'admin', role: 'admin', employee_id: null, team_id: null };
const QA_MANAGER: Principal = { username: 'QA-001', role: 'manager', employee_id: 'QA-001', team_id: 'QA' };

describe.each(eachBackend())('attendance exceptions over a range on %s', (_name, backend) => {
  let t: TestApp;
  beforeAll(async () => {
    const clock = new ManualClock();
    clock.set(NOW);
    t = await startTestApp(backend, EVALUATION_ENV, clock);
    await loadDataset(t.app, t.adminToken, dataset());
  }, DATASET_LOAD_LIMIT_MS);
  afterAll(() => t.backend.close());

  /** The one-day list, day by day: each person's dates, in the team of the first. */
  async function dayByDay(principal: Principal, from: string, to: string, status: Exceptions['status'], team_id?: string) {
    const people = new Map<string, { employee_id: string; name: string; team_id: string; dates: string[] }>();
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const day = await t.container.services.attendance.exceptions(principal, { date, status, ...(team_id && { team_id }) });
      for (const p of day.people) {
        const known = people.get(p.employee_id) ?? { ...p, dates: [] };
        known.dates.push(date);
        people.set(p.employee_id, known);
      }
    }
    return [...people.values()].sort((a, b) => a.employee_id.localeCompare(b.employee_id));
  }

  it.each([
    ['late', 'the admin', ADMIN, undefined],
    ['absent', 'the admin', ADMIN, undefined],
    ['half-day', "the admin, DEV's", ADMIN, 'DEV'],
    ['missing_check_out', 'the admin', ADMIN, undefined],
    ['on_leave', 'the admin', ADMIN, undefined],
    ['absent', 'a manager', QA_MANAGER, undefined],
    ['on_leave', 'a manager', QA_MANAGER, undefined],
  ] as const)(
    'when %s is asked over two months by %s, then each person has the days the one-day list gives',
    async (status, _who, principal, team) => {
      const [from, to] = ['2025-09-15', '2025-11-18'];
      const expected = await dayByDay(principal, from, to, status, team);
      const range = await t.container.services.attendance.exceptionsBetween(principal, { from, to, status, ...(team && { team_id: team }) });
      expect(expected.length).toBeGreaterThan(0);
      expect([...range].sort((a, b) => a.employee_id.localeCompare(b.employee_id)).map(({ days: _days, ...p }) => p)).toEqual(expected);
      // Days add up as the range summary's totals do: a half day absent or on leave is half a day, anything else one.
      const days = range.reduce((sum, p) => sum + p.days, 0);
      if (status === 'absent' || status === 'on_leave') {
        const { totals } = await t.container.services.attendance.rangeSummary(principal, { from, to, ...(team === undefined ? {} : { team_id: team }) });
        expect(days).toBeCloseTo(totals[status], 6);
        expect(range.some((p) => !Number.isInteger(p.days))).toBe(true);
      } else expect(range.every((p) => p.days === p.dates.length)).toBe(true);
      // Most days first, as attendance_by_person ranks them.
      expect(range.map((p) => p.days)).toEqual([...range.map((p) => p.days)].sort((a, b) => b - a));
    },
    60_000,
  );
});
