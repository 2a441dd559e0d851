// The results: paging, page sizes, sorting, chips, the 204 state, errors and the URL round trip,
// against the real production server and the simulator. Role and label locators only.
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test, type Simulator } from './fixtures';
import { field, searchButton } from './screen';

const LOOKUP = '/v20/interaction/case/lookup';

const status = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Showing|No cases|Searching/ });
const casesTable = (page: Page) => page.getByRole('table', { name: 'Cases' });
const pagination = (page: Page) =>
  page.getByRole('navigation', { name: 'Pagination', exact: true });
const navButton = (page: Page, name: string) =>
  pagination(page).getByRole('button', { name, exact: true });
const sizeSelect = (page: Page) => page.getByRole('combobox', { name: 'Rows per page' });
const hashOf = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1));

/** Runs the search in the URL fragment, as a copied link would, and waits for its results. */
async function searchFor(page: Page, fragment: string): Promise<void> {
  await page.goto(`/#${fragment}`);
  await expect(status(page)).toContainText(/Showing \d+–\d+ of \d+ cases?|No cases match/);
}

/** Waits until the background load of the next page has reached the simulator, so that a fault
 * injected afterwards meets the next lookup the test triggers, not the prefetch. */
async function prefetchDone(sim: Simulator, lookups = 2): Promise<void> {
  await expect
    .poll(async () => (await sim.requests()).filter((r) => r.path.endsWith(LOOKUP)).length)
    .toBeGreaterThanOrEqual(lookups);
}

/** The total of "Showing a–b of N cases". */
async function totalOf(page: Page): Promise<number> {
  const text = (await status(page).textContent()) ?? '';
  const match = /of (\d+) cases?/.exec(text);
  expect(match, `status text "${text}"`).not.toBeNull();
  return Number(match?.[1]);
}

/** The text of one column in the first `count` body rows. */
async function columnValues(table: Locator, column: number, count: number): Promise<string[]> {
  const values: string[] = [];
  for (let index = 1; index <= count; index++) {
    const cell = table.getByRole('row').nth(index).getByRole('cell').nth(column);
    values.push(((await cell.textContent()) ?? '').trim());
  }
  return values;
}

test.describe('paging', () => {
  test('First, Previous, Next and Last across department Service', async ({ signedIn: page }) => {
    await searchFor(page, 'department=Service');
    const total = await totalOf(page);
    expect(total).toBeGreaterThan(75);
    const pages = Math.ceil(total / 25);

    await expect(status(page)).toHaveText(`Showing 1–25 of ${total} cases`);
    await expect(pagination(page)).toContainText(`Page 1 of ${pages}`);
    await expect(navButton(page, 'First page')).toBeDisabled();
    await expect(navButton(page, 'Previous page')).toBeDisabled();
    await expect(casesTable(page).getByRole('row')).toHaveCount(26);
    const firstPageIds = await columnValues(casesTable(page), 0, 3);

    await navButton(page, 'Next page').click();
    await expect(status(page)).toHaveText(`Showing 26–50 of ${total} cases`);
    await expect(pagination(page)).toContainText(`Page 2 of ${pages}`);
    expect(hashOf(page).get('page')).toBe('2');

    await navButton(page, 'Last page').click();
    const lastFirst = (pages - 1) * 25 + 1;
    await expect(status(page)).toHaveText(`Showing ${lastFirst}–${total} of ${total} cases`);
    await expect(pagination(page)).toContainText(`Page ${pages} of ${pages}`);
    await expect(navButton(page, 'Next page')).toBeDisabled();
    await expect(navButton(page, 'Last page')).toBeDisabled();
    await expect(casesTable(page).getByRole('row')).toHaveCount(total - lastFirst + 2);

    await navButton(page, 'Previous page').click();
    await expect(pagination(page)).toContainText(`Page ${pages - 1} of ${pages}`);

    await navButton(page, 'First page').click();
    await expect(pagination(page)).toContainText(`Page 1 of ${pages}`);
    await expect(status(page)).toHaveText(`Showing 1–25 of ${total} cases`);
    expect(await columnValues(casesTable(page), 0, 3)).toEqual(firstPageIds);
  });

  test('every page size, remembered and back on page 1', async ({ signedIn: page }) => {
    await searchFor(page, 'department=Service&page=2');
    const total = await totalOf(page);
    await expect(sizeSelect(page)).toHaveValue('25');

    for (const size of [50, 75, 25]) {
      await sizeSelect(page).selectOption(String(size));
      await expect(status(page)).toHaveText(`Showing 1–${size} of ${total} cases`);
      await expect(casesTable(page).getByRole('row')).toHaveCount(size + 1);
      await expect(pagination(page)).toContainText(`Page 1 of ${Math.ceil(total / size)}`);
      expect(hashOf(page).get('page')).toBeNull();
    }

    // The choice is remembered for the next search on this browser.
    await sizeSelect(page).selectOption('75');
    await searchFor(page, 'department=Sales');
    await expect(sizeSelect(page)).toHaveValue('75');
  });

  test('while a page loads the previous rows stay and the table is busy', async ({
    signedIn: page,
    sim,
  }) => {
    await searchFor(page, 'department=Service');
    const firstIds = await columnValues(casesTable(page), 0, 3);
    await prefetchDone(sim);
    await sim.inject({ path: LOOKUP, delayMs: 1500 });
    await sizeSelect(page).selectOption('50');
    await expect(casesTable(page)).toHaveAttribute('aria-busy', 'true');
    expect(await columnValues(casesTable(page), 0, 3)).toEqual(firstIds);
    await expect(casesTable(page).getByRole('row')).toHaveCount(51);
    await expect(casesTable(page)).toHaveAttribute('aria-busy', 'false');
  });
});

