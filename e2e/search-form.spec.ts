// The search form end to end: what each field puts in the lookup body, what each rule blocks, the
// presets and the calendar, "Show request", the URL as a shareable search, and Clear.
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { LOOKUP_EXAMPLE_BODIES } from '../contract/examples.ts';

const LOOKUP = '/interaction/case/lookup';

const isLookup = (request: Request): boolean =>
  request.method() === 'POST' && request.url().includes(LOOKUP);

const form = (page: Page) => page.getByRole('search', { name: 'Case search' });
const textbox = (page: Page, name: string) =>
  form(page).getByRole('textbox', { name, exact: true });
const combobox = (page: Page, name: string) =>
  form(page).getByRole('combobox', { name, exact: true });

/** Clicks Search and returns the lookup it sends. */
async function searchAndCatch(page: Page): Promise<Request> {
  const request = page.waitForRequest(isLookup);
  await form(page).getByRole('button', { name: 'Search', exact: true }).click();
  return request;
}

/** Collects every lookup the page sends from now on. */
function recordLookups(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (isLookup(request)) sent.push(request);
  });
  return sent;
}

test.describe('what each field sends', () => {
  test('the documentation’s first example body, byte for byte', async ({ signedIn: page, sim }) => {
    await textbox(page, 'Email').fill('jhenry@customer.com');
    const request = await searchAndCatch(page);
    expect(request.postData()).toBe(JSON.stringify(LOOKUP_EXAMPLE_BODIES.email));
    expect(new URL(request.url()).search).toBe('?$pagenum=1&$pagesize=25');
    // What the simulator received (a prefetch of a next page would repeat the same body).
    await expect.poll(() => sim.lookupBodies()).toContainEqual(LOOKUP_EXAMPLE_BODIES.email);
  });

  test('every field, in the documented order, phone as digits and dates as UTC instants', async ({
    signedIn: page,
    sim,
  }) => {
    await textbox(page, 'Customer ID').fill('1001');
    await textbox(page, 'Email').fill('  jhenry@customer.com ');
    await textbox(page, 'Phone').fill('408-222-9898');
    await combobox(page, 'Status').selectOption({ label: 'Open' });
    // The simulator offers its custom attributes (D5): the list shows display names, sends names.
    await combobox(page, 'Custom attribute').selectOption({ label: 'Customer rating' });
    await textbox(page, 'Custom value').fill('5');
    await textbox(page, 'Created from').fill('2022-03-23T08:39:16');
    await textbox(page, 'Created to').fill('2022-04-28T09:39:16');
    await textbox(page, 'Last modified from').fill('2022-03-24T08:39:16');
    await textbox(page, 'Last modified to').fill('2022-05-27T09:40');
    await textbox(page, 'Department').fill('Service');
    await textbox(page, 'Owner ID').fill('1010');
    await textbox(page, 'Last closed from').fill('2022-09-24T08:39:16');
    await textbox(page, 'Last closed to').fill('2022-10-07T18:39:16');

    const request = await searchAndCatch(page);
    // The documentation's full example, with the phone as digits (D2).
    const expected = JSON.stringify({ ...LOOKUP_EXAMPLE_BODIES.full, phone: '4082229898' });
    expect(request.postData()).toBe(expected);
    await expect.poll(() => sim.lookupBodies()).toContainEqual(JSON.parse(expected));
  });

  test('whole days and open-ended ranges', async ({ signedIn: page }) => {
    await textbox(page, 'Created from').fill('2024-01-15');
    await textbox(page, 'Last modified to').fill('2024-01-31');
    await textbox(page, 'Last closed from').fill('2024-02-01');
    await textbox(page, 'Last closed to').fill('2024-02-01');
    const request = await searchAndCatch(page);
    expect(request.postDataJSON()).toEqual({
      createdDate: '[2024-01-15T00:00:00.000Z,]',
      lastModifiedDate: '[,2024-01-31T23:59:59.999Z]',
      lastClosedDate: '[2024-02-01T00:00:00.000Z,2024-02-01T23:59:59.999Z]',
    });
  });

  test('status Closed, a leading + on the phone, and the other list values', async ({
    signedIn: page,
  }) => {
    await textbox(page, 'Phone').fill('+1 (408) 222.9898');
    await combobox(page, 'Status').selectOption({ label: 'Closed' });
    await combobox(page, 'Custom attribute').selectOption({ label: 'Region' });
    await textbox(page, 'Custom value').fill(' West ');
    const request = await searchAndCatch(page);
    expect(request.postData()).toBe(
      '{"phone":"14082229898","status":"closed","custom":{"name":"region","value":"West"}}',
    );
  });

  test('a free-text custom attribute when the server offers no list', async ({
    page,
    sim,
    user,
  }) => {
    await sim.inject({ method: 'GET', path: '/interaction/case/attributes', status: 204 });
    await page.goto('/');
    await signIn(page, user);
    await textbox(page, 'Custom attribute').fill('product');
    await textbox(page, 'Custom value').fill('EV Charger Pro');
    const request = await searchAndCatch(page);
    expect(request.postDataJSON()).toEqual({
      custom: { name: 'product', value: 'EV Charger Pro' },
    });
  });
});

