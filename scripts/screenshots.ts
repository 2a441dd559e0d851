// `npm run screenshots`: drives the built product against the embedded simulator in Chromium and
// writes the README's pictures to docs/screenshots/ (or the folder given as the first argument).
// Builds the bundle first when it is stale, like `npm start`.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { loadConfig } from '../server/config.ts';
import { PROJECT_ROOT, startServer } from '../server/main.ts';

const outDir = resolve(process.argv[2] ?? join(PROJECT_ROOT, 'docs', 'screenshots'));
await mkdir(outDir, { recursive: true });

// Loopback, an ephemeral port, the embedded simulator, no test controls.
const config = loadConfig({ PORT: '0', HOST: '127.0.0.1' });
const server = await startServer(config, { log: () => {} });
const credentials = server.upstream.simulator?.credentials;
if (!credentials) throw new Error('The screenshots need the embedded simulator (unset EGAIN_URL).');
const browser = await chromium.launch(chromiumLaunchOptions);

async function shot(page: Page, name: string): Promise<void> {
  // Nothing moves while the picture is taken: no caret, no pending fetches.
  await page.waitForLoadState('networkidle');
  await page.screenshot({
    path: join(outDir, `${name}.png`),
    caret: 'hide',
    animations: 'disabled',
  });
  process.stdout.write(`${name}.png\n`);
}

async function signedInPage(
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    colorScheme,
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('textbox', { name: 'User name' }).fill(credentials?.userName ?? '');
  await page.getByLabel('Password').fill(credentials?.password ?? '');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('textbox', { name: 'Quick lookup' }).waitFor();
  return page;
}

async function lookUp(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Quick lookup' });
  await box.fill(text);
  await box.press('Enter');
  await page.getByRole('table', { name: 'Cases' }).waitFor();
}

async function departmentSearch(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('');
  await page.getByRole('textbox', { name: 'Department', exact: true }).fill('Service');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('table', { name: 'Cases' }).getByRole('row').nth(10).waitFor();
}

try {
  const signIn = await (
    await browser.newContext({ viewport: { width: 1280, height: 720 } })
  ).newPage();
  await signIn.goto(server.url);
  await signIn.getByRole('heading', { name: 'Sign in' }).waitFor();
  await shot(signIn, 'sign-in');

  const results = await signedInPage({ width: 1280, height: 720 });
  await departmentSearch(results);
  await results.keyboard.press('j');
  await shot(results, 'results');

  const wide = await signedInPage({ width: 1440, height: 900 });
  await lookUp(wide, 'jhenry@customer.com');
  await wide.keyboard.press('c');
  await wide
    .getByRole('region', { name: /^Customer/ })
    .getByText('Customer ID')
    .waitFor();
  await shot(wide, 'customer-pane');

  await departmentSearch(wide);
  await wide.keyboard.press('j');
  await wide.keyboard.press('a');
  await wide.getByRole('table', { name: 'Activities' }).waitFor();
  await shot(wide, 'activities-pane');

  const invalid = await signedInPage({ width: 1280, height: 720 });
  await invalid.getByRole('textbox', { name: 'Email', exact: true }).fill('jhenry@');
  await invalid.getByRole('textbox', { name: 'Created from', exact: true }).fill('2024-02-30');
  await invalid.getByRole('button', { name: 'Search', exact: true }).click();
  await invalid.getByText('This date or time does not exist', { exact: false }).waitFor();
  await shot(invalid, 'validation-error');

  const dark = await signedInPage({ width: 1440, height: 900 }, 'dark');
  await departmentSearch(dark);
  await dark.keyboard.press('j');
  await dark.keyboard.press('c');
  await dark
    .getByRole('region', { name: /^Customer/ })
    .getByText('Customer ID')
    .waitFor();
  await shot(dark, 'dark-theme');

  const phone = await signedInPage({ width: 390, height: 844 });
  await lookUp(phone, 'customer 1133');
  await shot(phone, 'narrow-390px');
} finally {
  await browser.close();
  await server.close();
}
