// Accessibility rows of docs/reliability.md: axe finds no serious or critical WCAG 2.2 AA violation
// on each screen and state a user meets, the failure states included. The form's own states (errors,
// calendar) are in search-form.spec.ts; the keyboard-only journey is in keyboard.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PASSWORD, expect, signIn, test } from './fixtures';
import { LOOKUP, casesTable, pane, resultsStatus, search, sessionDialog } from './screen';

/** Runs axe on the whole page and fails with a readable list of serious and critical violations. */
async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(serious, `serious or critical axe violations on ${state}`).toEqual([]);
}

test('sign-in, empty and with a wrong password', async ({ page, user, sim: _sim }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the sign-in screen');

  await signIn(page, user, 'wrong-password');
  await expect(page.getByRole('alert')).toContainText('401-100');
  await expectNoSeriousViolations(page, 'the sign-in screen with an error');

  // Submitting empty fields shows the fields' own messages.
  await page.getByRole('textbox', { name: 'User name' }).fill('');
  await page.getByLabel('Password').fill('');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'User name' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectNoSeriousViolations(page, 'the sign-in screen with empty fields');
});

test('search with results, then each pane', async ({ signedIn: page }) => {
  // Several full axe scans in one journey: on two shared cores they alone approach 30 s.
  test.slow();
  await expectNoSeriousViolations(page, 'the empty search screen');
  await search(page, { Department: 'Service' });
  await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
  await expectNoSeriousViolations(page, 'the search screen with results');

  const table = casesTable(page);
  await table.getByRole('row').nth(1).getByRole('link').first().click();
  await expect(pane(page, 'Customer').getByText('Customer ID')).toBeVisible();
  await expectNoSeriousViolations(page, 'the customer pane');
  await pane(page, 'Customer').getByRole('button', { name: 'Close' }).click();

  await table
    .getByRole('link', { name: /^Activities for case / })
    .first()
    .click();
  await expect(pane(page, 'Activities')).toContainText(/Showing|No activities/);
  await expectNoSeriousViolations(page, 'the activities pane');
});

test('no cases match', async ({ signedIn: page }) => {
  await search(page, { Email: 'nobody@example.com' });
  await expect(resultsStatus(page)).toContainText('No cases match');
  await expectNoSeriousViolations(page, 'an empty result');
});

test('the error states: a server error with Retry, an unreachable server, a failing pane', async ({
  signedIn: page,
  sim,
  context,
}) => {
  // Several full axe scans in one journey: on two shared cores they alone approach 30 s.
  test.slow();
  await search(page, { Email: 'jhenry@customer.com' });
  await expect(resultsStatus(page)).toContainText('Showing 1–1 of 1 case');

  await sim.inject({
    path: LOOKUP,
    status: 500,
    body: { code: '500-100', developerMessage: 'Internal error.' },
    times: 3,
  });
  await search(page, { Email: '', Department: 'Service' });
  await expect(page.getByRole('alert').filter({ hasText: '500-100' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the lookup error alert over earlier results');

  await sim.inject({ method: 'GET', path: '/v20/interaction/customer/', status: 503, times: 3 });
  await casesTable(page).getByRole('link', { name: 'John Russel Tierney' }).click();
  await expect(pane(page, 'Customer').getByRole('alert')).toContainText('503-100');
  await expectNoSeriousViolations(page, 'a pane that failed to load');
  await pane(page, 'Customer').getByRole('button', { name: 'Close' }).click();

  await context.setOffline(true);
  await search(page, { Department: 'Sales' });
  await expect(
    page.getByRole('alert').filter({ hasText: 'Cannot reach the eGain server' }),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'the "Cannot reach the eGain server" alert');
  await context.setOffline(false);
});

test('the session-expired dialog', async ({ signedIn: page, sim }) => {
  await search(page, { Department: 'Service' });
  await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
  await sim.expireSessions();
  await page
    .getByRole('navigation', { name: 'Pagination' })
    .getByRole('button', { name: 'Last page' })
    .click();
  const dialog = sessionDialog(page);
  await expect(dialog).toBeVisible();
  await expectNoSeriousViolations(page, 'the session-expired dialog');

  await dialog.getByLabel('Password').fill('wrong-password');
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('401-100');
  await expectNoSeriousViolations(page, 'the session-expired dialog with an error');
  await dialog.getByLabel('Password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(dialog).toBeHidden();
});

test('export: running, and stopped by an error', async ({ signedIn: page, sim }) => {
  // axe on a busy page takes its time; the export's held pages wait for it.
  test.slow();
  await page.goto('/#department=Returns&status=open');
  await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
  await expect
    .poll(async () => (await sim.requests()).filter((r) => r.path.endsWith(LOOKUP)).length)
    .toBeGreaterThanOrEqual(2);
  // The export's page 1 answers; every later attempt is held 4 s and fails with 500, retries too.
  await sim.inject({ path: LOOKUP, times: 1 });
  await sim.inject({ path: LOOKUP, times: 6, delayMs: 4_000, status: 500 });
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute(
    'aria-valuenow',
    '75',
  );
  await expectNoSeriousViolations(page, 'an export in progress');
  await expect(page.getByRole('alert').filter({ hasText: 'The export stopped' })).toBeVisible({
    timeout: 40_000,
  });
  await expectNoSeriousViolations(page, 'an export stopped by an error');
});
