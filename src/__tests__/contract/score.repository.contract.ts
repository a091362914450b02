import { NotFoundError, ScoreExistsError } from '../../core/errors';
import { finalScore, rankComparator, type RankOrder, type ScoreInputs } from '../../core/performance';
import type { NewScore, Repositories } from '../../core/ports';
import type { BackendHandle } from '../support/use-backend';
import { newEmployee, seedTeams, walk, CONTRACT_TODAY } from './fixtures';

const score = (employee_id: string, period: string, inputs: ScoreInputs): NewScore => ({ employee_id, period, ...inputs, final_score: finalScore(inputs) });
const flat = (v: number): ScoreInputs => ({ kpi: v, completed_task: v, feedback_360: v });

/** The summary recomputed from the raw scores, to hold the database's own figures against. */
async function recomputed(repos: Repositories) {
  const { items } = await walk((page) => repos.scores.list({}, page), 100);
  const groups = new Map<string, number[]>();
  for (const s of items) groups.set(`${s.period}|${s.team_id}`, [...(groups.get(`${s.period}|${s.team_id}`) ?? []), s.final_score]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, values]) => {
      const [period, team_id] = key.split('|') as [string, string];
      const sum = values.reduce((total, v) => total + Math.round(v * 100), 0);
      return {
        team_id,
        period,
        count: values.length,
        mean: Math.floor((2 * sum + values.length) / (2 * values.length)) / 100,
        min: Math.min(...values),
        max: Math.max(...values),
        total: sum / 100,
      };
    });
}