test.describe('a date typed in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('is sent as the UTC instants of that local day, with the DST offset of that date', async ({
    signedIn: page,
  }) => {
    await expect(form(page).getByText(/Times are in America\/New_York/)).toBeVisible();
    // 2024-03-10 is the day New York moves its clocks forward: it starts at −05:00 and ends at −04:00.
    await textbox(page, 'Created from').fill('2024-03-10');
    await textbox(page, 'Created to').fill('2024-03-10');
    await textbox(page, 'Last modified from').fill('2024-11-03T01:30');
    const request = await searchAndCatch(page);
    expect(request.postDataJSON()).toEqual({
      createdDate: '[2024-03-10T05:00:00.000Z,2024-03-11T03:59:59.999Z]',
      lastModifiedDate: '[2024-11-03T05:30:00.000Z,]',
    });
  });
});

const RULES: { name: string; fill: Record<string, string>; field: string; message: RegExp }[] = [
  {
    name: 'email format',
    fill: { Email: 'jhenry@' },
    field: 'Email',
    message: /not an email address.*name@example\.com/,
  },
  {
    name: 'phone characters',
    fill: { Phone: '408-CALL-NOW' },
    field: 'Phone',
    message: /only digits.*Remove/,
  },
  { name: 'phone length', fill: { Phone: '222-98' }, field: 'Phone', message: /at least 7 digits/ },
  {
    name: 'customer ID digits',
    fill: { 'Customer ID': 'C-1000' },
    field: 'Customer ID',
    message: /digits only/,
  },
  {
    name: 'owner ID digits',
    fill: { 'Owner ID': 'frank' },
    field: 'Owner ID',
    message: /digits only/,
  },
  {
    name: 'custom value without attribute',
    fill: { 'Custom value': '5' },
    field: 'Custom attribute',
    message: /needs a custom attribute/,
  },
  {
    name: 'date format',
    fill: { 'Created from': '03/10/2024' },
    field: 'Created from',
    message: /YYYY-MM-DD/,
  },
  {
    name: 'impossible date',
    fill: { 'Last modified to': '2023-02-29' },
    field: 'Last modified to',
    message: /does not exist/,
  },
  {
    name: 'impossible time',
    fill: { 'Last closed from': '2024-03-10T24:00' },
    field: 'Last closed from',
    message: /hours 00–23/,
  },
  {
    name: 'from after to',
    fill: { 'Created from': '2024-03-11', 'Created to': '2024-03-10' },
    field: 'Created to',
    message: /Created to is before Created from/,
  },
];

