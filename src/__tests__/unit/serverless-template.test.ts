import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tableDefinition } from '../../infrastructure/dynamodb/table';

/** serverless.yml's table is a second spelling of the adapter's; this keeps them one. */
describe('serverless.yml', () => {
  const config = parse(readFileSync(join(__dirname, '..', '..', '..', 'serverless', 'serverless.yml'), 'utf8')) as {
    provider: { environment: Record<string, string>; iam: { role: { statements: { Action: string[] }[] } } };
    functions: { api: { handler: string } };
    resources: { Resources: { Table: { Properties: Record<string, unknown> } } };
  };

  it('declares the table, keys and indexes exactly as the DynamoDB adapter creates them', () => {
    const { TableName: _name, ...expected } = tableDefinition('any');
    const { TableName: _deployed, PointInTimeRecoverySpecification, ...deployed } = config.resources.Resources.Table.Properties;
    expect(deployed).toEqual(expected);
    expect(PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  it('runs the Lambda entry point on DynamoDB with the deployed table', () => {
    expect(config.functions.api.handler).toBe('dist/lambda.handler');
    expect(config.provider.environment).toMatchObject({ DB_DRIVER: 'dynamodb', DYNAMODB_TABLE: '${self:custom.tableName}' });
  });

  it('grants no Scan', () => {
    const actions = config.provider.iam.role.statements.flatMap((statement) => statement.Action);
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:ConditionCheckItem']));
  });
});
