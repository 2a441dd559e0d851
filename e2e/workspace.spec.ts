// The agent workspace (UI contract, "Workspace layout", "Quick lookup", "Keyboard"): layout rules
// proven with bounding boxes at 1280×720 and 1440×900, every Quick lookup case, each shortcut and
// the switches, the split handle, and axe in both themes. No timing assertions.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { casesTable, field, isLookup, pane, resultsStatus, searchButton } from './screen';

const CONTRACT_COLUMNS = [
  'Case ID',
  'Subject',
  'Customer',
  'Status',
  'Severity',
  'Department',
  'Last modified',
];

const quickLookup = (page: Page): Locator =>
  page.getByRole('search', { name: 'Case search' }).getByRole('textbox', { name: 'Quick lookup' });
const filtersButton = (page: Page): Locator =>
  page.getByRole('button', { name: 'Filters', exact: true });
const dataRows = (page: Page): Locator =>
  casesTable(page)
    .getByRole('row')
    .filter({
      has: page.getByRole('cell'),
    });
/** How many rows of Cases are marked current. */
const currentRows = (page: Page): Promise<number> =>
  casesTable(page).evaluate((table) => table.querySelectorAll('[aria-current="true"]').length);
const hashOf = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1));

/** Collects every request to the eGain API from now on. */
function recordApi(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/system/ws/v')) sent.push(request);
  });
  return sent;
}

async function lookUp(page: Page, text: string): Promise<void> {
  await quickLookup(page).fill(text);
  await quickLookup(page).press('Enter');
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, `${locator.toString()} has a box`).not.toBeNull();
  return found ?? { x: 0, y: 0, width: 0, height: 0 };
}

test.describe('layout', () => {
  test('at 1280×720 the header row and the first 10 rows are on screen after a lookup', async ({
    signedIn: page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await lookUp(page, 'Service');
    await page.getByRole('button', { name: 'Department Service' }).click();
    await expect(resultsStatus(page)).toContainText('Showing 1–25 of');

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const header = await box(casesTable(page).getByRole('row').first());
    expect(header.y).toBeGreaterThanOrEqual(0);
    for (let index = 0; index < 10; index += 1) {
      const row = await box(dataRows(page).nth(index));
      expect(row.y, `row ${index + 1} starts on screen`).toBeGreaterThanOrEqual(header.y);
      expect(row.y + row.height, `row ${index + 1} ends on screen`).toBeLessThanOrEqual(720);
    }
    const first = await box(dataRows(page).first());
    testInfo.annotations.push({ type: 'first row y at 1280×720', description: String(first.y) });
  });

  test('at 1440×900 the pane sits beside the table and every contract column is visible', async ({
    signedIn: page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/#department=Service');
    await casesTable(page)
      .getByRole('link', { name: 'Activities for case 1000', exact: true })
      .click();
    const activities = pane(page, 'Activities');
    await expect(activities.getByRole('table', { name: 'Activities' })).toBeVisible();
    await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'true');

    const table = casesTable(page);
    const tableBox = await box(table);
    const paneBox = await box(activities);
    // Side by side: no overlap, the pane to the right, both on screen.
    expect(paneBox.x).toBeGreaterThanOrEqual(tableBox.x + tableBox.width);
    expect(paneBox.x + paneBox.width).toBeLessThanOrEqual(1440);
    // The table never needs a sideways scroll, and each column lies inside its visible area.
    // The table's scroll container: what of the table is visible without scrolling it.
    const visible = await table.evaluate((element) => {
      const scroller = element.parentElement ?? element;
      const rect = scroller.getBoundingClientRect();
      return { x: rect.x, width: scroller.clientWidth, scrollWidth: scroller.scrollWidth };
    });
    expect(visible.scrollWidth).toBeLessThanOrEqual(visible.width);
    for (const name of CONTRACT_COLUMNS) {
      const column = await box(table.getByRole('columnheader', { name, exact: true }));
      expect(column.x, `${name} starts inside the table`).toBeGreaterThanOrEqual(visible.x);
      expect(column.x + column.width, `${name} ends inside the table`).toBeLessThanOrEqual(
        visible.x + visible.width,
      );
    }
    testInfo.annotations.push({
      type: 'Cases table width with a pane open at 1440×900',
      description: String(tableBox.width),
    });
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    test(`at ${size.width}×${size.height} the page itself never scrolls, only its regions do`, async ({
      signedIn: page,
    }) => {
      await page.setViewportSize(size);
      await page.goto('/#department=Service&pageSize=75&pane=customer%3A1000');
      await expect(pane(page, 'Customer')).toBeVisible();
      await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'true');

      // Nothing sticks out of the screen: no part of the page lies below or beside the viewport.
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        return {
          height: root.scrollHeight - root.clientHeight,
          width: root.scrollWidth - root.clientWidth,
        };
      });
      expect(overflow).toEqual({ height: 0, width: 0 });
      // A wheel over the header would otherwise move the whole workspace up, rows and all.
      const header = await box(page.getByRole('banner'));
      await page.mouse.move(header.x + header.width / 2, header.y + header.height / 2);
      await page.mouse.wheel(0, 600);
      await page.keyboard.press('End');
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      expect((await box(casesTable(page).getByRole('row').first())).y).toBeGreaterThanOrEqual(0);
    });
  }

  test('a date in the table shows its exact value under it on keyboard focus, not cut by its cell', async ({
    signedIn: page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#department=Service');
    const date = dataRows(page).nth(2).getByRole('cell').nth(6).getByRole('time');
    const exact = await date.getAttribute('datetime');
    // Reached with Tab, as a keyboard user does (the tooltip is for :focus-visible).
    await dataRows(page).nth(2).getByRole('cell').nth(5).click();
    await date.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(date).toBeFocused();

    const dateBox = await box(date);
    const cellBox = await box(dataRows(page).nth(2).getByRole('cell').nth(6));
    // A point under the cell, where the tooltip is: the date's own tooltip, not the next row.
    const below = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.getAttribute('datetime') ?? null,
      [dateBox.x + 8, cellBox.y + cellBox.height + 6],
    );
    expect(below).toBe(exact);
  });

  test('the Filters disclosure closes, and opens by itself when criteria arrive', async ({
    signedIn: page,
  }) => {
    await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'true');
    await filtersButton(page).click();
    await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(field(page, 'Department')).toBeHidden();

    await lookUp(page, 'customer 1001');
    await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(field(page, 'Customer ID')).toHaveValue('1001');

    await page.goto('/#department=Sales');
    await filtersButton(page).click();
    await expect(field(page, 'Department')).toBeHidden();
    await page.goto('/#department=Service');
    await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(field(page, 'Department')).toHaveValue('Service');
  });

  test('the split handle moves with the keyboard and its width is remembered', async ({
    signedIn: page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/#email=jhenry%40customer.com&pane=customer%3A1000');
    const handle = page.getByRole('separator', { name: 'Resize the detail pane' });
    const customer = pane(page, 'Customer');
    await expect(customer).toBeVisible();
    const before = (await box(customer)).width;
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await box(customer)).width).toBeLessThan(before);
    const narrowed = Number(await handle.getAttribute('aria-valuenow'));
    await page.reload();
    await expect(handle).toHaveAttribute('aria-valuenow', String(narrowed));
    await page.keyboard.press('Home');
  });
});