type Compare = (a: string, b: string) => number;
const byNumber: Compare = (a, b) => Number(a) - Number(b);
const byText: Compare = (a, b) =>
  a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
const SEVERITY_RANK: Record<string, number> = { Low: 0, Medium: 1, High: 2, Urgent: 3 };
const bySeverity: Compare = (a, b) => (SEVERITY_RANK[a] ?? -1) - (SEVERITY_RANK[b] ?? -1);
const byDate: Compare = (a, b) => Date.parse(a) - Date.parse(b);

interface SortCase {
  header: string;
  column: number;
  field: string;
  compare: Compare;
  /** A search whose rows differ in this column. */
  search: string;
  /** Case ID is already ascending (the default order), so its first click sorts descending. */
  orders: ('asc' | 'desc')[];
  /** aria-sort of Case ID afterwards. */
  idSortAfter: string;
}

const ASC_DESC: SortCase['orders'] = ['asc', 'desc'];
const SORTABLE: SortCase[] = [
  {
    header: 'Case ID',
    column: 0,
    field: 'id',
    compare: byNumber,
    search: 'status=open',
    orders: ['desc', 'asc'],
    idSortAfter: 'ascending',
  },
  {
    header: 'Subject',
    column: 1,
    field: 'subject',
    compare: byText,
    search: 'status=open',
    orders: ASC_DESC,
    idSortAfter: 'none',
  },
  {
    header: 'Status',
    column: 3,
    field: 'status',
    compare: byText,
    search: 'department=Service',
    orders: ASC_DESC,
    idSortAfter: 'none',
  },
  {
    header: 'Severity',
    column: 4,
    field: 'severity',
    compare: bySeverity,
    search: 'status=open',
    orders: ASC_DESC,
    idSortAfter: 'none',
  },
  {
    header: 'Department',
    column: 5,
    field: 'department',
    compare: byText,
    search: 'status=open',
    orders: ASC_DESC,
    idSortAfter: 'none',
  },
  {
    header: 'Last modified',
    column: 6,
    field: 'lastModifiedDate',
    compare: byDate,
    search: 'status=open',
    orders: ASC_DESC,
    idSortAfter: 'none',
  },
];
const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const DIRECTION = { asc: 1, desc: -1 } as const;