export function scoreRepositoryContract(db: BackendHandle): void {
  describe('ScoreRepository contract', () => {
    let dev: string[];
    let qa: string;

    beforeEach(async () => {
      await seedTeams(db.repos, 'DEV', 'QA');
      dev = [];
      for (const name of ['Ada', 'Bob', 'Cy']) dev.push((await db.repos.employees.create(newEmployee({ team_id: 'DEV', name }))).employee_id);
      qa = (await db.repos.employees.create(newEmployee({ team_id: 'QA', name: 'Quinn' }))).employee_id;
    });

    it('stores a score with the employee name and team, and reads it back', async () => {
      const created = await db.repos.scores.create(score(dev[0]!, '2025-Q1', { kpi: 85, completed_task: 90, feedback_360: 80 }));
      expect(created).toMatchObject({
        employee_id: dev[0],
        period: '2025-Q1',
        kpi: 85,
        completed_task: 90,
        feedback_360: 80,
        final_score: 85,
        employee_name: 'Ada',
        team_id: 'DEV',
      });
      expect(await db.repos.scores.get(dev[0]!, '2025-Q1')).toEqual(created);
      expect(await db.repos.scores.get(dev[0]!, '2025-Q2')).toBeNull();
    });

    it('keeps one score per employee and period, and needs the employee', async () => {
      await db.repos.scores.create(score(dev[0]!, '2025-Q1', flat(80)));
      await expect(db.repos.scores.create(score(dev[0]!, '2025-Q1', flat(90)))).rejects.toBeInstanceOf(ScoreExistsError);
      await expect(db.repos.scores.create(score('DEV-404', '2025-Q1', flat(90)))).rejects.toBeInstanceOf(NotFoundError);
      expect((await db.repos.scores.get(dev[0]!, '2025-Q1'))?.final_score).toBe(80);
    });

    it('keeps three-decimal inputs exactly', async () => {
      const created = await db.repos.scores.create(score(dev[0]!, '2025-Q1', flat(85.335)));
      expect(created).toMatchObject({ kpi: 85.335, final_score: 85.34 });
      expect(await db.repos.scores.get(dev[0]!, '2025-Q1')).toMatchObject({ kpi: 85.335, final_score: 85.34 });
    });

    it('updates through a function of the stored score, and deletes', async () => {
      await db.repos.scores.create(score(dev[0]!, '2025-Q1', flat(80)));
      const updated = await db.repos.scores.update(dev[0]!, '2025-Q1', (current) => ({
        ...current,
        kpi: 95,
        final_score: finalScore({ ...current, kpi: 95 }),
      }));
      expect(updated).toMatchObject({ kpi: 95, final_score: 85, employee_name: 'Ada' });
      expect(await db.repos.scores.update(dev[0]!, '2025-Q3', (c) => c)).toBeNull();
      expect(await db.repos.scores.delete(dev[0]!, '2025-Q1')).toBe(true);
      expect(await db.repos.scores.delete(dev[0]!, '2025-Q1')).toBe(false);
    });

    describe('list', () => {
      beforeEach(async () => {
        for (const period of ['2024-Q4', '2025-Q1', '2025-Q2']) {
          for (const id of [...dev, qa]) await db.repos.scores.create(score(id, period, flat(70)));
        }
      });

      const keysOf = async (filter: Parameters<Repositories['scores']['list']>[0]) =>
        (await walk((page) => db.repos.scores.list(filter, page), 2)).items.map((s) => `${s.period} ${s.employee_id}`);

      it('walks every score once, newest period first, then by employee id', async () => {
        expect(await keysOf({})).toEqual(['2025-Q2', '2025-Q1', '2024-Q4'].flatMap((p) => [...dev, qa].sort().map((id) => `${p} ${id}`)));
      });

      it('filters by team, period and employee', async () => {
        expect(await keysOf({ team_id: 'QA' })).toEqual(['2025-Q2', '2025-Q1', '2024-Q4'].map((p) => `${p} ${qa}`));
        expect(await keysOf({ period: '2025-Q1' })).toEqual([...dev, qa].sort().map((id) => `2025-Q1 ${id}`));
        expect(await keysOf({ team_id: 'DEV', period: '2024-Q4' })).toEqual(dev.map((id) => `2024-Q4 ${id}`));
        expect(await keysOf({ employee_id: dev[1]! })).toEqual(['2025-Q2', '2025-Q1', '2024-Q4'].map((p) => `${p} ${dev[1]}`));
        expect(await keysOf({ employee_id: dev[1]!, period: '2025-Q1' })).toEqual([`2025-Q1 ${dev[1]}`]);
        expect(await keysOf({ employee_id: dev[1]!, team_id: 'QA' })).toEqual([]);
      });

      it("reads a period's final scores at once, as the list has them, by team and employee", async () => {
        await db.repos.scores.update(dev[1]!, '2025-Q1', (c) => ({ ...c, kpi: 80.335, final_score: finalScore({ ...c, kpi: 80.335 }) }));
        const finals = async (filter: Parameters<Repositories['scores']['finalScores']>[0]) =>
          (await walk((page) => db.repos.scores.list(filter, page), 2)).items.map((s) => ({
            employee_id: s.employee_id,
            employee_name: s.employee_name,
            team_id: s.team_id,
            final_score: s.final_score,
          }));
        for (const filter of [{ period: '2025-Q1' }, { period: '2025-Q1', team_id: 'DEV' }, { period: '2024-Q4', employee_id: qa }, { period: '2025-Q3' }])
          expect(await db.repos.scores.finalScores(filter)).toEqual(await finals(filter));
        expect((await db.repos.scores.finalScores({ period: '2025-Q1' })).map((s) => s.employee_id)).toEqual([...dev, qa].sort());
        expect(await db.repos.scores.finalScores({ period: '2025-Q1', employee_id: dev[1]!, team_id: 'QA' })).toEqual([]);
      });
    });

    describe('rank', () => {
      // Names sort against their ids (DEV-004 "Zoe" … DEV-009 "Una"), and scores tie within and across teams and at every boundary.
      const finals: [string, string, number][] = [
        ['DEV', 'Zoe', 90],
        ['DEV', 'Yan', 75],
        ['DEV', 'Xia', 90],
        ['DEV', 'Wes', 60],
        ['DEV', 'Vic', 75],
        ['DEV', 'Una', 82.5],
        ['QA', 'Tom', 90],
        ['QA', 'Sam', 75],
        ['QA', 'Rae', 60.01],
      ];
      let staff: { employee_id: string; team_id: string }[];

      beforeEach(async () => {
        staff = [];
        for (const [team_id, name, final] of finals) {
          const employee = await db.repos.employees.create(newEmployee({ team_id, name }));
          staff.push(employee);
          await db.repos.scores.create(score(employee.employee_id, '2025-Q1', flat(final)));
        }
        for (const id of [...dev, qa]) await db.repos.scores.create(score(id, '2025-Q1', flat(75)));
        await db.repos.scores.create(score(qa, '2025-Q2', flat(99)));
      });

      /** The ranking recomputed from every score of the period. */
      const expected = async (filter: Parameters<Repositories['scores']['rank']>[0], order: RankOrder, limit: number) =>
        (await walk((page) => db.repos.scores.list(filter, page), 100)).items
          .sort(rankComparator(order))
          .slice(0, limit)
          .map((s) => s.employee_id);

      it('gives the best or worst of a period, ties by name, for every limit and scope', async () => {
        const scopes = [
          { period: '2025-Q1' },
          { period: '2025-Q1', team_id: 'DEV' },
          { period: '2025-Q1', team_id: 'QA' },
          { period: '2025-Q1', employee_id: staff[1]!.employee_id },
          { period: '2025-Q1', employee_id: staff[1]!.employee_id, team_id: 'QA' },
        ];
        for (const filter of scopes) {
          for (const order of ['top', 'bottom'] as const) {
            for (let limit = 1; limit <= 14; limit++) {
              const ranked = (await db.repos.scores.rank(filter, order, limit)).map((s) => s.employee_id);
              expect({ filter, order, limit, ranked }).toEqual({ filter, order, limit, ranked: await expected(filter, order, limit) });
            }
          }
        }
      });

      it('without a period, ranks the newest period that has scores among those the filter selects', async () => {
        const ids = async (filter: Parameters<Repositories['scores']['rank']>[0]) =>
          (await db.repos.scores.rank(filter, 'top', 5)).map((s) => `${s.employee_id} ${s.period}`);
        expect(await ids({})).toEqual([`${qa} 2025-Q2`]);
        expect(await ids({ team_id: 'QA' })).toEqual([`${qa} 2025-Q2`]);
        // DEV has no 2025-Q2 scores: its newest is 2025-Q1, ranked whole.
        expect(await ids({ team_id: 'DEV' })).toEqual(await ids({ team_id: 'DEV', period: '2025-Q1' }));
        expect(await ids({ team_id: 'DEV' })).toHaveLength(5);
        expect(await ids({ employee_id: staff[0]!.employee_id })).toEqual([`${staff[0]!.employee_id} 2025-Q1`]);
        expect(await ids({ team_id: 'QA', employee_id: staff[0]!.employee_id })).toEqual([]);
        expect(await ids({ team_id: 'OPS' })).toEqual([]);
      });

      it('settles a tie at the last place by name, not by id', async () => {
        const top2 = await db.repos.scores.rank({ period: '2025-Q1' }, 'top', 2);
        expect(top2.map((s) => `${s.employee_name} ${s.final_score}`)).toEqual(['Tom 90', 'Xia 90']);
        expect(top2[0]).toEqual(await db.repos.scores.get(top2[0]!.employee_id, '2025-Q1'));
      });

      it('follows changes, and is empty for a period without scores', async () => {
        const [wes] = staff.filter((_e, i) => finals[i]![1] === 'Wes');
        await db.repos.scores.update(wes!.employee_id, '2025-Q1', (current) => ({ ...current, ...flat(100), final_score: 100 }));
        expect((await db.repos.scores.rank({ period: '2025-Q1' }, 'top', 1)).map((s) => s.employee_id)).toEqual([wes!.employee_id]);
        await db.repos.employees.update(wes!.employee_id, { team_id: 'QA' }, CONTRACT_TODAY);
        expect((await db.repos.scores.rank({ period: '2025-Q1', team_id: 'QA' }, 'top', 1)).map((s) => s.employee_id)).toEqual([wes!.employee_id]);
        expect(await db.repos.scores.rank({ period: '2025-Q1', team_id: 'DEV' }, 'top', 14)).toHaveLength(8);
        expect(await db.repos.scores.rank({ period: '2024-Q3' }, 'top', 5)).toEqual([]);
        expect((await db.repos.scores.rank({ period: '2025-Q2' }, 'bottom', 5)).map((s) => s.employee_id)).toEqual([qa]);
      });
    });

    it('keeps the name and team copies true when the employee is renamed or moves, and removes scores with the employee', async () => {
      for (const period of ['2025-Q1', '2025-Q2']) await db.repos.scores.create(score(dev[0]!, period, flat(80)));
      await db.repos.employees.update(dev[0]!, { name: 'Ada Lovelace', team_id: 'QA' }, CONTRACT_TODAY);
      for (const period of ['2025-Q1', '2025-Q2'])
        expect(await db.repos.scores.get(dev[0]!, period)).toMatchObject({ employee_name: 'Ada Lovelace', team_id: 'QA' });
      expect((await walk((page) => db.repos.scores.list({ team_id: 'QA' }, page), 10)).items.map((s) => s.employee_id)).toContain(dev[0]);
      expect((await walk((page) => db.repos.scores.list({ team_id: 'DEV' }, page), 10)).items).toEqual([]);
      expect(await db.repos.employees.delete(dev[0]!)).toBe(true);
      expect(await db.repos.scores.get(dev[0]!, '2025-Q1')).toBeNull();
    });

    it('summarises per team and period, in chronological order, equal to a recomputation after creates, updates, moves and deletes', async () => {
      const inputs: [number, string, number][] = [
        [0, '2025-Q1', 80],
        [1, '2025-Q1', 90.5],
        [2, '2025-Q1', 71.111],
        [0, '2024-Q4', 60],
        [1, '2024-Q4', 100],
        [0, '2025-Q2', 85.335],
      ];
      for (const [who, period, value] of inputs) await db.repos.scores.create(score(dev[who]!, period, flat(value)));
      await db.repos.scores.create(score(qa, '2025-Q1', { kpi: 50, completed_task: 60, feedback_360: 70 }));
      const summary = await db.repos.scores.summary({});
      expect(summary).toEqual(await recomputed(db.repos));
      expect(summary.map((s) => `${s.period} ${s.team_id}`)).toEqual(['2024-Q4 DEV', '2025-Q1 DEV', '2025-Q1 QA', '2025-Q2 DEV']);
      expect(summary.find((s) => s.period === '2025-Q1' && s.team_id === 'DEV')).toEqual({
        team_id: 'DEV',
        period: '2025-Q1',
        count: 3,
        mean: 80.54,
        min: 71.11,
        max: 90.5,
        total: 241.61,
      });

      await db.repos.scores.update(dev[2]!, '2025-Q1', (c) => ({ ...c, ...flat(99), final_score: 99 }));
      expect(await db.repos.scores.summary({})).toEqual(await recomputed(db.repos));
      await db.repos.employees.update(dev[1]!, { team_id: 'QA' }, CONTRACT_TODAY);
      expect(await db.repos.scores.summary({})).toEqual(await recomputed(db.repos));
      await db.repos.scores.delete(dev[0]!, '2024-Q4');
      expect(await db.repos.scores.summary({})).toEqual(await recomputed(db.repos));
      await db.repos.employees.delete(dev[0]!);
      expect(await db.repos.scores.summary({})).toEqual(await recomputed(db.repos));
      expect(await db.repos.scores.summary({ period: '2025-Q1', team_ids: ['QA'] })).toEqual(
        (await recomputed(db.repos)).filter((s) => s.period === '2025-Q1' && s.team_id === 'QA'),
      );
    });
  });
}
