import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tableDefinition } from '../../infrastructure/dynamodb/table';

/** serverless.yml's table is a second spelling of the adapter's; this keeps them one. */
describe('serverless.yml', () => {
  const config = parse(readFileSync(join(__dirname, '..', '..', '..', 'serverless', 'serverless.yml'), 'utf8')) as {
    params: { default: Record<string, string> };
    custom: {
      routes: Record<string, ({ httpApi: string } | { httpApi: { method: string; path: string; authorizer?: { name: string } } })[]>;
      authorizers: Record<string, Record<string, { type: string; issuerUrl: string; audience: string[] }>>;
    };
    provider: { environment: Record<string, string>; httpApi: { authorizers: string }; iam: { role: { statements: { Action: string[] }[] } } };
    functions: { api: { handler: string; events: string } };
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

  describe('the optional Cognito authorizer', () => {
    it('is off unless asked for: local logins, and one catch-all route with no authorizer', () => {
      expect(config.params.default).toMatchObject({ authProvider: 'local', apiAuthorizer: 'none' });
      expect(config.functions.api.events).toBe('${self:custom.routes.${param:apiAuthorizer}}');
      expect(config.provider.httpApi.authorizers).toBe('${self:custom.authorizers.${param:apiAuthorizer}}');
      expect(config.custom.routes.none).toEqual([{ httpApi: '*' }]);
      expect(config.custom.authorizers.none).toEqual({});
      expect(config.provider.environment).toMatchObject({ AUTH_PROVIDER: '${param:authProvider}', COGNITO_USER_POOL_ID: '${param:cognitoUserPoolId}', COGNITO_CLIENT_ID: '${param:cognitoClientId}' });
    });

    it("when on, guards every route but the public ones with a JWT authorizer for the service's own pool and client", () => {
      const routes = config.custom.routes.cognito!.map((event) => event.httpApi as { method: string; path: string; authorizer?: { name: string } });
      const open = routes.filter((route) => !route.authorizer).map((route) => `${route.method} ${route.path}`);
      expect(open).toEqual(['GET /status', 'GET /health', 'GET /openapi.json', 'GET /docs', 'GET /docs/{proxy+}', 'OPTIONS /{proxy+}']);
      expect(routes.at(-1)).toEqual({ method: '*', path: '*', authorizer: { name: 'cognito' } });
      expect(config.custom.authorizers.cognito!.cognito).toMatchObject({
        type: 'jwt',
        issuerUrl: 'https://cognito-idp.${self:provider.region}.amazonaws.com/${param:cognitoUserPoolId}',
        audience: ['${param:cognitoClientId}'],
      });
    });
  });
});