test.describe('quick lookup', () => {
  test('has focus after sign-in, and / brings focus back', async ({ signedIn: page }) => {
    await expect(quickLookup(page)).toBeFocused();
    await searchButton(page).focus();
    await page.keyboard.press('/');
    await expect(quickLookup(page)).toBeFocused();
    await expect(quickLookup(page)).toHaveValue('');
  });

  test('an email, pasted with mailto: and spaces, runs as the form would', async ({
    signedIn: page,
  }) => {
    const sent = page.waitForRequest(isLookup);
    await lookUp(page, '  mailto:jhenry@customer.com ');
    expect((await sent).postData()).toBe('{"email":"jhenry@customer.com"}');
    await expect(resultsStatus(page)).toContainText('Showing 1–1 of 1 case');
    await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(
      'Email: jhenry@customer.com',
    );
    await page.getByText('Show request').click();
    await expect(page.getByText('"email": "jhenry@customer.com"')).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    expect(hashOf(page).get('email')).toBe('jhenry@customer.com');
  });

  test('a phone number is sent as digits', async ({ signedIn: page }) => {
    const sent = page.waitForRequest(isLookup);
    await lookUp(page, 'tel:(408) 222-9898');
    expect((await sent).postData()).toBe('{"phone":"4082229898"}');
    await expect(resultsStatus(page)).toContainText(/Showing 1–\d+ of \d+ case/);
  });

  test('customer 1001 looks up the customer’s cases', async ({ signedIn: page }) => {
    const sent = page.waitForRequest(isLookup);
    await lookUp(page, 'customer 1001');
    expect((await sent).postData()).toBe('{"customer":"1001"}');
  });

  for (const input of ['#1000', 'case 1000']) {
    test(`${input} reads the case by id and shows it as the one row`, async ({
      signedIn: page,
    }) => {
      const sent = recordApi(page);
      const read = page.waitForRequest(
        (request) => request.method() === 'GET' && request.url().endsWith('/interaction/case/1000'),
      );
      await lookUp(page, input);
      await read;
      await expect(resultsStatus(page)).toContainText('Showing 1–1 of 1 case');
      await expect(dataRows(page)).toHaveCount(1);
      await expect(dataRows(page).first()).toContainText('Charging is too slow');
      await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(
        'Case ID: 1000',
      );
      expect(sent.filter(isLookup)).toEqual([]);
      // Back returns to the screen before, as for any search.
      await page.goBack();
      await expect(casesTable(page)).toBeHidden();
    });
  }

  test('a case id that does not exist shows No cases match, not an error', async ({
    signedIn: page,
  }) => {
    await lookUp(page, '#999999');
    await expect(resultsStatus(page)).toContainText('No cases match');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a bare short number offers its meanings and sends nothing until one is picked', async ({
    signedIn: page,
  }) => {
    const sent = recordApi(page);
    await lookUp(page, '1000');
    await expect(quickLookup(page)).toHaveAccessibleDescription(/case number or a customer ID/);
    await expect(page.getByRole('button', { name: 'Case 1000' })).toBeVisible();
    expect(sent).toEqual([]);
    const lookup = page.waitForRequest(isLookup);
    await page.getByRole('button', { name: 'Customer ID 1000' }).click();
    expect((await lookup).postData()).toBe('{"customer":"1000"}');
  });

  test('a name offers a department search and sends nothing until it is picked', async ({
    signedIn: page,
  }) => {
    const sent = recordApi(page);
    await lookUp(page, 'Service');
    await expect(quickLookup(page)).toHaveAccessibleDescription(/could be a department/);
    expect(sent).toEqual([]);
    const lookup = page.waitForRequest(isLookup);
    await page.getByRole('button', { name: 'Department Service' }).click();
    expect((await lookup).postData()).toBe('{"department":"Service"}');
  });

  for (const [input, message] of [
    ['408-222-98x8', /only digits, spaces/],
    ['jhenry@', /not a complete email address/],
    ['<b>?</b>', /none of them/],
  ] as const) {
    test(`refuses ${input} with a message beside the box and sends nothing`, async ({
      signedIn: page,
    }) => {
      const sent = recordApi(page);
      await lookUp(page, input);
      await expect(quickLookup(page)).toHaveAttribute('aria-invalid', 'true');
      await expect(quickLookup(page)).toHaveAccessibleDescription(message);
      await expect(quickLookup(page)).toHaveValue(input);
      expect(sent).toEqual([]);
    });
  }
});