test.describe('sorting', () => {
  for (const { header, column, field, compare, search, orders, idSortAfter } of SORTABLE) {
    test(`by ${header}, ascending and descending`, async ({ signedIn: page }) => {
      await searchFor(page, `${search}&page=2`);
      const table = casesTable(page);
      const columnHeader = table.getByRole('columnheader', { name: header, exact: true });
      const sortButton = columnHeader.getByRole('button', { name: header, exact: true });

      // Without a sort the server's default applies: Case ID ascending.
      const idHeader = table.getByRole('columnheader', { name: 'Case ID', exact: true });
      await expect(idHeader).toHaveAttribute('aria-sort', 'ascending');

      for (const order of orders) {
        await sortButton.click();
        await expect(columnHeader).toHaveAttribute('aria-sort', ARIA_SORT[order]);
        await expect.poll(() => hashOf(page).get('order')).toBe(order);
        expect(hashOf(page).get('sort')).toBe(field);
        expect(hashOf(page).get('page')).toBeNull();
        await expect(table).toHaveAttribute('aria-busy', 'false');
        const values = await columnValues(table, column, 8);
        const direction = DIRECTION[order];
        const sorted = [...values].sort((a, b) => direction * compare(a, b));
        expect(values, `${header} ${order}`).toEqual(sorted);
      }
      await expect(idHeader).toHaveAttribute('aria-sort', idSortAfter);
    });
  }

  test('a sort the server rejects (400-102) shows its message and returns to the default order', async ({
    signedIn: page,
    sim,
  }) => {
    await sim.inject({
      path: LOOKUP,
      status: 400,
      body: { code: '400-102', developerMessage: "Unsupported value for query parameter '$sort'." },
    });
    await page.goto('/#department=Service&sort=subject&order=desc');
    const alert = page.getByRole('alert').filter({ hasText: '400-102' });
    await expect(alert).toContainText("Unsupported value for query parameter '$sort'.");
    await expect(status(page)).toContainText('Showing 1–25 of');
    await expect(
      casesTable(page).getByRole('columnheader', { name: 'Case ID', exact: true }),
    ).toHaveAttribute('aria-sort', 'ascending');
    expect(hashOf(page).get('sort')).toBeNull();
    expect(hashOf(page).get('department')).toBe('Service');
  });

  test('a sort rejected after a click also falls back', async ({ signedIn: page, sim }) => {
    await searchFor(page, 'department=Service');
    await prefetchDone(sim);
    await sim.inject({
      path: LOOKUP,
      status: 400,
      body: { code: '400-102', developerMessage: "Unsupported value for query parameter '$sort'." },
    });
    await casesTable(page).getByRole('button', { name: 'Severity', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: '400-102' })).toBeVisible();
    await expect.poll(() => hashOf(page).get('sort')).toBeNull();
    await expect(
      casesTable(page).getByRole('columnheader', { name: 'Severity', exact: true }),
    ).toHaveAttribute('aria-sort', 'none');
  });
});

