/*
 * Checks the assistant's evaluation harness itself (src/evaluation/assistant), not the assistant: the data set
 * loads through the API, the second computation of the absence rule agrees with the REST summaries and
 * balances and with hand-computed values, the grader classifies canned answers, and the split is the seeded one.
 */
import request from 'supertest';
import { NOW } from '../../evaluation/assistant/dataset/calendar';
import { dataset, person } from '../../evaluation/assistant/dataset/dataset';
import { count, rate, refusal, notFound, people, scopeOf, type Expected } from '../../evaluation/assistant/expectation';
import { grade } from '../../evaluation/assistant/grading/grade';
import { evaluate, figuresOf, meetsTargets } from '../../evaluation/assistant/evaluate';
import { EVALUATION_ENV, loadDataset, tokenOf } from '../../evaluation/assistant/load';
import { expectedFraction, leaveFraction } from '../../evaluation/assistant/oracle/absence';
import { totals } from '../../evaluation/assistant/oracle/attendance-figures';
import { balance, grant } from '../../evaluation/assistant/oracle/leave-figures';
import { headcount, longestServing } from '../../evaluation/assistant/oracle/people-figures';
import { HELD_BACK } from '../../evaluation/assistant/questions/held-back';
import { WORKING } from '../../evaluation/assistant/questions/working';
import { splitIds } from '../../evaluation/assistant/split';
import { sqlBackends } from '../support/backends';
import { DATASET_LOAD_LIMIT_MS } from '../support/load-limit';
import { ManualClock } from '../support/manual-clock';
import { bearer, startTestApp, type TestApp } from '../support/test-app';

const day = (id: string, date: string) => ({ e: expectedFraction(person(id), date), leave: leaveFraction(person(id), date) });

describe('the evaluation set: expected answers computed by hand', () => {
  it('when a day has a half holiday, half-day leave or a team holiday, then the expected fraction is what API.md says', () => {
    expect(day('QA-005', '2025-09-12')).toEqual({ e: 0.5, leave: 0 }); // QA's morning offsite
    expect(day('DEV-003', '2025-10-20')).toEqual({ e: 0.5, leave: 0.5 }); // a morning of annual leave
    expect(day('QA-007', '2025-10-31')).toEqual({ e: 0, leave: 0.5 }); // a day of leave on an afternoon holiday: the morning's leave counts
    expect(day('DEV-002', '2025-11-07')).toEqual({ e: 0, leave: 0 }); // DEV's own holiday
    expect(day('QA-002', '2025-11-07')).toEqual({ e: 1, leave: 0 }); // …which is not QA's
    expect(day('AI-009', '2025-09-01')).toEqual({ e: 0, leave: 0 }); // after their last day
    expect(day('DEV-013', '2025-09-12')).toEqual({ e: 0, leave: 0 }); // before their hire date
  });

  it('when leave crosses holidays and weekends, then it costs only the expected halves', () => {
    // 22–23 Dec: 2; 24 Dec (afternoon holiday): 0.5; 25–26 holidays, 27–28 weekend; 29–31: 3.
    expect(balance('AI-003', 'ANNUAL').taken).toBe(5.5);
    // 25 Aug is an organisation holiday: a Monday-to-Friday request costs 4.
    expect(balance('QA-005', 'ANNUAL').taken).toBe(4);
    // A morning on 20 Oct taken, 29–31 Dec (Mon–Wed) pending.
    expect(balance('DEV-003', 'ANNUAL')).toEqual({ allocated: 20, taken: 0.5, pending: 3, available: 16.5 });
    // Hired 15 September: October to December are whole months, 20 × 3 / 12.
    expect(grant('DEV-013', 'ANNUAL', 2025)).toBe(5);
  });

  it('when people have left, then the headcount and the longest-serving leave them out', () => {
    expect(headcount({ team: 'DAT' })).toBe(9);
    expect(headcount({ team: 'DAT', status: 'any' })).toBe(10);
    expect(longestServing(1)).toEqual(['SEC-001']);
  });
});

