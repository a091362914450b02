import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';

// Swagger UI's bundle is 1.5 MB of script for Chromium to parse with both cores busy: waits are the browser's, not a measure.
export const UI_WAIT = { timeout: 60_000 };

export interface LocalBrowser {
  browser: Browser;
  context: BrowserContext;
  /** Every request the pages tried to send off the machine (each was refused). */
  leaving: string[];
}

/** Headless Chromium whose pages may reach only the given hosts: any request to another is refused and remembered. */
export async function localOnlyBrowser(executablePath: string, localHosts: readonly string[]): Promise<LocalBrowser> {
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const context = await browser.newContext();
  const leaving: string[] = [];
  const local = new Set(localHosts);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (local.has(new URL(url).hostname)) return route.continue();
    leaving.push(url);
    return route.abort();
  });
  return { browser, context, leaving };
}

/** Swagger UI at `${base}/docs/`, once it has drawn the document. */
export async function openDocs(context: BrowserContext, base: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/docs/`);
  // The title is drawn by Swagger UI's script from the document: a blank page never shows it.
  await page.locator('.swagger-ui .info .title', { hasText: 'workforce-api' }).waitFor(UI_WAIT);
  return page;
}

/** Authorize with the OAuth2 password flow, as a user does: the answer to the token request it sends. */
export async function authorize(page: Page, username: string, password: string): Promise<Response> {
  await page.locator('.auth-wrapper .btn.authorize').click();
  const dialog = page.locator('.dialog-ux');
  await dialog.locator('#oauth_username').fill(username);
  await dialog.locator('#oauth_password').fill(password);
  const login = page.waitForResponse((response) => new URL(response.url()).pathname === '/token', UI_WAIT);
  await dialog.getByRole('button', { name: 'Apply given OAuth2 credentials' }).click();
  return login;
}

/** Once authorized: "Try it out" and Execute on GET /employees; its answer, once Swagger UI shows the status. */
export async function tryGetEmployees(page: Page): Promise<Response> {
  const dialog = page.locator('.dialog-ux');
  await dialog.getByRole('button', { name: 'Remove authorization' }).waitFor(UI_WAIT);
  await dialog.locator('.close-modal').click();
  const operation = page.locator('#operations-Employees-getEmployees');
  await operation.locator('.opblock-summary').click();
  await operation.locator('.try-out__btn').click();
  const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/employees', UI_WAIT);
  await operation.locator('.execute').click();
  const response = await answer;
  await operation
    .locator('.live-responses-table .response-col_status', { hasText: String(response.status()) })
    .first()
    .waitFor(UI_WAIT);
  return response;
}
