import { eachBackend, sqlBackends } from '../support/backends';
import { useEmptyBackend } from '../support/use-backend';
import { accountRepositoryContract } from './account.repository.contract';
import { attendanceRepositoryContract } from './attendance.repository.contract';
import { auditRepositoryContract } from './audit.repository.contract';
import { calendarRepositoryContract } from './calendar.repository.contract';
import { correctionRepositoryContract } from './correction.repository.contract';
import { employeeRepositoryContract } from './employee.repository.contract';
import { holidayRepositoryContract } from './holiday.repository.contract';
import { leaveRepositoryContract } from './leave.repository.contract';
import { newEmployee, seedTeams, CONTRACT_TODAY } from './fixtures';
import { scoreRepositoryContract } from './score.repository.contract';
import { teamRepositoryContract } from './team.repository.contract';

describe.each(eachBackend(sqlBackends()))('%s repositories', (_name, backend) => {
  const db = useEmptyBackend(backend);
  teamRepositoryContract(db);
  employeeRepositoryContract(db);
  accountRepositoryContract(db);
  attendanceRepositoryContract(db);
  scoreRepositoryContract(db);
  holidayRepositoryContract(db);
  calendarRepositoryContract(db);
  leaveRepositoryContract(db);
  auditRepositoryContract(db);
  correctionRepositoryContract(db);

  it("reads instants in UTC whatever the server's own zone is", async () => {
    expect(await db.backend.sql!.query(`SELECT current_setting('TimeZone') AS zone`)).toEqual([{ zone: 'UTC' }]);
  });

  it('refuses a ranking limit that is not a positive integer, as it is written into the SQL', async () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) await expect(db.repos.scores.rank({ period: '2025-Q1' }, 'top', limit)).rejects.toThrow(RangeError);
  });

  describe('statistics', () => {
    const teamIdStatistics = () =>
      db.backend.sql!.query<{ n_distinct: number }>(
        `SELECT n_distinct FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'employees' AND attname = 'team_id'`,
      );

    it('when a bulk load is followed by refreshStatistics, then the planner knows how the rows spread', async () => {
      await seedTeams(db.repos, 'DEV', 'QA');
      await db.repos.employees.importMany(
        [...Array.from({ length: 60 }, () => newEmployee({ team_id: 'DEV' })), ...Array.from({ length: 20 }, () => newEmployee({ team_id: 'QA' }))],
        [],
        CONTRACT_TODAY,
      );
      expect(await teamIdStatistics()).toEqual([]);

      await db.backend.database.refreshStatistics();

      const [stats] = await teamIdStatistics();
      // Positive n_distinct counts values; two teams over 80 rows.
      expect(Number(stats!.n_distinct)).toBe(2);
    });
  });
});