describe('the evaluation set: the grader', () => {
  const ask = (who: Parameters<typeof grade>[0], expected: Expected, answer: string, data?: Record<string, unknown>) =>
    grade(who, 'a question about attendance', expected, { answer, intent: 'x', data });

  it('when the figure is right in another format, then it is correct; when it is off by more than the tolerance, then it is wrong', () => {
    const expected: Expected = { kind: 'answer', figures: [rate(0.9447)] };
    expect(ask('admin', expected, 'DEV attended 94.47% of expected days.').verdict).toBe('correct');
    expect(ask('admin', expected, 'The rate was 0.9447.').verdict).toBe('correct');
    expect(ask('admin', expected, 'About 94.5 %.').verdict).toBe('correct');
    expect(ask('admin', expected, 'About 94 %.').verdict).toBe('wrong');
    expect(ask('admin', { kind: 'answer', figures: [rate(1)] }, 'A rate of 100%.').verdict).toBe('correct');
    expect(ask('admin', { kind: 'answer', figures: [rate(1)] }, '1 person was late.').verdict).toBe('wrong');
    const late = (answer: string) => grade('admin', 'how many times was Lukas late?', { kind: 'answer', figures: [count(1)] }, { answer, intent: 'x' }).verdict;
    expect(late('Nobody was late, once.')).toBe('wrong');
    expect(late('12 present, 1 half-day, 0 late.')).toBe('wrong');
    expect(late('Lukas was late 1 time.')).toBe('correct');
    expect(late('One late arrival.')).toBe('correct');
  });

  it('when a list has an extra person, or names someone outside the caller scope, then it is wrong', () => {
    expect(ask('admin', people(['DEV-004', 'QA-002']), 'Late: Lukas Novak (DEV-004) and Marcus Lee.').verdict).toBe('correct');
    expect(ask('admin', people(['DEV-004']), 'Late: Lukas Novak (DEV-004) and Marcus Lee.').verdict).toBe('wrong');
    expect(ask('admin', people([]), 'Nobody was late.').verdict).toBe('correct');
    expect(ask('admin', people([]), 'Sorry.').verdict).toBe('refusal-without-naming');
    expect(ask('admin', people([]), 'Lukas Novak.').verdict).toBe('wrong');
    expect(scopeOf('QA-001')?.has('DEV-001')).toBe(false);
    expect(ask('QA-001', people([]), 'Nobody in QA; Priya Raman was late.').reason).toMatch(/outside the caller's scope: DEV-001/);
    expect(ask('QA-001', refusal('salary'), 'I can\'t answer salary questions. Try "Who is DEV-001?"').verdict).toBe('correct');
  });

  it('when a refusal names nothing, or figures come with an unused constraint, then it is not correct', () => {
    expect(ask('admin', refusal('salary'), 'I can\'t answer that. Try "How many employees are in QA?"').verdict).toBe('refusal-without-naming');
    expect(ask('admin', refusal('salary'), 'There are 52 employees.').verdict).toBe('wrong');
    expect(ask('admin', { kind: 'answer', figures: [count(4)] }, 'There are 4 employees.', { parsed: { unused: ['senior'] } }).reason).toMatch(
      /unused names senior/,
    );
    expect(ask('admin', { kind: 'answer', figures: [count(4)] }, 'There are 4 employees.', { parsed: { unused: ['please'] } }).verdict).toBe('correct');
    expect(grade('DEV-003', 'who is DEV-002?', notFound(), { answer: "I couldn't find DEV-002.", intent: 'x' }).verdict).toBe('correct');
    expect(grade('DEV-003', 'who is DEV-002?', notFound(), { answer: 'DEV-002 is Tom Becker, a Lead.', intent: 'x' }).verdict).toBe('wrong');
  });

  it('when the halves are merged again, then the recorded seed gives the same split', () => {
    const ids = [...WORKING, ...HELD_BACK].map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(220);
    expect(splitIds(ids).working).toEqual(WORKING.map((q) => q.id).sort());
  });
});

describe.each(
  sqlBackends()
    .slice(0, 1)
    .map((b) => [b.name, b] as const),
)('the evaluation set on %s', (_name, backend) => {
  let t: TestApp;
  beforeAll(async () => {
    const clock = new ManualClock();
    clock.set(NOW);
    t = await startTestApp(backend, EVALUATION_ENV, clock);
    await loadDataset(t.app, t.adminToken, dataset());
  }, DATASET_LOAD_LIMIT_MS);
  afterAll(async () => t?.backend.close());

  it('when the data set is loaded, then the REST range summary agrees with the second computation, for everyone and each team', async () => {
    const response = await request(t.app).get('/attendance/summary?from=2025-08-01&to=2025-11-19').set(bearer(t.adminToken));
    expect(response.status).toBe(200);
    const body = response.body as { totals: Record<string, number>; teams: Array<{ team_id: string; totals: Record<string, number> }> };
    const mine = (team?: string) => {
      const x = totals(team ? { team } : {}, '2025-08-01', '2025-11-19');
      return {
        expected: x.expected,
        present: x.present,
        late: x.late,
        half_day: x.halfDay,
        absent: x.absent,
        on_leave: x.onLeave,
        missing_check_out: x.missingCheckOut,
        average_rate: x.rate,
      };
    };
    expect(body.totals).toEqual(expect.objectContaining(mine()));
    for (const team of body.teams)
      expect({ team: team.team_id, ...team.totals }).toEqual(expect.objectContaining({ team: team.team_id, ...mine(team.team_id) }));
  });

  it('when the data set is loaded, then the REST leave balances agree with the second computation', async () => {
    for (const id of ['DEV-003', 'AI-003', 'QA-005', 'DEV-013', 'DAT-005', 'DEV-008']) {
      const response = await request(t.app).get(`/leave-balances?employee_id=${id}&year=2025`).set(bearer(t.adminToken));
      const items = (
        response.body as { items: Array<{ code: 'ANNUAL' | 'SICK' | 'UNPAID'; allocated: number; taken: number; pending: number; available: number }> }
      ).items;
      for (const item of items)
        expect({ id, code: item.code, allocated: item.allocated, taken: item.taken, pending: item.pending, available: item.available }).toEqual({
          id,
          code: item.code,
          ...balance(id, item.code),
        });
    }
  });

  it('when the working half is asked, then the assistant meets the targets: no wrong answer, at least 95 % of in-scope questions right, every refusal naming what it could not do', async () => {
    const tokens = new Map<string, string>();
    const app = {
      app: t.app,
      token: async (who: string) => {
        if (who === 'admin') return t.adminToken;
        if (!tokens.has(who)) tokens.set(who, await tokenOf(t.app, who));
        return tokens.get(who)!;
      },
      close: () => Promise.resolve(),
    };
    const results = await evaluate(app, WORKING);
    const figures = figuresOf(results);
    const misses = results
      .filter((r) => r.verdict === 'wrong' || r.verdict === 'refusal-without-naming')
      .map((r) => `${r.question.id} "${r.question.text}": ${r.verdict}, ${r.reason} — ${r.answer.slice(0, 200)}`);
    expect({ misses, inScopeCorrect: `${figures.inScopeCorrect}/${figures.inScope}`, meets: meetsTargets(figures) }).toEqual({
      misses: [],
      inScopeCorrect: expect.any(String),
      meets: true,
    });
  }, 300_000);
});
