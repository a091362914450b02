import { HolidayExistsError, ValidationError } from '../../core/errors';
import type { NewHoliday } from '../../core/work-calendar/holiday';
import type { BackendHandle } from '../support/use-backend';
import { seedTeams, walk } from './fixtures';

let sequence = 0;
const holiday = (overrides: Partial<NewHoliday> = {}): NewHoliday => ({
  holiday_id: `hol-${++sequence}-${process.pid}`,
  date: '2025-05-01',
  name: 'Labour Day',
  team_id: null,
  half: null,
  ...overrides,
});

export function holidayRepositoryContract(db: BackendHandle): void {
  describe('HolidayRepository contract', () => {
    beforeEach(() => seedTeams(db.repos, 'DEV', 'QA'));

    it('stores a holiday and reads it back; an update changes only what it names; a delete gives back what it removed', async () => {
      const created = await db.repos.holidays.create(holiday({ team_id: 'DEV', half: 'am' }));
      expect(created).toMatchObject({ date: '2025-05-01', name: 'Labour Day', team_id: 'DEV', half: 'am' });
      expect(created.created_at).toEqual(expect.any(String));
      expect(await db.repos.holidays.get(created.holiday_id)).toEqual(created);
      const renamed = await db.repos.holidays.update(created.holiday_id, { name: 'May Day', half: null });
      expect(renamed).toMatchObject({ holiday_id: created.holiday_id, date: '2025-05-01', name: 'May Day', team_id: 'DEV', half: null });
      expect(await db.repos.holidays.update('nope', { name: 'x' })).toBeNull();
      expect((await db.repos.holidays.delete(created.holiday_id))?.name).toBe('May Day');
      expect(await db.repos.holidays.get(created.holiday_id)).toBeNull();
      expect(await db.repos.holidays.delete(created.holiday_id)).toBeNull();
    });

    it('allows one holiday per scope and date: the organisation and each team have their own', async () => {
      await db.repos.holidays.create(holiday());
      await db.repos.holidays.create(holiday({ team_id: 'DEV' }));
      await db.repos.holidays.create(holiday({ team_id: 'QA', half: 'pm' }));
      await expect(db.repos.holidays.create(holiday({ name: 'Again' }))).rejects.toBeInstanceOf(HolidayExistsError);
      await expect(db.repos.holidays.create(holiday({ team_id: 'DEV', half: 'pm' }))).rejects.toBeInstanceOf(HolidayExistsError);
      const other = await db.repos.holidays.create(holiday({ date: '2025-05-02', team_id: 'DEV' }));
      await expect(db.repos.holidays.update(other.holiday_id, { date: '2025-05-01' })).rejects.toBeInstanceOf(HolidayExistsError);
      // The refused move changed nothing, and a move to a free date goes through.
      expect(await db.repos.holidays.get(other.holiday_id)).toMatchObject({ date: '2025-05-02' });
      expect(await db.repos.holidays.update(other.holiday_id, { team_id: null, date: '2025-05-03' })).toMatchObject({ team_id: null, date: '2025-05-03' });
      expect(await db.repos.holidays.create(holiday({ date: '2025-05-02', team_id: 'DEV' }))).toMatchObject({ date: '2025-05-02' });
    });

    it('refuses 20 racing creates of the same date and scope but one', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => db.repos.holidays.create(holiday({ date: '2025-06-02', name: `Try ${i}` }))),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(HolidayExistsError);
      expect(await db.repos.holidays.inRange('2025-06-02', '2025-06-02')).toHaveLength(1);
    });

    it('refuses a team that does not exist', async () => {
      await expect(db.repos.holidays.create(holiday({ team_id: 'NOPE' }))).rejects.toBeInstanceOf(ValidationError);
      const created = await db.repos.holidays.create(holiday());
      await expect(db.repos.holidays.update(created.holiday_id, { team_id: 'NOPE' })).rejects.toBeInstanceOf(ValidationError);
    });

    it('lists by date then id, page by page, with a date range and a team (its own and the organisation’s)', async () => {
      const made = [
        await db.repos.holidays.create(holiday({ date: '2025-03-03' })),
        await db.repos.holidays.create(holiday({ date: '2025-03-03', team_id: 'DEV' })),
        await db.repos.holidays.create(holiday({ date: '2025-03-03', team_id: 'QA' })),
        await db.repos.holidays.create(holiday({ date: '2025-01-06', team_id: 'QA' })),
        await db.repos.holidays.create(holiday({ date: '2025-12-25' })),
      ];
      const sorted = [...made].sort((a, b) => a.date.localeCompare(b.date) || (a.holiday_id < b.holiday_id ? -1 : 1)).map((h) => h.holiday_id);
      const all = await walk((page) => db.repos.holidays.list({}, page), 2);
      expect(all.items.map((h) => h.holiday_id)).toEqual(sorted);
      expect(all.pages).toBe(3);
      const dev = await walk((page) => db.repos.holidays.list({ team_id: 'DEV' }, page), 10);
      expect(dev.items.map((h) => h.date)).toEqual(['2025-03-03', '2025-03-03', '2025-12-25']);
      expect(new Set(dev.items.map((h) => h.team_id))).toEqual(new Set([null, 'DEV']));
      const march = await walk((page) => db.repos.holidays.list({ from: '2025-02-01', to: '2025-03-31', team_id: 'QA' }, page), 10);
      expect(march.items.map((h) => h.team_id).sort()).toEqual(['QA', null].sort());
      expect((await db.repos.holidays.inRange('2025-01-01', '2025-03-03')).map((h) => h.date).sort()).toEqual([
        '2025-01-06',
        '2025-03-03',
        '2025-03-03',
        '2025-03-03',
      ]);
    });

    it('upserts in bulk: an existing date and scope keeps its id and takes the new name and half', async () => {
      const existing = await db.repos.holidays.create(holiday({ date: '2025-04-18', name: 'Good Friday' }));
      await db.repos.holidays.upsertMany([
        holiday({ date: '2025-04-18', name: 'Good Friday (observed)', half: 'pm' }),
        holiday({ date: '2025-04-18', team_id: 'DEV', name: 'DEV day' }),
        holiday({ date: '2025-04-21', name: 'Easter Monday' }),
      ]);
      const found = await db.repos.holidays.inRange('2025-04-18', '2025-04-21');
      expect(found).toHaveLength(3);
      expect(found.find((h) => h.holiday_id === existing.holiday_id)).toMatchObject({ name: 'Good Friday (observed)', half: 'pm', team_id: null });
      // A team's holiday is matched within its own scope too, and only there.
      const devDay = found.find((h) => h.team_id === 'DEV')!;
      await db.repos.holidays.upsertMany([holiday({ date: '2025-04-18', team_id: 'DEV', name: 'DEV half day', half: 'am' })]);
      expect(await db.repos.holidays.get(devDay.holiday_id)).toMatchObject({ name: 'DEV half day', half: 'am', team_id: 'DEV', date: '2025-04-18' });
      expect(await db.repos.holidays.get(existing.holiday_id)).toMatchObject({ name: 'Good Friday (observed)', half: 'pm' });
      expect(await db.repos.holidays.inRange('2025-04-18', '2025-04-21')).toHaveLength(3);
      await expect(db.repos.holidays.upsertMany([holiday({ date: '2025-04-22', team_id: 'NOPE' })])).rejects.toBeInstanceOf(ValidationError);
    });

    it('keeps a team while a holiday names it', async () => {
      await seedTeams(db.repos, 'OPS');
      const created = await db.repos.holidays.create(holiday({ team_id: 'OPS' }));
      await expect(db.repos.teams.delete('OPS')).rejects.toMatchObject({ code: 'TEAM_IN_USE' });
      await db.repos.holidays.delete(created.holiday_id);
      expect(await db.repos.teams.delete('OPS')).toBe(true);
    });
  });
}
