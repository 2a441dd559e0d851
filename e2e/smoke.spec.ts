// The production server itself: the built app loads under its CSP, and /system/ws/* reaches the simulator.
import { expect, test } from './fixtures';

const LOGIN = '/system/ws/v12/authentication/user/login';
const LOGOUT = '/system/ws/v12/authentication/user/logout';

test('the app loads from / with its security headers and no CSP violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });

  const response = await page.goto('/');

  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('Case search');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe('no-cache');
  expect(violations).toEqual([]);
});

test('login and logout are forwarded to the simulator', async ({ request, user }) => {
  // This worker's own account (qa1, qa2, ...), so its session never counts against another worker's cap.
  const login = await request.post(LOGIN, {
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    data: { userName: user, password: 'egain-demo' },
  });

  expect(login.status()).toBe(204);
  const session = login.headers()['x-egain-session'];
  expect(session).toMatch(/\S/);
  expect(login.headers()['set-cookie']).toBeUndefined();

  const logout = await request.delete(LOGOUT, {
    headers: { Accept: 'application/json', 'X-egain-session': session ?? '' },
  });
  expect(logout.status()).toBe(204);
});

test('paths outside /system/ws are never forwarded', async ({ request }) => {
  const outside = await request.get('/system/other');
  expect(outside.status()).toBe(404);
  expect(await outside.json()).toMatchObject({ code: '404-100' });

  // An app route that is not a file falls back to the app.
  const appRoute = await request.get('/some/app/route');
  expect(appRoute.status()).toBe(200);
  expect(await appRoute.text()).toContain('<title>Case search</title>');
});
