// The customer and activities panes: contents, Close and Escape with focus return, the pane in the
// URL (reload, Back, Forward, a copied link), errors confined to the pane. Role and label locators only.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

const casesTable = (page: Page) => page.getByRole('table', { name: 'Cases' });
const customerPane = (page: Page) => page.getByRole('region', { name: /^Customer/ });
const activitiesPane = (page: Page) => page.getByRole('region', { name: /^Activities/ });
const customerLink = (page: Page) =>
  casesTable(page).getByRole('link', { name: 'John Russel Tierney' });
const activitiesLink = (page: Page) =>
  casesTable(page).getByRole('link', { name: 'Activities for case 1000', exact: true });
const hashOf = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1));

async function searchSeedCustomer(page: Page): Promise<void> {
  await page.goto('/#email=jhenry%40customer.com');
  await expect(casesTable(page)).toBeVisible();
}

function activity(id: number) {
  return {
    link: [{ rel: 'self', href: `/system/ws/v20/interaction/activity/${id}` }],
    case: { link: [{ rel: 'case', href: '/system/ws/v20/interaction/case/1000' }], id: '1000' },
    mode: { value: 'inbound', displayValue: 'Inbound' },
    type: {
      value: 'email',
      displayValue: 'Email',
      subtype: { value: 'general', displayValue: 'General' },
    },
    status: {
      value: 'completed',
      displayValue: 'Completed',
      substatus: { value: 'done', displayValue: 'Done' },
    },
    subject: `Activity ${id}`,
    created: { date: '2021-08-24T09:02:11.000Z' },
    id: String(id),
  };
}

test.describe('customer pane', () => {
  test('shows the customer; Escape closes it and focus returns to the link', async ({
    signedIn: page,
  }) => {
    await searchSeedCustomer(page);
    await customerLink(page).click();

    const pane = customerPane(page);
    await expect(pane).toBeVisible();
    await expect(pane.getByRole('heading', { name: 'Customer John Russel Tierney' })).toBeFocused();
    await expect(pane).toContainText('John Russel Tierney');
    await expect(pane).toContainText('1000');
    await expect(pane).toContainText('Individual');
    await expect(pane).toContainText('Service');
    await expect(pane).toContainText('jhenry@customer.com');
    await expect(pane).toContainText('408-222-9898');
    expect(hashOf(page).get('pane')).toBe('customer:1000');
    // The table stays usable beside the pane.
    await expect(casesTable(page)).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(pane).toBeHidden();
    await expect(customerLink(page)).toBeFocused();
    expect(hashOf(page).get('pane')).toBeNull();
  });

  test('Show all cases for this customer runs a lookup by customer ID', async ({
    signedIn: page,
    sim,
  }) => {
    await searchSeedCustomer(page);
    await customerLink(page).click();
    await customerPane(page)
      .getByRole('button', { name: 'Show all cases for this customer' })
      .click();
    await expect(customerPane(page)).toBeHidden();
    await expect(
      page.getByRole('list', { name: 'Active filters' }).getByRole('listitem'),
    ).toHaveText(['Customer ID: 1000']);
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(
      'Showing 1–1 of 1 case',
    );
    expect((await sim.lookupBodies()).at(-1)).toEqual({ customer: '1000' });
  });

  test('an error stays inside the pane and Retry recovers', async ({ signedIn: page, sim }) => {
    await searchSeedCustomer(page);
    await sim.inject({
      path: '/v20/interaction/customer/',
      status: 404,
      body: {
        code: '404-101',
        developerMessage: "The following IDs supplied in the URI path were not found: '1000'.",
      },
    });
    await customerLink(page).click();
    const alert = customerPane(page).getByRole('alert');
    await expect(alert).toContainText('404-101');
    await expect(alert).toContainText('were not found');
    await expect(casesTable(page).getByRole('row')).toHaveCount(2);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(customerPane(page)).toContainText('jhenry@customer.com');
  });
});