test.describe('a new search (decision 050)', () => {
  // The page's clock is paused, so the busy delay (100 ms) passes only when the test says so.
  const chips = (page: Page) => page.getByRole('list', { name: 'Active filters' });

  /** Records every aria-busy value the cases table takes from now on. */
  async function recordBusy(page: Page): Promise<() => Promise<string[]>> {
    await page.evaluate(() => {
      const record = document.documentElement.dataset;
      record['busySeen'] = '';
      new MutationObserver((changes) => {
        for (const change of changes)
          if (change.target instanceof Element && change.target.matches('table'))
            record['busySeen'] += `${change.target.getAttribute('aria-busy') ?? ''} `;
      }).observe(document.body, { subtree: true, attributeFilter: ['aria-busy'] });
    });
    return async () =>
      (await page.evaluate(() => document.documentElement.dataset['busySeen'] ?? ''))
        .split(' ')
        .filter(Boolean);
  }

  /** Shows the Service department's cases, its next page loaded, then stops the page's clock. */
  async function showServiceWithClockPaused(page: Page, sim: Simulator): Promise<void> {
    await searchFor(page, 'department=Service');
    await prefetchDone(sim);
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
  }

  test('an answer within the delay replaces the rows in one step, never busy', async ({
    signedIn: page,
    sim,
  }) => {
    await showServiceWithClockPaused(page, sim);
    const busySeen = await recordBusy(page);

    await field(page, 'Department').fill('Sales');
    await searchButton(page).click();
    await expect(chips(page).getByRole('listitem')).toHaveText(['Department: Sales']);
    await expect(status(page)).toContainText('Showing 1–25 of');
    expect(await busySeen()).not.toContain('true');
    expect(hashOf(page).get('department')).toBe('Sales');
    expect((await sim.lookupBodies()).filter((b) => isDepartment(b, 'Sales'))).toHaveLength(1);
  });

  test('a slow answer: the address changes at once, the screen after the delay, busy until it is in', async ({
    signedIn: page,
    sim,
  }) => {
    await showServiceWithClockPaused(page, sim);
    const serviceRows = await casesTable(page).getByRole('row').allTextContents();
    await sim.inject({ path: LOOKUP, times: 1, delayMs: 2_000 });

    await field(page, 'Department').fill('Sales');
    await searchButton(page).click();
    await expect.poll(() => hashOf(page).get('department')).toBe('Sales');
    // Within the delay the screen is as it was: Service's chip and rows, nothing busy.
    await expect(chips(page).getByRole('listitem')).toHaveText(['Department: Service']);
    await expect(casesTable(page)).toHaveAttribute('aria-busy', 'false');
    await expect(field(page, 'Department')).toHaveValue('Sales');

    await page.clock.runFor(100);
    await expect(chips(page).getByRole('listitem')).toHaveText(['Department: Sales']);
    await expect(casesTable(page)).toHaveAttribute('aria-busy', 'true');
    await expect(casesTable(page).getByRole('row')).toHaveText(serviceRows);

    await page.clock.resume();
    await expect(casesTable(page)).toHaveAttribute('aria-busy', 'false');
    await expect(casesTable(page).getByRole('row')).not.toHaveText(serviceRows);
    await expect(status(page)).toContainText('Showing 1–25 of');
  });

  test('an error within the delay shows its code and message and is sent once', async ({
    signedIn: page,
    sim,
  }) => {
    await showServiceWithClockPaused(page, sim);
    // One failure only: a second request would be answered with rows.
    await sim.inject({
      path: LOOKUP,
      times: 1,
      status: 403,
      body: {
        code: '403-101',
        developerMessage: 'Not authorized to view cases of this department.',
      },
    });

    await field(page, 'Department').fill('Sales');
    await searchButton(page).click();
    const alert = page.getByRole('alert').filter({ hasText: '403-101' });
    // The clock moves a millisecond at a time, far from the delay, so that what React Query defers
    // to a zero timeout still runs.
    await expect
      .poll(async () => {
        await page.clock.runFor(1);
        return alert.count();
      })
      .toBe(1);
    await expect(alert).toContainText('Not authorized to view cases of this department.');
    // Sent again, the lookup would be answered with rows and the alert would not have shown.
    await page.clock.resume();
    expect((await sim.lookupBodies()).filter((b) => isDepartment(b, 'Sales'))).toHaveLength(1);
    expect(hashOf(page).get('department')).toBe('Sales');
    await expect(field(page, 'Department')).toHaveValue('Sales');
  });
});

const isDepartment = (body: unknown, department: string): boolean =>
  typeof body === 'object' &&
  body !== null &&
  'department' in body &&
  body.department === department;

