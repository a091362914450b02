import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tableDefinition } from '../../infrastructure/dynamodb/table-definition';
import { buildLambda } from '../../cli/build-lambda';
import { SWAGGER_UI_ASSETS } from '../../http/swagger-ui-assets';

const ROOT = join(__dirname, '..', '..', '..');
const ADAPTER = join(ROOT, 'src', 'infrastructure', 'dynamodb');

interface Resource {
  Type: string;
  Properties: Record<string, unknown>;
}
interface Statement {
  Effect: string;
  Action: string[];
  Resource: unknown[];
}

/** The IAM action each command the adapter sends needs (a transaction is authorised per item action). */
const ACTION_FOR: Record<string, string> = {
  GetCommand: 'dynamodb:GetItem',
  BatchGetCommand: 'dynamodb:BatchGetItem',
  PutCommand: 'dynamodb:PutItem',
  UpdateCommand: 'dynamodb:UpdateItem',
  DeleteCommand: 'dynamodb:DeleteItem',
  QueryCommand: 'dynamodb:Query',
  'Put:': 'dynamodb:PutItem',
  'Update:': 'dynamodb:UpdateItem',
  'Delete:': 'dynamodb:DeleteItem',
  'ConditionCheck:': 'dynamodb:ConditionCheckItem',
};

/** What the deployed function may need: every command in the adapter except client.ts's table creation, which only runs against a local endpoint. */
function actionsTheAdapterCalls(): Set<string> {
  const actions = new Set<string>();
  for (const file of readdirSync(ADAPTER).filter((name) => name.endsWith('.ts') && name !== 'client.ts')) {
    const source = readFileSync(join(ADAPTER, file), 'utf8');
    for (const [, command] of source.matchAll(/new (\w+Command)\(/g)) {
      if (command === 'TransactWriteCommand') continue;
      const action = ACTION_FOR[command!];
      if (!action) throw new Error(`${file} sends ${command}, which this test does not map to an IAM action`);
      actions.add(action);
    }
    for (const [item] of source.matchAll(/\b(Put|Update|Delete|ConditionCheck):/g)) actions.add(ACTION_FOR[item]!);
  }
  return actions;
}

/** `serverless package` as a deploy runs it, with no AWS credentials; the CloudFormation resources it would deploy. */
async function packageService(out: string, params: string[] = []): Promise<Record<string, Resource>> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')));
  await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'serverless'), ['package', '--package', out, ...params.map((param) => `--param=${param}`)], {
    cwd: join(ROOT, 'serverless'),
    env: { ...env, SLS_TELEMETRY_DISABLED: '1', JWT_SECRET: 'packaging-only-secret-packaging-only', ADMIN_PASSWORD: 'packaging-only' },
  });
  return (JSON.parse(readFileSync(join(out, 'cloudformation-template-update-stack.json'), 'utf8')) as { Resources: Record<string, Resource> }).Resources;
}

const outputs: string[] = [];
const outputDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'workforce-sls-'));
  outputs.push(dir);
  return dir;
};

