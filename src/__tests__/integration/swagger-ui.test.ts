import { networkInterfaces } from 'node:os';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { sqlBackends } from '../support/backends';
import { chromiumPath } from '../support/chromium';
import { listen, type Listening } from '../support/listening';
import { ADMIN, useTestApp } from '../support/test-app';

const executablePath = chromiumPath();

/** An address of this machine other than loopback: where /docs is opened over plain HTTP from another host. */
const networkAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address?.family === 'IPv4' && !address.internal)?.address;

// Swagger UI's bundle is 1.5 MB of script for Chromium to parse with both cores busy: waits are the browser's, not a measure.
const UI_WAIT = { timeout: 60_000 };

(executablePath ? describe : describe.skip)('Swagger UI at /docs in headless Chromium, against the Node server', () => {
  const testApp = useTestApp(sqlBackends()[0]!);
  let server: Listening;
  let browser: Browser;
  let context: BrowserContext;
  const leaving: string[] = [];

  beforeAll(async () => {
    // Every interface, so the page can also be opened on the machine's network address.
    server = await listen(testApp().app, '0.0.0.0');
    browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    context = await browser.newContext();
    // Nothing may leave the machine: any request to another host is refused and remembered.
    const local = new Set(['127.0.0.1', networkAddress]);
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (local.has(new URL(url).hostname)) return route.continue();
      leaving.push(url);
      return route.abort();
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openDocs(host: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`http://${host}:${server.port}/docs/`);
    // The title is drawn by Swagger UI's script from the document: a blank page never shows it.
    await page.locator('.swagger-ui .info .title', { hasText: 'workforce-api' }).waitFor(UI_WAIT);
    return page;
  }

  it('when a user authorizes with the password flow and tries GET /employees, then the answer is 200 and no filter was sent unasked', async () => {
    const page = await openDocs('127.0.0.1');
    await page.locator('.auth-wrapper .btn.authorize').click();
    const dialog = page.locator('.dialog-ux');
    await dialog.locator('#oauth_username').fill(ADMIN.username);
    await dialog.locator('#oauth_password').fill(ADMIN.password);
    const login = page.waitForResponse((response) => new URL(response.url()).pathname === '/token', UI_WAIT);
    await dialog.getByRole('button', { name: 'Apply given OAuth2 credentials' }).click();
    expect((await login).status()).toBe(200);
    await dialog.getByRole('button', { name: 'Remove authorization' }).waitFor(UI_WAIT);
    await dialog.locator('.close-modal').click();

    const operation = page.locator('#operations-Employees-getEmployees');
    await operation.locator('.opblock-summary').click();
    await operation.locator('.try-out__btn').click();
    const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/employees', UI_WAIT);
    await operation.locator('.execute').click();
    const response = await answer;
    expect(response.status()).toBe(200);
    expect(await response.request().headerValue('authorization')).toMatch(/^Bearer \S+$/);
    // "Try it out" sends limit's default and nothing else.
    expect([...new URL(response.url()).searchParams.keys()].filter((key) => key !== 'limit')).toEqual([]);
    await operation.locator('.live-responses-table .response-col_status', { hasText: '200' }).first().waitFor(UI_WAIT);
    expect(leaving).toEqual([]);
    await page.close();
  }, 180_000);

  it('when /docs is opened over plain HTTP on the machine\'s network address, then the page draws (its scripts are not sent to HTTPS)', async () => {
    expect(networkAddress).toBeDefined();
    const page = await openDocs(networkAddress!);
    expect(await page.locator('.opblock').count()).toBeGreaterThan(30);
    expect(leaving).toEqual([]);
    await page.close();
  }, 180_000);
});
