// One journey with the keyboard alone, from sign-in to opening and closing both panes: no click, no
// fill, only Tab, Shift+Tab, typing, Enter and Escape, checking where focus lands after each step.
import type { Locator, Page } from '@playwright/test';
import { PASSWORD, expect, test } from './fixtures';
import { casesTable, field, pagination, pane, resultsStatus } from './screen';

const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it takes more than `max` presses. */
async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 150 } = {},
): Promise<number> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses <= max; presses += 1) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached ${target.toString()}`,
  );
}

test('sign in, search, page, and open and close both panes with the keyboard only', async ({
  page,
  user,
  sim: _sim,
}) => {
  // Over a hundred Tab presses, each followed by a focus check: the filters, the toolbar and 25 rows.
  test.slow();
  await page.goto('/');
  await tabTo(page, page.getByRole('textbox', { name: 'User name' }));
  await page.keyboard.type(user);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // The skip link comes first and lands on the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused();

  await tabTo(page, field(page, 'Department'));
  await page.keyboard.type('Service');
  await page.keyboard.press('Enter');
  await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
  await expect(field(page, 'Department')).toBeFocused();

  // Forward to the pagination, next page; focus stays on the button.
  const next = pagination(page).getByRole('button', { name: 'Next page' });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(resultsStatus(page)).toContainText('Showing 26–50 of');
  await expect(next).toBeFocused();

  // Back to the last row's customer link; Enter opens the pane with focus inside it.
  const lastRow = casesTable(page).getByRole('row').last();
  const customerLink = lastRow.getByRole('link').first();
  await tabTo(page, customerLink, { backwards: true });
  const customerName = (await customerLink.textContent()) ?? '';
  await page.keyboard.press('Enter');
  const customer = pane(page, 'Customer');
  await expect(customer).toContainText(customerName);
  await expect(customer.getByText('Customer ID')).toBeVisible();
  expect(await customer.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  // Escape closes it and hands focus back to the link.
  await page.keyboard.press('Escape');
  await expect(customer).toBeHidden();
  await expect(customerLink).toBeFocused();

  // On to the same row's activities link; the pane's Close button closes it.
  const activitiesLink = lastRow.getByRole('link', { name: /^Activities for case / });
  await tabTo(page, activitiesLink, { max: 10 });
  await page.keyboard.press('Enter');
  const activities = pane(page, 'Activities');
  await expect(activities).toContainText(/Showing|No activities/);
  expect(await activities.evaluate((element) => element.contains(document.activeElement))).toBe(
    true,
  );
  await tabTo(page, activities.getByRole('button', { name: 'Close' }), { max: 5 });
  await page.keyboard.press('Enter');
  await expect(activities).toBeHidden();
  await expect(activitiesLink).toBeFocused();

  // Nothing was lost on the way.
  await expect(resultsStatus(page)).toContainText('Showing 26–50 of');
  await expect(field(page, 'Department')).toHaveValue('Service');
});

test('the workspace controls with the keyboard only: Quick lookup, triage keys, Filters, the pane handle, the shortcut list and the theme', async ({
  page,
  user,
  sim: _sim,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await tabTo(page, page.getByRole('textbox', { name: 'User name' }));
  await page.keyboard.type(user);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');

  // Quick lookup has focus: type, Enter, and the keys act on the results at once.
  const quickLookup = page.getByRole('textbox', { name: 'Quick lookup' });
  await expect(quickLookup).toBeFocused();
  await page.keyboard.type('jhenry@customer.com');
  await page.keyboard.press('Enter');
  await expect(resultsStatus(page)).toContainText('Showing 1–1 of 1 case');
  await page.keyboard.press('c');
  const customer = pane(page, 'Customer');
  await expect(customer).toContainText('jhenry@customer.com');

  // The handle between table and pane: Tab to it, arrows move it.
  const handle = page.getByRole('separator', { name: 'Resize the detail pane' });
  await tabTo(page, handle, { backwards: true, max: 40 });
  const before = Number(await handle.getAttribute('aria-valuenow'));
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before - 16));
  await page.keyboard.press('Escape');
  await expect(customer).toBeHidden();

  // `/` goes back to Quick lookup; Tab on to the Filters disclosure, Enter closes and opens it.
  await page.getByRole('heading', { name: 'Cases' }).focus();
  await page.keyboard.press('/');
  await expect(quickLookup).toBeFocused();
  const filters = page.getByRole('button', { name: 'Filters', exact: true });
  await tabTo(page, filters, { max: 5 });
  await page.keyboard.press('Enter');
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(filters).toHaveAttribute('aria-expanded', 'true');

  // `?` opens the list; the switch is reachable and Escape closes the dialog.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const toggle = dialog.getByRole('checkbox', { name: 'Single-key shortcuts' });
  await tabTo(page, toggle, { max: 5 });
  await expect(toggle).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The theme switch in the header, with Space.
  const theme = page.getByRole('switch', { name: 'Dark theme' });
  await tabTo(page, theme, { backwards: true, max: 10 });
  const wasDark = (await theme.getAttribute('aria-checked')) === 'true';
  await page.keyboard.press('Space');
  await expect(theme).toHaveAttribute('aria-checked', String(!wasDark));
});

test('changing the language with the arrow keys keeps focus on the menu and the screen as it was', async ({
  page,
  user,
  sim: _sim,
}) => {
  // The search screen's code arrives only after Sign in, as on a slow line: the screen must not be
  // rebuilt when it is drawn again later (a rebuild loses focus and anything typed).
  let releaseScreen = (): void => undefined;
  const screenHeld = new Promise<void>((resolve) => (releaseScreen = resolve));
  await page.route('**/assets/signed-in-app-*.js', async (route) => {
    await screenHeld;
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('textbox', { name: 'User name' }).fill(user);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading case search' })).toBeVisible();
  releaseScreen();

  const quickLookup = page.getByRole('textbox', { name: 'Quick lookup' });
  await quickLookup.fill('not sent yet');
  const menu = page.getByRole('banner').getByRole('combobox', { name: 'Language' });
  await menu.focus();
  await page.keyboard.press('ArrowDown');
  const htmlLang = (): Promise<string> => page.evaluate(() => document.documentElement.lang);
  await expect.poll(htmlLang).toBe('es-ES');
  const menuInSpanish = page.getByRole('banner').getByRole('combobox', { name: 'Idioma' });
  await expect(menuInSpanish).toBeFocused();
  await expect(menuInSpanish).toHaveValue('es-ES');
  await page.keyboard.press('ArrowUp');
  await expect.poll(htmlLang).toBe('en-US');
  await expect(menu).toBeFocused();
  await expect(menu).toHaveValue('en-US');
  await expect(quickLookup).toHaveValue('not sent yet');
});
