import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { finalScore } from '../../core/performance';
import { createDocumentClient } from '../../infrastructure/dynamodb/client';
import { keys } from '../../infrastructure/dynamodb/key-design';
import { dynamoBackends } from '../support/backends';
import { useEmptyBackend } from '../support/use-backend';
import { newEmployee, seedTeams, walk, CONTRACT_TODAY } from './fixtures';

/**
 * DynamoDB cannot delete an employee and thousands of records in one
 * transaction: the employee goes first, the records after. This interrupts
 * it between the two, as a crash would, and shows that a retry finishes it.
 */
describe('interrupted multi-step writes on DynamoDB', () => {
  const db = useEmptyBackend(dynamoBackends()[0]!);
  const tableName = () => (db.backend.database.description.match(/table (\S+)/) ?? [])[1]!;

  it('when a rename reached the employee but not their scores, then repeating the update brings the scores along', async () => {
    await seedTeams(db.repos, 'DEV');
    const { employee_id } = await db.repos.employees.create(newEmployee({ team_id: 'DEV', name: 'Old Name' }));
    const inputs = { kpi: 80, completed_task: 80, feedback_360: 80 };
    for (const period of ['2025-Q1', '2025-Q2']) await db.repos.scores.create({ employee_id, period, ...inputs, final_score: finalScore(inputs) });
    // The first step only: the employee item, as if the process died before the scores.
    const doc = createDocumentClient({ region: 'us-east-1', endpoint: process.env.TEST_DYNAMODB_ENDPOINT });
    await doc.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.employee(employee_id),
        UpdateExpression: 'SET #name = :name',
        ExpressionAttributeNames: { '#name': 'name' },
        ExpressionAttributeValues: { ':name': 'New Name' },
      }),
    );
    doc.destroy();
    expect((await db.repos.scores.get(employee_id, '2025-Q1'))?.employee_name).toBe('Old Name');

    await db.repos.employees.update(employee_id, { name: 'New Name' }, CONTRACT_TODAY);
    for (const period of ['2025-Q1', '2025-Q2']) expect((await db.repos.scores.get(employee_id, period))?.employee_name).toBe('New Name');
  });

  it('when the records outlive their employee, then deleting again removes them and the counts fall back', async () => {
    await seedTeams(db.repos, 'DEV');
    const { employee_id } = await db.repos.employees.create(newEmployee({ team_id: 'DEV', hire_date: '2025-01-01' }));
    const days = ['2025-04-07', '2025-04-08', '2025-04-09'];
    for (const day of days) {
      await db.repos.attendance.create({
        employee_id,
        attendance_date: day,
        team_id: 'DEV',
        status: 'present',
        check_in_time: '09:00:00',
        check_out_time: null,
        hours_worked: null,
        notes: null,
      });
    }
    // The first step only, as if the process died right after it.
    const doc = createDocumentClient({ region: 'us-east-1', endpoint: process.env.TEST_DYNAMODB_ENDPOINT });
    await doc.send(new DeleteCommand({ TableName: tableName(), Key: keys.employee(employee_id) }));
    doc.destroy();
    expect((await walk((page) => db.repos.attendance.list({ employee_id }, page), 10)).items).toHaveLength(3);

    expect(await db.repos.employees.delete(employee_id)).toBe(false);
    expect((await walk((page) => db.repos.attendance.list({ employee_id }, page), 10)).items).toEqual([]);
    const { facts } = await db.repos.attendance.dailyFacts('2025-04-07', '2025-04-09', ['DEV']);
    expect(facts.map((c) => c.present)).toEqual([0, 0, 0]);
  });

  it('when a login was written before it carried its employee status, then the employee item decides, so a leaver of old data is refused', async () => {
    await seedTeams(db.repos, 'DEV');
    const { employee_id } = await db.repos.employees.create(newEmployee({ team_id: 'DEV' }), { password_hash: 'h', role: 'employee' });
    await db.repos.employees.update(employee_id, { status: 'inactive' }, CONTRACT_TODAY);
    const doc = createDocumentClient({ region: 'us-east-1', endpoint: process.env.TEST_DYNAMODB_ENDPOINT });
    await doc.send(new UpdateCommand({ TableName: tableName(), Key: keys.account(employee_id), UpdateExpression: 'REMOVE employee_status' }));
    doc.destroy();
    expect((await db.repos.accounts.get(employee_id))?.employee_status).toBe('inactive');
  });
});