test.describe('activities pane', () => {
  test('shows the case activities; Close returns focus to the link', async ({ signedIn: page }) => {
    await searchSeedCustomer(page);
    await activitiesLink(page).click();

    const pane = activitiesPane(page);
    await expect(pane.getByRole('heading', { name: 'Activities for case 1000' })).toBeFocused();
    const table = pane.getByRole('table', { name: 'Activities' });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Activity ID',
      'Type',
      'Mode',
      'Status',
      'Subject',
      'Created',
    ]);
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('row').nth(1)).toContainText('Charging is too slow');
    await expect(pane).toContainText('Showing 1–2 of 2 activities');
    const nav = pane.getByRole('navigation', { name: 'Activities pagination' });
    await expect(nav).toContainText('Page 1 of 1');
    await expect(nav.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(hashOf(page).get('pane')).toBe('activities:1000');

    await pane.getByRole('button', { name: 'Close' }).click();
    await expect(pane).toBeHidden();
    await expect(activitiesLink(page)).toBeFocused();
  });

  test('pages through the activities with its own pagination', async ({ signedIn: page, sim }) => {
    // The simulator's cases have at most eight activities, fewer than a page: serve two pages.
    const ids = Array.from({ length: 13 }, (_, i) => 2000 + i);
    await sim.inject({
      path: '/v20/interaction/activity',
      status: 200,
      body: {
        activity: ids.slice(0, 10).map(activity),
        paginationInfo: { count: 13, pagenum: 1, pagesize: 10 },
      },
    });
    await sim.inject({
      path: '/v20/interaction/activity',
      status: 200,
      body: {
        activity: ids.slice(10).map(activity),
        paginationInfo: { count: 13, pagenum: 2, pagesize: 10 },
      },
    });
    await searchSeedCustomer(page);
    await activitiesLink(page).click();

    const pane = activitiesPane(page);
    const nav = pane.getByRole('navigation', { name: 'Activities pagination' });
    const table = pane.getByRole('table', { name: 'Activities' });
    await expect(pane).toContainText('Showing 1–10 of 13 activities');
    await expect(nav).toContainText('Page 1 of 2');
    await expect(table.getByRole('row')).toHaveCount(11);

    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect(pane).toContainText('Showing 11–13 of 13 activities');
    await expect(nav).toContainText('Page 2 of 2');
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(nav.getByRole('button', { name: 'Last page' })).toBeDisabled();
    expect(hashOf(page).get('apage')).toBe('2');
    // The cases pagination is a different landmark and did not move.
    await expect(page.getByRole('navigation', { name: 'Pagination', exact: true })).toContainText(
      'Page 1 of 1',
    );

    await nav.getByRole('button', { name: 'First page' }).click();
    await expect(pane).toContainText('Showing 1–10 of 13 activities');
    expect(hashOf(page).get('apage')).toBeNull();
  });

  test('pages through a long-running case of the simulator (31 activities)', async ({
    signedIn: page,
  }) => {
    await page.goto('/#customerId=1133');
    const link = casesTable(page).getByRole('link', { name: 'Activities for case 1007', exact: true });
    await link.click();
    const pane = activitiesPane(page);
    const nav = pane.getByRole('navigation', { name: 'Activities pagination' });
    const table = pane.getByRole('table', { name: 'Activities' });
    await expect(pane).toContainText('Showing 1–10 of 31 activities');
    await expect(nav).toContainText('Page 1 of 4');
    await nav.getByRole('button', { name: 'Last page' }).click();
    await expect(pane).toContainText('Showing 31–31 of 31 activities');
    await expect(table.getByRole('row')).toHaveCount(2);
    await nav.getByRole('button', { name: 'Previous page' }).click();
    await expect(pane).toContainText('Showing 21–30 of 31 activities');
    expect(hashOf(page).get('apage')).toBe('3');
  });

  test('narrow screens show the pane over the table; Escape closes it', async ({
    signedIn: page,
  }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await searchSeedCustomer(page);
    await activitiesLink(page).click();
    await expect(activitiesPane(page)).toBeVisible();
    await expect(activitiesPane(page).getByRole('button', { name: 'Close' })).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(activitiesPane(page)).toBeHidden();
    await expect(activitiesLink(page)).toBeFocused();
  });
});

test.describe('pane in the URL', () => {
  test('reload, Back and Forward restore the open pane', async ({ signedIn: page }) => {
    await searchSeedCustomer(page);
    await customerLink(page).click();
    await expect(customerPane(page)).toContainText('jhenry@customer.com');

    await page.reload();
    await expect(customerPane(page)).toContainText('jhenry@customer.com');
    await expect(
      customerPane(page).getByRole('heading', { name: 'Customer John Russel Tierney' }),
    ).toBeFocused();

    await page.goBack();
    await expect(customerPane(page)).toBeHidden();
    await expect(casesTable(page)).toBeVisible();
    await page.goForward();
    await expect(customerPane(page)).toContainText('jhenry@customer.com');

    // Opened from the URL, so no link was clicked: Close focuses the matching link in the table.
    await customerPane(page).getByRole('button', { name: 'Close' }).click();
    await expect(customerLink(page)).toBeFocused();
  });

  test('a copied link with an open activities pane opens it in a new page after sign-in', async ({
    signedIn: page,
    user,
  }) => {
    await searchSeedCustomer(page);
    await activitiesLink(page).click();
    await expect(activitiesPane(page).getByRole('table', { name: 'Activities' })).toBeVisible();

    const copy = await page.context().newPage();
    await copy.goto(page.url());
    await signIn(copy, user);
    await expect(copy.getByRole('region', { name: 'Activities for case 1000' })).toBeVisible();
    await expect(copy.getByRole('table', { name: 'Activities' }).getByRole('row')).toHaveCount(3);
    await expect(copy.getByRole('table', { name: 'Cases' })).toBeVisible();
    await copy.close();
  });

  test('a middle-click target is a real link to the pane', async ({ signedIn: page }) => {
    await searchSeedCustomer(page);
    await expect(customerLink(page)).toHaveAttribute('href', /#.*pane=customer%3A1000/);
    await expect(activitiesLink(page)).toHaveAttribute('href', /#.*pane=activities%3A1000/);
  });
});

test.describe('accessibility', () => {
  for (const width of [1280, 800]) {
    test(`results with an open pane have no WCAG 2.2 AA violations at ${width}px`, async ({
      signedIn: page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/#department=Service');
      await expect(casesTable(page)).toBeVisible();
      await casesTable(page)
        .getByRole('link', { name: 'Activities for case 1000', exact: true })
        .click();
      await expect(activitiesPane(page).getByRole('table', { name: 'Activities' })).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include('.results-area')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
});
