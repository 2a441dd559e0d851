// What the production server lets through from an eGain server that sends documents instead of data
// (decision 020), and what the browser can see of the build: a third server, started here, forwards to
// a fake eGain server that answers HTML with script and a script file.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PASSWORD, expect, signIn, test } from './fixtures';
import { loadConfig } from '../server/config.ts';
import { PROJECT_ROOT, startServer, type RunningServer } from '../server/main.ts';

const LOGIN = '/system/ws/v12/authentication/user/login';

const HOSTILE_HTML =
  '<!doctype html><title>pwned</title><script>window.__pwned = sessionStorage.length + 1;' +
  'document.title = "pwned";</script><h1>Upstream page</h1>';

test.describe('an eGain server that answers with documents', () => {
  let egain: Server;
  let running: RunningServer;

  test.beforeAll(async () => {
    egain = createServer((request, response) => {
      request.resume();
      if (request.url?.endsWith('.js')) {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        response.end('window.__pwned = sessionStorage.length + 1;');
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(HOSTILE_HTML);
    });
    await new Promise<void>((resolve) => egain.listen(0, '127.0.0.1', resolve));
    const egainAddress: AddressInfo | string | null = egain.address();
    if (egainAddress === null || typeof egainAddress === 'string') throw new Error('no port');
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      EGAIN_URL: `http://127.0.0.1:${egainAddress.port}/system`,
    });
    // The bundle the suite's first server built.
    running = await startServer(config, { distDir: join(PROJECT_ROOT, 'dist'), log: () => {} });
  });

  test.afterAll(async () => {
    await running.close();
    await new Promise<void>((resolve) => egain.close(() => resolve()));
  });

  test('an HTML answer opened in the browser is an error in the eGain shape and runs no script', async ({
    page,
  }) => {
    const response = await page.goto(`${running.url}system/ws/v12/interaction/case/1000`);
    expect(response?.status()).toBe(502);
    expect(response?.headers()['content-type']).toMatch(/^application\/json/);
    expect(response?.headers()['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'; sandbox",
    );
    expect(response?.headers()['cache-control']).toBe('no-store');
    await expect(page.getByText('502-102')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Upstream page' })).toBeHidden();
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    await expect(page).not.toHaveTitle('pwned');
  });

  test('a script under /system/ws/ cannot run as the app’s own code', async ({ page }) => {
    await page.goto(running.url);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.evaluate(() => sessionStorage.setItem('probe', 'x'));
    // Injected the way an attacker would: the app's CSP allows same-origin scripts.
    const loaded = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const script = document.createElement('script');
          script.src = '/system/ws/v12/evil.js';
          script.onload = () => resolve('loaded');
          script.onerror = () => resolve('refused');
          document.head.append(script);
        }),
    );
    expect(loaded).toBe('refused');
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
  });

  test('signing in against it shows a clear error and keeps the form', async ({ page }) => {
    await page.goto(running.url);
    await signIn(page, 'qa1', PASSWORD);
    await expect(page.getByRole('alert')).toContainText('502-102');
    await expect(page.getByRole('alert')).toContainText('not JSON');
    await expect(page.getByRole('textbox', { name: 'User name' })).toHaveValue('qa1');
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
  });
});

test('the production build serves no source maps', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(new URL(response.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  for (const path of scripts) {
    const script = await request.get(path);
    expect(await script.text()).not.toContain('sourceMappingURL');
    expect((await request.get(`${path}.map`)).status()).toBe(404);
  }
});

test('repeated wrong passwords for one user name end in a clear wait, not more guesses', async ({
  page,
}) => {
  // A user name of its own: the lock must not touch the accounts other tests sign in with.
  const userName = `locked-${test.info().workerIndex}-${Date.now()}`;
  await page.goto('/');
  for (let attempt = 1; attempt <= 10; attempt++) {
    const answer = page.waitForResponse((response) => response.url().includes(LOGIN));
    await signIn(page, userName, `wrong-${attempt}`);
    expect((await answer).status()).toBe(401);
    await expect(page.getByRole('alert')).toContainText('401-100');
  }
  await signIn(page, userName, 'wrong-11');
  await expect(page.getByRole('alert')).toContainText('429-100');
  await expect(page.getByRole('alert')).toContainText('Too many failed sign-ins');
  await expect(page.getByRole('textbox', { name: 'User name' })).toHaveValue(userName);
});