test.describe('criteria', () => {
  test('no match (204) says which criteria are active', async ({ signedIn: page }) => {
    await searchFor(page, 'email=nobody%40example.com');
    await expect(status(page)).toContainText('No cases match');
    await expect(status(page)).toContainText('Email: nobody@example.com');
    await expect(casesTable(page)).toBeHidden();
    await expect(pagination(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Remove Email filter' })).toBeVisible();
  });

  test('chips show the criteria; removing one re-runs the search without it', async ({
    signedIn: page,
    sim,
  }) => {
    await searchFor(page, 'department=Service&status=closed');
    const chips = page.getByRole('list', { name: 'Active filters' });
    await expect(chips.getByRole('listitem')).toHaveText(['Department: Service', 'Status: Closed']);
    const closedTotal = await totalOf(page);

    await page.getByRole('button', { name: 'Remove Status filter' }).click();
    await expect(chips.getByRole('listitem')).toHaveText(['Department: Service']);
    await expect.poll(() => totalOf(page)).toBeGreaterThan(closedTotal);
    expect(hashOf(page).get('status')).toBeNull();
    expect((await sim.lookupBodies()).at(-1)).toEqual({ department: 'Service' });
    await expect(page.getByRole('button', { name: 'Remove Department filter' })).toBeFocused();
  });

  test('an API error shows its code and message with Retry; Retry loads the page', async ({
    signedIn: page,
    sim,
  }) => {
    await sim.inject({
      path: LOOKUP,
      status: 403,
      body: { code: '403-105', developerMessage: 'User is not allowed to perform this action.' },
    });
    await page.goto('/#department=Service');
    const alert = page.getByRole('alert').filter({ hasText: '403-105' });
    await expect(alert).toContainText('User is not allowed to perform this action.');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(status(page)).toContainText('Showing 1–25 of');
    await expect(alert).toBeHidden();
  });
});

test.describe('URL round trip', () => {
  test('page, page size and sort survive reload, Back and Forward', async ({ signedIn: page }) => {
    await searchFor(page, 'department=Service');
    const total = await totalOf(page);
    await sizeSelect(page).selectOption('50');
    await expect(status(page)).toHaveText(`Showing 1–50 of ${total} cases`);
    await casesTable(page).getByRole('button', { name: 'Subject', exact: true }).click();
    await expect(
      casesTable(page).getByRole('columnheader', { name: 'Subject', exact: true }),
    ).toHaveAttribute('aria-sort', 'ascending');
    await navButton(page, 'Next page').click();
    await expect(status(page)).toHaveText(`Showing 51–100 of ${total} cases`);
    const rows = await columnValues(casesTable(page), 0, 5);

    await page.reload();
    await expect(status(page)).toHaveText(`Showing 51–100 of ${total} cases`);
    await expect(sizeSelect(page)).toHaveValue('50');
    await expect(
      casesTable(page).getByRole('columnheader', { name: 'Subject', exact: true }),
    ).toHaveAttribute('aria-sort', 'ascending');
    expect(await columnValues(casesTable(page), 0, 5)).toEqual(rows);

    await page.goBack();
    await expect(status(page)).toHaveText(`Showing 1–50 of ${total} cases`);
    await expect(
      casesTable(page).getByRole('columnheader', { name: 'Subject', exact: true }),
    ).toHaveAttribute('aria-sort', 'ascending');
    await page.goBack();
    await expect(
      casesTable(page).getByRole('columnheader', { name: 'Case ID', exact: true }),
    ).toHaveAttribute('aria-sort', 'ascending');
    await page.goForward();
    await page.goForward();
    await expect(status(page)).toHaveText(`Showing 51–100 of ${total} cases`);
    expect(await columnValues(casesTable(page), 0, 5)).toEqual(rows);
  });

  test('a copied link opens the same results in a new page after sign-in', async ({
    signedIn: page,
    user,
  }) => {
    await searchFor(page, 'department=Service');
    await sizeSelect(page).selectOption('75');
    await casesTable(page).getByRole('button', { name: 'Severity', exact: true }).click();
    await casesTable(page).getByRole('button', { name: 'Severity', exact: true }).click();
    await expect(
      casesTable(page).getByRole('columnheader', { name: 'Severity', exact: true }),
    ).toHaveAttribute('aria-sort', 'descending');
    await navButton(page, 'Next page').click();
    await expect(status(page)).toContainText('Showing 76–150 of');
    const rows = await columnValues(casesTable(page), 0, 5);

    const copy = await page.context().newPage();
    await copy.goto(page.url());
    await signIn(copy, user);
    await expect(status(copy)).toContainText('Showing 76–150 of');
    await expect(copy.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('75');
    await expect(
      casesTable(copy).getByRole('columnheader', { name: 'Severity', exact: true }),
    ).toHaveAttribute('aria-sort', 'descending');
    expect(await columnValues(casesTable(copy), 0, 5)).toEqual(rows);
    await copy.close();
  });
});
