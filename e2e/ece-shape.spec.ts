// The main journeys against a simulator that answers like a real ECE server (SIM_SHAPE=ece):
// single links as objects, numeric ids, nulls, string dates, `created` only when asked, and
// `{message}` sign-in errors. Role and label locators only.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { ECE_SHAPE_PORT } from './ports';

test.use({ baseURL: `http://127.0.0.1:${ECE_SHAPE_PORT}` });

const casesTable = (page: Page) => page.getByRole('table', { name: 'Cases' });
const status = (page: Page) => page.getByRole('status');

test('search, paging and both panes work with real ECE shapes', async ({ signedIn: page }) => {
  await page.goto('/#department=Service');
  await expect(status(page)).toContainText(/Showing 1–25 of \d+ cases/);
  await expect(status(page)).not.toContainText('could not be shown');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(casesTable(page).getByRole('row')).toHaveCount(26);
  // Rows with `lastModified` as a string (every fifth case) or a null user still show a date.
  await expect(casesTable(page)).not.toContainText('Not set');

  await page
    .getByRole('navigation', { name: 'Pagination' })
    .getByRole('button', { name: 'Next page' })
    .click();
  await expect(status(page)).toContainText(/Showing 26–50 of \d+ cases/);
  await page
    .getByRole('navigation', { name: 'Pagination' })
    .getByRole('button', { name: 'Previous page' })
    .click();
  await expect(status(page)).toContainText(/Showing 1–25 of/);

  await casesTable(page)
    .getByRole('link', { name: 'Activities for case 1000', exact: true })
    .click();
  const activities = page.getByRole('region', { name: /^Activities/ });
  const table = activities.getByRole('table', { name: 'Activities' });
  await expect(table.getByRole('row')).toHaveCount(3);
  // `created` is left out unless asked for: the pane asks, so every Created cell has a date.
  await expect(table).not.toContainText('Not set');
  await activities.getByRole('button', { name: 'Close' }).click();

  await casesTable(page).getByRole('link', { name: 'John Russel Tierney' }).first().click();
  const customer = page.getByRole('region', { name: /^Customer/ });
  await expect(customer).toContainText('jhenry@customer.com');
  await expect(customer).toContainText('1000');
});

test('sign-in errors show the server’s words; the session limit offers Sign in anyway', async ({
  page,
  user,
  sim: _sim,
}) => {
  await page.goto('/');
  await signIn(page, user, 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('Invalid user name or password');
  await expect(page.getByRole('textbox', { name: 'User name' })).toHaveValue(user);

  // Five sessions held elsewhere: the sixth answers {message} without a code.
  for (let i = 0; i < 5; i += 1) {
    const response = await page.request.post('/system/ws/v12/authentication/user/login', {
      headers: { Accept: 'application/json' },
      data: { userName: user, password: 'egain-demo' },
    });
    expect(response.status()).toBe(204);
  }
  await signIn(page, user);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('sessions');
  await alert.getByRole('button', { name: /Sign in anyway/ }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});