test.describe('rules that block the lookup', () => {
  for (const rule of RULES) {
    test(`${rule.name}: the field says what is wrong and nothing is sent`, async ({
      signedIn: page,
      sim,
    }) => {
      const sent = recordLookups(page);
      for (const [name, value] of Object.entries(rule.fill)) await textbox(page, name).fill(value);
      await form(page).getByRole('button', { name: 'Search', exact: true }).click();

      const field = form(page).getByRole(
        rule.field === 'Custom attribute' ? 'combobox' : 'textbox',
        {
          name: rule.field,
          exact: true,
        },
      );
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(rule.message);
      await expect(field).toBeFocused();
      await expect(page).not.toHaveURL(/#.+/);
      expect(sent).toEqual([]);
      expect(await sim.lookupBodies()).toEqual([]);
    });
  }

  test('a custom attribute without a value', async ({ signedIn: page, sim }) => {
    await combobox(page, 'Custom attribute').selectOption({ label: 'Product' });
    await form(page).getByRole('button', { name: 'Search', exact: true }).click();
    const value = textbox(page, 'Custom value');
    await expect(value).toHaveAttribute('aria-invalid', 'true');
    await expect(value).toHaveAccessibleDescription(
      /Enter the value the custom attribute must have/,
    );
    expect(await sim.lookupBodies()).toEqual([]);
  });

  test('no criterion at all shows an alert and sends nothing', async ({ signedIn: page, sim }) => {
    const sent = recordLookups(page);
    await form(page).getByRole('button', { name: 'Search', exact: true }).click();
    await expect(form(page).getByRole('alert')).toContainText(
      'Enter at least one search criterion',
    );
    expect(sent).toEqual([]);
    expect(await sim.lookupBodies()).toEqual([]);
  });

  test('fixing the field clears its message as you type, then the search goes out', async ({
    signedIn: page,
  }) => {
    await textbox(page, 'Email').fill('jhenry');
    await form(page).getByRole('button', { name: 'Search', exact: true }).click();
    await expect(textbox(page, 'Email')).toHaveAttribute('aria-invalid', 'true');
    await textbox(page, 'Email').fill('jhenry@customer.com');
    await expect(textbox(page, 'Email')).not.toHaveAttribute('aria-invalid');
    const request = await searchAndCatch(page);
    expect(request.postDataJSON()).toEqual({ email: 'jhenry@customer.com' });
  });

  test('criteria from a hand-edited link are shown with their problems and not sent', async ({
    signedIn: page,
    sim,
  }) => {
    const sent = recordLookups(page);
    await page.goto('/#email=jhenry&createdFrom=2024-02-30');
    await expect(textbox(page, 'Email')).toHaveValue('jhenry');
    await expect(textbox(page, 'Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(textbox(page, 'Created from')).toHaveAccessibleDescription(/does not exist/);
    expect(sent).toEqual([]);
    expect(await sim.lookupBodies()).toEqual([]);
  });
});

test.describe('presets and calendar', () => {
  test('a preset fills both bounds with whole days and they are sent', async ({
    signedIn: page,
  }) => {
    await page.clock.setFixedTime(new Date('2024-03-10T12:00:00Z'));
    await combobox(page, 'Created presets').selectOption({ label: 'Last 7 days' });
    await expect(textbox(page, 'Created from')).toHaveValue('2024-03-04');
    await expect(textbox(page, 'Created to')).toHaveValue('2024-03-10');
    await combobox(page, 'Last closed presets').selectOption({ label: 'Last month' });
    await expect(textbox(page, 'Last closed from')).toHaveValue('2024-02-01');
    await expect(textbox(page, 'Last closed to')).toHaveValue('2024-02-29');
    await combobox(page, 'Last modified presets').selectOption({ label: 'Today' });
    await expect(textbox(page, 'Last modified from')).toHaveValue('2024-03-10');
    await expect(textbox(page, 'Last modified to')).toHaveValue('2024-03-10');

    const request = await searchAndCatch(page);
    expect(request.postDataJSON()).toEqual({
      createdDate: '[2024-03-04T00:00:00.000Z,2024-03-10T23:59:59.999Z]',
      lastModifiedDate: '[2024-03-10T00:00:00.000Z,2024-03-10T23:59:59.999Z]',
      lastClosedDate: '[2024-02-01T00:00:00.000Z,2024-02-29T23:59:59.999Z]',
    });
  });

  test('the calendar is keyboard operable and fills the bound', async ({ signedIn: page }) => {
    await page.clock.setFixedTime(new Date('2024-03-10T12:00:00Z'));
    await textbox(page, 'Created to').fill('2024-03-20T17:45');
    const button = form(page).getByRole('button', { name: 'Choose Created to date' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Choose a date' });
    await expect(dialog).toBeVisible();
    // Focus starts on the day the field holds; the typed time is kept.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(textbox(page, 'Created to')).toHaveValue('2024-03-21T17:45');
    await expect(button).toBeFocused();

    await form(page).getByRole('button', { name: 'Choose Created from date' }).click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(textbox(page, 'Created from')).toHaveValue('');
  });
});

test.describe('Show request', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('shows the exact body and query of the search, and copies them', async ({
    signedIn: page,
  }) => {
    await textbox(page, 'Phone').fill('408-222-9898');
    await textbox(page, 'Created from').fill('2024-01-15');
    await searchAndCatch(page);

    await page.getByText('Show request', { exact: true }).click();
    const shown = page.getByText(/^POST \/system\/ws\/v20\/interaction\/case\/lookup/);
    await expect(shown).toContainText(
      'POST /system/ws/v20/interaction/case/lookup?$pagenum=1&$pagesize=25',
    );
    await expect(shown).toContainText('"phone": "4082229898"');
    await expect(shown).toContainText('"createdDate": "[2024-01-15T00:00:00.000Z,]"');

    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(page.getByText('Copied', { exact: true })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('"phone": "4082229898"');
  });
});

test.describe('the URL', () => {
  test('a copied link restores the same search in a new tab, after signing in there', async ({
    signedIn: page,
    context,
    user,
  }) => {
    await textbox(page, 'Email').fill('jhenry@customer.com');
    await textbox(page, 'Phone').fill('408-222-9898');
    await combobox(page, 'Status').selectOption({ label: 'Open' });
    await textbox(page, 'Created from').fill('2021-01-01');
    const first = await searchAndCatch(page);

    const link = new URL(page.url());
    // Email and phone stay in the fragment, which browsers never send to a server.
    expect(link.search).toBe('');
    expect(link.pathname).toBe('/');
    expect(link.hash).toContain('jhenry');

    const tab = await context.newPage();
    await tab.goto(link.href);
    const lookup = tab.waitForRequest(isLookup);
    await signIn(tab, user);
    const again = await lookup;
    expect(again.postData()).toBe(first.postData());
    await expect(textbox(tab, 'Email')).toHaveValue('jhenry@customer.com');
    await expect(textbox(tab, 'Phone')).toHaveValue('408-222-9898');
    await expect(combobox(tab, 'Status')).toHaveValue('open');
    await expect(textbox(tab, 'Created from')).toHaveValue('2021-01-01');
    await tab.close();
  });

  test('Back restores the previous search in the form', async ({ signedIn: page }) => {
    await textbox(page, 'Email').fill('jhenry@customer.com');
    await searchAndCatch(page);
    await textbox(page, 'Email').fill('');
    await textbox(page, 'Department').fill('Service');
    await searchAndCatch(page);
    await expect(textbox(page, 'Email')).toHaveValue('');
    await page.goBack();
    await expect(textbox(page, 'Email')).toHaveValue('jhenry@customer.com');
    await expect(textbox(page, 'Department')).toHaveValue('');
  });

  test('Clear empties the form and the URL, and keeps focus on Clear', async ({
    signedIn: page,
  }) => {
    await textbox(page, 'Email').fill('jhenry@customer.com');
    await combobox(page, 'Status').selectOption({ label: 'Open' });
    await searchAndCatch(page);
    await expect(page).toHaveURL(/#.*email=/);

    const clear = form(page).getByRole('button', { name: 'Clear', exact: true });
    await clear.click();
    await expect(textbox(page, 'Email')).toHaveValue('');
    await expect(combobox(page, 'Status')).toHaveValue('');
    await expect(page).not.toHaveURL(/email=|status=/);
    await expect(clear).toBeFocused();
    await expect(page.getByText('Show request', { exact: true })).toBeHidden();
  });

  test('Search keeps focus on the Search button', async ({ signedIn: page }) => {
    await textbox(page, 'Department').fill('Service');
    await searchAndCatch(page);
    await expect(form(page).getByRole('button', { name: 'Search', exact: true })).toBeFocused();
  });

  test('Search again with the same criteria asks the server again', async ({ signedIn: page }) => {
    await textbox(page, 'Email').fill('jhenry@customer.com');
    await searchAndCatch(page);
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(
      'of 1 case',
    );
    const again = await searchAndCatch(page);
    expect(again.postData()).toBe('{"email":"jhenry@customer.com"}');
  });
});

test('the form has no axe violations, with errors shown and with the calendar open', async ({
  signedIn: page,
}) => {
  await textbox(page, 'Email').fill('jhenry');
  await textbox(page, 'Created from').fill('2024-13-01');
  await form(page).getByRole('button', { name: 'Search', exact: true }).click();
  await expect(textbox(page, 'Email')).toHaveAttribute('aria-invalid', 'true');
  const withErrors = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(withErrors.violations).toEqual([]);

  await form(page).getByRole('button', { name: 'Choose Created to date' }).click();
  await expect(page.getByRole('dialog', { name: 'Choose a date' })).toBeVisible();
  const withCalendar = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(withCalendar.violations).toEqual([]);
});
