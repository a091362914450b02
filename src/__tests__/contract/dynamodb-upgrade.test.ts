import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../infrastructure/dynamodb/client';
import { upgradeDynamoData } from '../../infrastructure/dynamodb/dynamodb.database';
import { keys } from '../../infrastructure/dynamodb/key-design';
import { dynamoBackends } from '../support/backends';
import { useEmptyBackend } from '../support/use-backend';
import { newEmployee, seedTeams } from './fixtures';

/**
 * Data written before the work calendar has no membership periods and no
 * end dates. This writes such items by hand, as the earlier version did,
 * and upgrades them as a start does.
 */
describe('data from before the work calendar on DynamoDB', () => {
  const db = useEmptyBackend(dynamoBackends()[0]!);
  const tableName = () => (db.backend.database.description.match(/table (\S+)/) ?? [])[1]!;

  it('when employees have no periods and a leaver no end date, then the upgrade gives each a period from their hire date and the leaver the date of their last record, once', async () => {
    await seedTeams(db.repos, 'DEV', 'QA');
    const stayer = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2024-02-01' }));
    const leaver = await db.repos.employees.create(newEmployee({ team_id: 'QA', hire_date: '2024-03-01' }));
    await db.repos.attendance.create({
      employee_id: leaver.employee_id,
      attendance_date: '2025-01-15',
      team_id: 'QA',
      status: 'present',
      check_in_time: '09:00:00',
      check_out_time: '17:00:00',
      hours_worked: 8,
      notes: null,
    });
    const doc = createDocumentClient({ region: 'us-east-1', endpoint: process.env.TEST_DYNAMODB_ENDPOINT });
    try {
      for (const e of [stayer, leaver]) {
        await doc.send(new DeleteCommand({ TableName: tableName(), Key: keys.period(e.employee_id, e.hire_date) }));
        await doc.send(
          new UpdateCommand({
            TableName: tableName(),
            Key: keys.team(e.team_id),
            UpdateExpression: 'ADD ref_count :minus',
            ExpressionAttributeValues: { ':minus': -1 },
          }),
        );
      }
      await doc.send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.employee(leaver.employee_id),
          UpdateExpression: 'SET #status = :inactive REMOVE end_date',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':inactive': 'inactive' },
        }),
      );
      await doc.send(new DeleteCommand({ TableName: tableName(), Key: keys.setting('upgrade:work-calendar') }));
      expect(await db.repos.employees.teamPeriods(stayer.employee_id)).toEqual([]);

      expect(await upgradeDynamoData(doc, tableName())).toBe(true);
      expect(await upgradeDynamoData(doc, tableName())).toBe(false);
    } finally {
      doc.destroy();
    }
    expect(await db.repos.employees.teamPeriods(stayer.employee_id)).toEqual([{ team_id: 'DEV', from: '2024-02-01', to: null }]);
    expect(await db.repos.employees.teamPeriods(leaver.employee_id)).toEqual([{ team_id: 'QA', from: '2024-03-01', to: null }]);
    expect((await db.repos.employees.get(leaver.employee_id))?.end_date).toBe('2025-01-15');
    const { facts } = await db.repos.attendance.dailyFacts('2025-01-15', '2025-01-16', ['QA']);
    expect(facts.map((f) => f.headcount)).toEqual([1, 0]);
    // The period counts on its team like any other: the team cannot go while it stands.
    await expect(db.repos.teams.delete('DEV')).rejects.toMatchObject({ code: 'TEAM_IN_USE' });
    await db.repos.employees.delete(stayer.employee_id);
    expect(await db.repos.teams.delete('DEV')).toBe(true);
  });
});