beforeAll(() => buildLambda(), 60_000);
afterAll(() => outputs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const ofType = (resources: Record<string, Resource>, type: string) => Object.values(resources).filter((resource) => resource.Type === type);

/** `npm run package:lambda` as CI runs it: the esbuild bundle, then Serverless v3 packaging; the test reads what would be deployed. */
describe('the packaged serverless service', () => {
  const out = outputDir();
  let resources: Record<string, Resource>;

  beforeAll(async () => {
    resources = await packageService(out);
  }, 120_000);

  const ofType = (type: string) => Object.values(resources).filter((resource) => resource.Type === type);

  it('declares the table, keys and indexes exactly as the DynamoDB adapter creates them, with point-in-time recovery', () => {
    const [table] = ofType('AWS::DynamoDB::Table');
    const { TableName: _name, ...expected } = tableDefinition('any');
    const { TableName, PointInTimeRecoverySpecification, ...deployed } = table!.Properties;
    expect(deployed).toEqual(expected);
    expect(PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(TableName).toBe('workforce-api-dev');
  });

  it('grants exactly the DynamoDB actions the adapter calls, on the table and its indexes, and no Scan', () => {
    const [role] = ofType('AWS::IAM::Role');
    const policies = role!.Properties.Policies as { PolicyDocument: { Statement: Statement[] } }[];
    const dynamo = policies
      .flatMap((policy) => policy.PolicyDocument.Statement)
      .filter((statement) => statement.Action.some((action) => action.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    expect(new Set(dynamo[0]!.Action)).toEqual(actionsTheAdapterCalls());
    expect(dynamo[0]!.Resource).toEqual([{ 'Fn::GetAtt': ['Table', 'Arn'] }, { 'Fn::Join': ['/', [{ 'Fn::GetAtt': ['Table', 'Arn'] }, 'index', '*']] }]);
  });

  it('runs the bundled handler on node20 against that table, with Lambda-sized import limits', () => {
    const [fn] = ofType('AWS::Lambda::Function');
    expect(fn!.Properties).toMatchObject({ Handler: 'dist/lambda.handler', Runtime: 'nodejs20.x' });
    const variables = (fn!.Properties.Environment as { Variables: Record<string, string> }).Variables;
    expect(variables).toMatchObject({ DB_DRIVER: 'dynamodb', DYNAMODB_TABLE: 'workforce-api-dev', NODE_ENV: 'production', TRUST_PROXY: '1' });
    expect(Number(variables.IMPORT_MAX_ROWS)).toBeLessThanOrEqual(5000);
    expect(variables.IMPORT_MAX_BYTES).toMatch(/^[1-4]mb$/);
    // Node 20 would decode the whole source map at every cold start; logged stacks read it lazily instead.
    expect(variables.NODE_OPTIONS ?? '').not.toContain('--enable-source-maps');
  });

  it('routes every path of an HTTP API to the function and keeps its logs for a set time', () => {
    expect(ofType('AWS::ApiGatewayV2::Api')).toHaveLength(1);
    expect(ofType('AWS::ApiGatewayV2::Route').map((route) => route.Properties.RouteKey)).toEqual(['$default']);
    expect(ofType('AWS::Logs::LogGroup')[0]!.Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('signs people in with local logins, and puts no authorizer in front, unless asked', () => {
    const [fn] = ofType('AWS::Lambda::Function');
    expect((fn!.Properties.Environment as { Variables: Record<string, string> }).Variables.AUTH_PROVIDER).toBe('local');
    expect(ofType('AWS::ApiGatewayV2::Authorizer')).toEqual([]);
  });

  it('ships the bundle with every chunk it imports and the Swagger UI assets it serves, not node_modules', () => {
    const zip = readFileSync(join(out, 'workforce-api.zip'));
    const modules = readdirSync(join(ROOT, 'serverless', 'dist')).filter((name) => name.endsWith('.mjs'));
    expect(modules).toContain('lambda.mjs');
    expect(modules.length).toBeGreaterThan(1);
    for (const name of modules) expect(zip.includes(`dist/${name}`)).toBe(true);
    for (const name of SWAGGER_UI_ASSETS) expect(zip.includes(`dist/swagger-ui/${name}`)).toBe(true);
    for (const name of readdirSync(join(ROOT, 'serverless', 'dist', 'lazy'))) expect(zip.includes(`dist/lazy/${name}`)).toBe(true);
    expect(zip.includes('node_modules/')).toBe(false);
    expect(statSync(join(out, 'workforce-api.zip')).size).toBeLessThan(10 * 1024 * 1024);
  });
});

describe('the packaged service with Cognito sign-in and its API Gateway authorizer', () => {
  const pool = 'eu-west-1_AbC123xyz';
  let resources: Record<string, Resource>;

  beforeAll(async () => {
    resources = await packageService(outputDir(), ['authProvider=cognito', `cognitoUserPoolId=${pool}`, 'cognitoClientId=client123', 'apiAuthorizer=cognito']);
  }, 120_000);

  it("verifies tokens in the function for the deployment's pool and client", () => {
    const [fn] = ofType(resources, 'AWS::Lambda::Function');
    expect((fn!.Properties.Environment as { Variables: Record<string, string> }).Variables).toMatchObject({
      AUTH_PROVIDER: 'cognito',
      COGNITO_USER_POOL_ID: pool,
      COGNITO_CLIENT_ID: 'client123',
    });
  });

  it('puts a JWT authorizer for the same pool and client in front of every route but the public ones', () => {
    const [authorizer] = ofType(resources, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizer!.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      JwtConfiguration: { Audience: ['client123'], Issuer: `https://cognito-idp.eu-west-1.amazonaws.com/${pool}` },
    });
    const routes = ofType(resources, 'AWS::ApiGatewayV2::Route').map((route) => route.Properties);
    const open = routes.filter((route) => route.AuthorizationType !== 'JWT').map((route) => route.RouteKey);
    expect(new Set(open)).toEqual(new Set(['GET /status', 'GET /health', 'GET /openapi.json', 'GET /docs', 'GET /docs/{proxy+}', 'OPTIONS /{proxy+}']));
    expect(routes.filter((route) => route.AuthorizationType === 'JWT').map((route) => route.RouteKey)).toEqual(['$default']);
  });
});
