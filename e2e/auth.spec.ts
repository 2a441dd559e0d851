// Sign-in, sign-out and the session-keeping client, through the real server and the simulator.
import { PASSWORD, expect, signIn, test } from './fixtures';

const LOGIN = '/system/ws/v12/authentication/user/login';

test('signing in shows the search screen with Sign out', async ({ page, user, sim: _sim }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await signIn(page, user);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('search', { name: 'Case search' })).toBeVisible();
});

test('a wrong password shows the server message and keeps the user name', async ({ page, user, sim: _sim }) => {
  await page.goto('/');
  await signIn(page, user, 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('401-100');
  await expect(page.getByRole('textbox', { name: 'User name' })).toHaveValue(user);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
});

test('sign out forgets the session and Back does not reveal results', async ({ signedIn: page }) => {
  await page.goto('/#department=Service');
  await expect(page.getByRole('table', { name: 'Cases' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate(() => ({ ...window.sessionStorage }))).toEqual({});
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Cases' })).toBeHidden();
});

test('a reload keeps the session', async ({ signedIn: page }) => {
  await page.goto('/#department=Service');
  await expect(page.getByRole('table', { name: 'Cases' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Cases' })).toBeVisible();
});

test('session expiry mid-search: sign in again and nothing is lost', async ({ signedIn: page, sim, user }) => {
  await page.goto('/#department=Service');
  const status = page.getByRole('status').filter({ hasText: /Showing/ });
  await expect(status).toContainText('Showing 1–25 of');
  const firstRows = await page.getByRole('table', { name: 'Cases' }).getByRole('row').allTextContents();

  await sim.expireSessions();
  // The next page is prefetched; the last one is not, so this click needs the server.
  await page.getByRole('button', { name: 'Last page' }).click();

  const dialog = page.getByRole('dialog', { name: 'Session expired' });
  await expect(dialog).toBeVisible();
  // The screen underneath is untouched while the dialog is open.
  await expect(page.getByRole('table', { name: 'Cases' }).getByRole('row')).toHaveText(firstRows);
  await expect(dialog.getByRole('textbox', { name: 'User name' })).toHaveValue(user);
  await dialog.getByLabel('Password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();

  await expect(dialog).toBeHidden();
  await expect(status).not.toContainText('Showing 1–25 of');
  await expect(page.getByRole('button', { name: 'Last page' })).toHaveAttribute('aria-disabled', 'true');
  expect(new URL(page.url()).hash).toContain('department=Service');
  expect(new URL(page.url()).hash).toMatch(/page=\d+/);
});

test('rotation on every response: the newest id is always sent', async ({ signedIn: page, sim, request }) => {
  await sim.rotateSessions(true, 1500);
  const sentIds: string[] = [];
  page.on('request', (r) => {
    const id = r.headers()['x-egain-session'];
    if (id && r.url().includes('/interaction/')) sentIds.push(id);
  });
  await page.goto('/#department=Service');
  const status = page.getByRole('status').filter({ hasText: /Showing/ });
  await expect(status).toContainText('Showing 1–25');
  const steps = [
    ['Next page', 'Showing 26–50'],
    ['Next page', 'Showing 51–75'],
    ['Previous page', 'Showing 26–50'],
  ] as const;
  for (const [button, expected] of steps) {
    await page.getByRole('button', { name: button }).click();
    await expect(status).toContainText(expected);
  }
  const current = await page.evaluate(() => window.sessionStorage.getItem('egain.session'));
  expect(current).toBeTruthy();
  expect(new Set(sentIds).size).toBeGreaterThan(1);

  // The first id is refused once the grace period is over; the newest one still works.
  const oldest = sentIds[0] ?? '';
  await expect(async () => {
    const refused = await request.get('/system/ws/v20/interaction/case/1000', {
      headers: { Accept: 'application/json', 'X-egain-session': oldest },
    });
    expect(refused.status()).toBe(401);
  }).toPass();
  await sim.rotateSessions(false);
  await page.getByRole('button', { name: 'First page' }).click();
  await expect(status).toContainText('Showing 1–25');
  await expect(page.getByRole('dialog', { name: 'Session expired' })).toBeHidden();
});

test('five live sessions: "Sign in anyway" ends the oldest', async ({ page, user, sim: _sim, request }) => {
  for (let i = 0; i < 5; i += 1) {
    const response = await request.post(LOGIN, {
      headers: { Accept: 'application/json' },
      data: { userName: user, password: PASSWORD },
    });
    expect(response.status()).toBe(204);
  }
  await page.goto('/');
  await signIn(page, user);
  await expect(page.getByRole('alert')).toContainText('400-120');
  await page.getByRole('button', { name: 'Sign in anyway (ends your oldest session)' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});
