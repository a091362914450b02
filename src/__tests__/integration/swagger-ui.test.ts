import { networkInterfaces } from 'node:os';
import { sqlBackends } from '../support/backends';
import { chromiumPath } from '../support/chromium';
import { listen, type Listening } from '../support/listening';
import { authorize, localOnlyBrowser, openDocs, tryGetEmployees, type LocalBrowser } from '../support/swagger-ui-flow';
import { ADMIN, useTestApp } from '../support/test-app';

const executablePath = chromiumPath();

/** An address of this machine other than loopback: where /docs is opened over plain HTTP from another host. */
const networkAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address?.family === 'IPv4' && !address.internal)?.address;

(executablePath ? describe : describe.skip)('Swagger UI at /docs in headless Chromium, against the Node server', () => {
  const testApp = useTestApp(sqlBackends()[0]!);
  let server: Listening;
  let browser: LocalBrowser;

  beforeAll(async () => {
    // Every interface, so the page can also be opened on the machine's network address.
    server = await listen(testApp().app, '0.0.0.0');
    browser = await localOnlyBrowser(executablePath!, ['127.0.0.1', ...(networkAddress ? [networkAddress] : [])]);
  }, 120_000);
  afterAll(async () => {
    await browser?.browser.close();
    await server?.close();
  });

  it('when a user authorizes with the password flow and tries GET /employees, then the answer is 200 and no filter was sent unasked', async () => {
    const page = await openDocs(browser.context, `http://127.0.0.1:${server.port}`);
    expect((await authorize(page, ADMIN.username, ADMIN.password)).status()).toBe(200);
    const response = await tryGetEmployees(page);
    expect(response.status()).toBe(200);
    expect(await response.request().headerValue('authorization')).toMatch(/^Bearer \S+$/);
    // "Try it out" sends limit's default and nothing else.
    expect([...new URL(response.url()).searchParams.keys()].filter((key) => key !== 'limit')).toEqual([]);
    expect(browser.leaving).toEqual([]);
    await page.close();
  }, 180_000);

  it("when /docs is opened over plain HTTP on the machine's network address, then the page draws (its scripts are not sent to HTTPS)", async () => {
    expect(networkAddress).toBeDefined();
    const page = await openDocs(browser.context, `http://${networkAddress!}:${server.port}`);
    expect(await page.locator('.opblock').count()).toBeGreaterThan(30);
    expect(browser.leaving).toEqual([]);
    await page.close();
  }, 180_000);
});