test.describe('keyboard triage', () => {
  test('j / k move the current row; c and a open its panes, which follow the row', async ({
    signedIn: page,
  }) => {
    await page.goto('/#department=Service');
    await expect(dataRows(page)).toHaveCount(25);
    await page.getByRole('heading', { name: 'Cases' }).focus();
    const rows = dataRows(page);

    await page.keyboard.press('j');
    await expect(rows.nth(0)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('j');
    await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(rows.nth(0)).not.toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('k');
    await expect(rows.nth(0)).toHaveAttribute('aria-current', 'true');

    const firstCustomer = (await rows.nth(0).getByRole('link').first().textContent()) ?? '';
    const secondCustomer = (await rows.nth(1).getByRole('link').first().textContent()) ?? '';
    await page.keyboard.press('c');
    await expect(pane(page, 'Customer')).toContainText(firstCustomer);
    await page.keyboard.press('j');
    await expect(pane(page, 'Customer')).toContainText(secondCustomer);
    await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('Escape');
    await expect(pane(page, 'Customer')).toBeHidden();

    const secondId = (await rows.nth(1).getByRole('cell').first().textContent()) ?? '';
    await page.keyboard.press('a');
    await expect(
      page.getByRole('region', { name: `Activities for case ${secondId}` }),
    ).toBeVisible();
    await page.keyboard.press('k');
    const firstId = (await rows.nth(0).getByRole('cell').first().textContent()) ?? '';
    await expect(
      page.getByRole('region', { name: `Activities for case ${firstId}` }),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pane(page, 'Activities')).toBeHidden();
  });

  test('the current row is kept in view, and j at the end goes on to the next page', async ({
    signedIn: page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#department=Service');
    await expect(dataRows(page)).toHaveCount(25);
    await page.getByRole('heading', { name: 'Cases' }).focus();
    for (let press = 0; press < 25; press += 1) await page.keyboard.press('j');
    await expect(dataRows(page).nth(24)).toHaveAttribute('aria-current', 'true');
    await expect(dataRows(page).nth(24)).toBeInViewport();
    await page.keyboard.press('j');
    await expect(resultsStatus(page)).toContainText('Showing 26–50 of');
    await expect(dataRows(page).nth(0)).toHaveAttribute('aria-current', 'true');
  });

  test('single keys stay out of text fields', async ({ signedIn: page }) => {
    await page.goto('/#department=Service');
    await expect(dataRows(page)).toHaveCount(25);
    await quickLookup(page).focus();
    await page.keyboard.type('jkca?');
    await expect(quickLookup(page)).toHaveValue('jkca?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
    expect(await currentRows(page)).toBe(0);
  });

  test('? lists the shortcuts; the Single-key shortcuts switch turns them off and is remembered', async ({
    signedIn: page,
  }) => {
    await page.goto('/#department=Service');
    await expect(dataRows(page)).toHaveCount(25);
    await page.getByRole('heading', { name: 'Cases' }).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Next case');
    const toggle = dialog.getByRole('checkbox', { name: 'Single-key shortcuts' });
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.reload();
    await expect(dataRows(page)).toHaveCount(25);
    await page.getByRole('heading', { name: 'Cases' }).focus();
    await page.keyboard.press('j');
    await page.keyboard.press('?');
    await expect(dialog).toBeHidden();
    expect(await currentRows(page)).toBe(0);
    // The button still opens the list, to turn them back on.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await dialog.getByRole('checkbox', { name: 'Single-key shortcuts' }).check();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press('j');
    await expect(dataRows(page).nth(0)).toHaveAttribute('aria-current', 'true');
  });

  test('from a pasted email to an open customer pane in three keystrokes', async ({
    signedIn: page,
  }, testInfo) => {
    await expect(quickLookup(page)).toBeFocused();
    const keystrokes = ['Control+V', 'Enter', 'c'];
    // Control+V: the clipboard's text lands in the box, as a paste does.
    await page.keyboard.insertText('jhenry@customer.com');
    await page.keyboard.press(keystrokes[1] ?? '');
    await expect(resultsStatus(page)).toContainText('Showing 1–1 of 1 case');
    await page.keyboard.press(keystrokes[2] ?? '');
    await expect(pane(page, 'Customer')).toContainText('jhenry@customer.com');
    testInfo.annotations.push({
      type: 'keystrokes from a pasted email to the customer pane',
      description: keystrokes.join(', '),
    });
  });
});

test.describe('themes', () => {
  async function expectNoViolations(page: Page, state: string): Promise<void> {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
      state,
    ).toEqual([]);
  }

  test('follows the system, the header switch overrides it and is remembered', async ({
    signedIn: page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const toggle = page.getByRole('switch', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    // The page itself is light now: its background is no longer the dark one.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      'rgb(17, 22, 29)',
    );
    await page.reload();
    await expect(page.getByRole('switch', { name: 'Dark theme' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no WCAG 2.2 AA violations in the ${theme} theme`, async ({ signedIn: page }) => {
      // Five full axe scans of a 25-row workspace: several seconds each on a busy 2-core machine.
      test.slow();
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ colorScheme: theme });
      await expectNoViolations(page, `the empty screen, ${theme}`);
      await lookUp(page, '1000');
      await expectNoViolations(page, `Quick lookup choices, ${theme}`);
      await page.goto('/#department=Service');
      await expect(dataRows(page)).toHaveCount(25);
      await page.getByRole('heading', { name: 'Cases' }).focus();
      await page.keyboard.press('j');
      await page.keyboard.press('c');
      await expect(pane(page, 'Customer').getByText('Customer ID')).toBeVisible();
      await expectNoViolations(page, `results with the customer pane, ${theme}`);
      await page.keyboard.press('a');
      await expect(
        pane(page, 'Activities').getByRole('table', { name: 'Activities' }),
      ).toBeVisible();
      await expectNoViolations(page, `the activities pane, ${theme}`);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoViolations(page, `the shortcuts dialog, ${theme}`);
    });
  }
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('criteria from Quick lookup leave the Filters panel closed, so the rows show at once', async ({
    signedIn: page,
  }) => {
    const filters = page.getByRole('button', { name: 'Filters', exact: true });
    await page.getByRole('textbox', { name: 'Quick lookup' }).fill('customer 1133');
    await page.keyboard.press('Enter');
    const firstRow = casesTable(page).getByRole('row').nth(1);
    await expect(firstRow).toBeVisible();
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    const box = await firstRow.boundingBox();
    test.info().annotations.push({ type: 'first row top at 390×844', description: `${box?.y}` });
    expect(box).not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(844);

    // Asked for, the panel opens with the criterion in it; a search from it closes it again.
    await filters.click();
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('textbox', { name: 'Customer ID' })).toHaveValue('1133');
    await page.getByRole('textbox', { name: 'Customer ID' }).fill('1001');
    await page.getByRole('textbox', { name: 'Customer ID' }).press('Enter');
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(resultsStatus(page)).toContainText('Showing');
    // Focus does not stay behind in the closed panel: it is on the results.
    await expect(page.getByRole('heading', { name: 'Cases' })).toBeFocused();
  });
});
