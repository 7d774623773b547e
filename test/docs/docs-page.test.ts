/**
 * The published reference page in a real browser: headless Chromium (Debian's, driven by playwright-core) opens
 * docs/index.html from disk, with no network, and must render all four operations and the create example.
 * `.ci/run` installs Chromium when it is missing; outside CI the test is skipped where there is none.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/project-copy.js';
import { deref, specOperations } from '../support/spec.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run should have installed Debian's chromium`);

let browser: Browser;
beforeAll(async () => {
  if (!available) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!available)('docs/index.html in headless Chromium', () => {
  it('renders every operation and the create example, offline', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    // Offline: requests that leave the file are refused and recorded. Redoc's "API docs by" badge is the one
    // thing it fetches (a logo from its CDN, hidden when that fails); nothing the docs need may be remote.
    const external: string[] = [];
    await context.route(/^(?!file:|data:|blob:|about:)/, (route) => {
      external.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(PROJECT_ROOT, 'docs/index.html')).href);

    // Redoc puts zero-width break opportunities into long paths and names.
    const bodyText = async () => (await page.innerText('body')).replace(/[\u200b\u00ad]/g, '');

    // A reader opens the tag, then each operation, from the navigation, as a person would. Redoc renders the
    // sections near the one in view, so each is checked once it is open.
    await page.getByText('Provider Configs', { exact: true }).first().click();
    for (const { op, method, path, operationId } of specOperations()) {
      await page.getByText(op.summary, { exact: true }).first().click({ timeout: 10_000 });
      await expect.poll(() => page.url()).toMatch(new RegExp(`#/.*${operationId.toLowerCase()}$`));
      await expect.poll(async () => (await bodyText()).includes(`${method.toUpperCase()}\n${path}`), { timeout: 15_000, message: `${operationId} rendered` }).toBe(true);
    }

    await page.getByText('Create a provider config', { exact: true }).first().click();
    // The samples render once the section is in view; wait for the request example of create.
    await expect.poll(async () => (await bodyText()).includes('"secret_id": "secret_id"'), { timeout: 15_000 }).toBe(true);
    const text = await bodyText();
    const request = specOperations().find((o) => o.operationId === 'createProviderConfig')!.op.requestBody.content['application/json'].example;
    const response = deref(specOperations().find((o) => o.operationId === 'createProviderConfig')!.op.responses['200']).content['application/json'].example;
    for (const [key, value] of Object.entries(request)) expect(text).toContain(`"${key}": ${JSON.stringify(value)}`);
    for (const [key, value] of Object.entries(response.result as Record<string, unknown>)) expect(text).toContain(`"${key}": ${JSON.stringify(value)}`);

    expect(errors).toEqual([]);
    expect(external.filter((url) => !/^https:\/\/cdn\.redoc\.ly\/redoc\/logo/.test(url))).toEqual([]);
    await context.close();
  }, 60_000);
});
