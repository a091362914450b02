import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLambda } from '../../cli/build-lambda';
import { deployedEnvironment } from '../../cli/deployed-environment';
import { apiGatewayFront, type ApiGatewayFront } from '../support/api-gateway-front';
import { startBundle, type RunningBundle } from '../support/built-bundle';
import { chromiumPath } from '../support/chromium';
import { authorize, localOnlyBrowser, openDocs, tryGetEmployees, type LocalBrowser } from '../support/swagger-ui-flow';

const executablePath = chromiumPath();

/**
 * The bundle `npm run build:lambda` makes, with serverless.yml's environment,
 * on DynamoDB Local, behind an HTTP front that turns the browser's requests
 * into API Gateway HTTP API events (serverless-offline strips /docs/'s
 * trailing slash, which the page's relative asset links need).
 */
(executablePath ? describe : describe.skip)('Swagger UI at /docs in headless Chromium, against the Lambda bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'workforce-docs-lambda-'));
  const env: Record<string, string> = {
    ...deployedEnvironment(`docs_${Date.now().toString(36)}`),
    DYNAMODB_ENDPOINT: process.env.TEST_DYNAMODB_ENDPOINT!,
    BCRYPT_ROUNDS: '4',
  };
  let bundle: RunningBundle;
  let front: ApiGatewayFront;
  let browser: LocalBrowser;

  beforeAll(async () => {
    const outfile = await buildLambda(join(dir, 'dist', 'lambda.mjs'));
    bundle = startBundle(outfile, env);
    front = await apiGatewayFront(bundle);
    browser = await localOnlyBrowser(executablePath!, ['127.0.0.1']);
  }, 180_000);
  afterAll(async () => {
    await browser?.browser.close();
    await front?.close();
    await bundle?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when a user authorizes with the password flow and tries GET /employees, then the answer is 200 and nothing left the machine', async () => {
    const page = await openDocs(browser.context, front.url);
    const login = await authorize(page, 'admin', env.ADMIN_PASSWORD!);
    expect(login.status()).toBe(200);
    expect(await login.request().headerValue('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
    const response = await tryGetEmployees(page);
    expect(response.status()).toBe(200);
    expect(await response.request().headerValue('authorization')).toMatch(/^Bearer \S+$/);
    expect(((await response.json()) as { items: unknown[] }).items).toEqual(expect.any(Array));
    expect(browser.leaving).toEqual([]);
    await page.close();
  }, 180_000);
});
