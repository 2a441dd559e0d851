// Saved views and recent searches end to end: save, open, rename, delete, open at sign-in, export
// and import, another user on the same browser, the counts, and recent searches cleared on sign-out.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

const form = (page: Page) => page.getByRole('search', { name: 'Case search' });
const views = (page: Page) => page.getByRole('navigation', { name: 'Saved views' });
const recent = (page: Page) => page.getByRole('navigation', { name: 'Recent searches' });
const saveDialog = (page: Page) => page.getByRole('dialog', { name: 'Save view' });

async function search(
  page: Page,
  fields: { department?: string; email?: string; status?: string },
) {
  await form(page).getByRole('button', { name: 'Clear' }).click();
  if (fields.email) await form(page).getByRole('textbox', { name: 'Email' }).fill(fields.email);
  if (fields.department) {
    await form(page).getByRole('textbox', { name: 'Department' }).fill(fields.department);
  }
  if (fields.status) {
    await form(page)
      .getByRole('combobox', { name: 'Status' })
      .selectOption({ label: fields.status });
  }
  await form(page).getByRole('button', { name: 'Search', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Showing|No cases match/ }),
  ).toBeVisible();
}

async function saveView(page: Page, name: string, options: { openAtSignIn?: boolean } = {}) {
  await views(page).getByRole('button', { name: 'Save view' }).click();
  const dialog = saveDialog(page);
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  if (options.openAtSignIn) await dialog.getByRole('checkbox', { name: 'Open at sign-in' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(views(page).getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
}

async function signOutAndIn(page: Page, user: string) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await signIn(page, user);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

test('save, open, rename and delete a view; it never keeps the email', async ({
  signedIn: page,
}) => {
  await search(page, { email: 'jhenry@customer.com', department: 'Service', status: 'Open' });
  await views(page).getByRole('button', { name: 'Save view' }).click();
  const dialog = saveDialog(page);
  await expect(dialog).toContainText('This view leaves out Email');
  const name = dialog.getByRole('textbox', { name: 'Name' });

  // Bad names: each says why, nothing is saved.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Enter a name for the view.');
  await name.fill('x'.repeat(81));
  await expect(name).toHaveAccessibleDescription(/at most 80 characters; this one has 81/);
  await name.fill('Open in Service');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const view = views(page).getByRole('button', { name: /^Open in Service/ });
  await expect(view).toHaveAccessibleName(/^Open in Service \(\d[\d,]* cases?\)/);

  // Nothing identifying (nor the session) lands in localStorage.
  const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
  expect(stored).toContain('Open in Service');
  expect(stored).not.toContain('jhenry');
  const session = await page.evaluate(() => window.sessionStorage.getItem('egain.session'));
  expect(stored).not.toContain(String(session));

  // A duplicate name is refused and the first view stays.
  await search(page, { department: 'Billing' });
  await views(page).getByRole('button', { name: 'Save view' }).click();
  await saveDialog(page).getByRole('textbox', { name: 'Name' }).fill('open in service');
  await saveDialog(page).getByRole('button', { name: 'Save' }).click();
  await expect(saveDialog(page).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    /already exists/,
  );
  await saveDialog(page).getByRole('button', { name: 'Cancel' }).click();

  // Opening runs the view's search like any other: URL, chips, Back.
  await view.click();
  await expect(page).toHaveURL(/department=Service/);
  await expect(page).not.toHaveURL(/jhenry/);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(
    'Department: Service',
  );
  await expect(form(page).getByRole('textbox', { name: 'Email' })).toHaveValue('');
  await page.goBack();
  await expect(page).toHaveURL(/department=Billing/);

  // Rename.
  await views(page).getByRole('button', { name: 'Rename view Open in Service' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename view Open in Service' });
  await rename.getByRole('textbox', { name: 'Name' }).fill('Service, open');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(views(page).getByRole('button', { name: /^Service, open/ })).toBeVisible();

  // Survives a reload.
  await page.reload();
  await expect(views(page).getByRole('button', { name: /^Service, open/ })).toBeVisible();

  // Delete, with Undo.
  await views(page).getByRole('button', { name: 'Delete view Service, open' }).click();
  await expect(views(page).getByRole('button', { name: /^Service, open/ })).toBeHidden();
  await views(page).getByRole('button', { name: 'Undo' }).click();
  await expect(views(page).getByRole('button', { name: /^Service, open/ })).toBeVisible();
  await views(page).getByRole('button', { name: 'Delete view Service, open' }).click();
  await expect(views(page).getByText('No saved views yet')).toBeVisible();
});

test('a view opens at sign-in; another user on the same browser does not see it', async ({
  signedIn: page,
  user,
}, testInfo) => {
  await search(page, { department: 'Service', status: 'Open' });
  await saveView(page, 'Morning queue', { openAtSignIn: true });

  await signOutAndIn(page, user);
  await expect(page).toHaveURL(/department=Service/);
  await expect(page.getByRole('table', { name: 'Cases' })).toBeVisible();
  await expect(views(page).getByRole('button', { name: /^Morning queue/ })).toContainText(
    'opens at sign-in',
  );

  // Users the fixtures do not hand out to workers: nobody else signs in as them meanwhile.
  const other = `qa${testInfo.parallelIndex + 9}`;
  await signOutAndIn(page, other);
  await expect(views(page).getByText('No saved views yet')).toBeVisible();
  await expect(page).not.toHaveURL(/department=/);

  await signOutAndIn(page, user);
  await expect(views(page).getByRole('button', { name: /^Morning queue/ })).toBeVisible();
});

test('recent searches run again, and are emptied on sign-out', async ({ signedIn: page, user }) => {
  await search(page, { email: 'jhenry@customer.com' });
  await search(page, { department: 'Billing' });
  const list = recent(page).getByRole('button');
  await expect(list).toHaveText(['Department: Billing', 'Email: jhenry@customer.com']);
  await list.filter({ hasText: 'Email' }).click();
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(
    'Email: jhenry@customer.com',
  );
  await expect(list.first()).toHaveText('Email: jhenry@customer.com');

  await signOutAndIn(page, user);
  await expect(recent(page).getByRole('button')).toHaveCount(0);
  await expect(recent(page)).toContainText('Searches of this tab show here');
});

test('export and import views; bad files and entries are refused with reasons, nothing is lost', async ({
  signedIn: page,
}) => {
  await search(page, { department: 'Service', status: 'Open' });
  await saveView(page, 'Service open');
  await search(page, { department: 'Billing', status: 'Closed' });
  await saveView(page, 'Billing closed');

  const downloading = page.waitForEvent('download');
  await views(page).getByRole('button', { name: 'Export views' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^saved-views-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile(await download.path(), 'utf8');
  const parsed: unknown = JSON.parse(exported);
  expect(parsed).toMatchObject({
    format: 'egain-case-search/saved-views',
    server: 'simulator',
    views: [{ name: 'Service open' }, { name: 'Billing closed' }],
  });

  // Import into a browser that has lost them.
  await views(page).getByRole('button', { name: 'Delete view Service open' }).click();
  await views(page).getByRole('button', { name: 'Delete view Billing closed' }).click();
  const importInput = views(page).getByLabel('Import views');
  await importInput.setInputFiles({
    name: 'views.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(views(page).getByRole('status')).toContainText('Imported 2 of 2 views');
  await expect(views(page).getByRole('button', { name: /^Service open/ })).toBeVisible();

  // Again: names clash, so they are renamed.
  await importInput.setInputFiles({
    name: 'views.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(views(page).getByRole('button', { name: /^Service open \(2\)/ })).toBeVisible();

  // A corrupt file and one from another eGain server: a clear message, views untouched.
  await importInput.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":'),
  });
  await expect(views(page).getByRole('alert')).toContainText(
    'broken.json: This file is not valid JSON',
  );
  const foreign = exported.replace(
    '"server": "simulator"',
    '"server": "https://other.example.com"',
  );
  await importInput.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(foreign),
  });
  await expect(views(page).getByRole('alert')).toContainText(
    'exported from another eGain server (https://other.example.com)',
  );
  await expect(views(page).getByRole('button', { name: /^Billing closed/ })).toHaveCount(2);

  // Entries that break a rule are each named with the reason; the good one is added.
  const mixed = JSON.stringify({
    format: 'egain-case-search/saved-views',
    version: 1,
    server: 'simulator',
    views: [
      { name: 'Rated 5', criteria: { customName: 'customer_rating', customValue: '5' } },
      { name: 'Has email', criteria: { email: 'a@b.com' } },
      { name: 'Legacy field', criteria: { customName: 'legacy_code', customValue: '1' } },
      { name: 'z'.repeat(81), criteria: { status: 'open' } },
    ],
  });
  await importInput.setInputFiles({
    name: 'mixed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(mixed),
  });
  const alert = views(page).getByRole('alert');
  await expect(alert).toContainText('Imported 1 of 4 views from mixed.json');
  const refused = alert.getByRole('list', { name: 'Refused views' }).getByRole('listitem');
  await expect(refused).toHaveText([
    'Has email: It holds Email, which a saved view never keeps.',
    'Legacy field: It uses the custom attribute “legacy_code”, which this eGain server does not have.',
    `${'z'.repeat(81)}: Its name has 81 characters; at most 80 are allowed.`,
  ]);
  await expect(views(page).getByRole('button', { name: /^Rated 5/ })).toBeVisible();
});

test('a view whose custom attribute is gone from the server is kept and not opened', async ({
  signedIn: page,
  sim,
}) => {
  await form(page)
    .getByRole('combobox', { name: 'Custom attribute' })
    .selectOption({ label: 'Customer rating' });
  await form(page).getByRole('textbox', { name: 'Custom value' }).fill('5');
  await form(page).getByRole('button', { name: 'Search', exact: true }).click();
  await saveView(page, 'Rated 5');

  // The server's attribute list changes: customer_rating is no longer there.
  await sim.inject({
    method: 'GET',
    path: '/interaction/case/attributes',
    status: 200,
    body: {
      attribute: [{ name: 'region', displayName: 'Region', dataType: 'string' }],
      resource: 'case',
    },
    times: 5,
  });
  await page.reload();
  const item = views(page).getByRole('listitem').filter({ hasText: 'Rated 5' });
  await expect(item).toContainText('Its custom attribute “customer_rating” no longer exists');
  await form(page).getByRole('button', { name: 'Clear' }).click();
  await item.getByRole('button', { name: /^Rated 5/ }).click();
  await expect(views(page).getByRole('alert')).toContainText(
    'which the eGain server no longer has, so it was not opened',
  );
  await expect(page).not.toHaveURL(/customName/);
  await expect(item).toBeVisible();
});

test('counts are $pagesize=1 lookups; a failing one shows as unknown, not as an error', async ({
  signedIn: page,
  sim,
}) => {
  const countRequests: string[] = [];
  page.on('request', (request) => {
    if (
      request.url().includes('/interaction/case/lookup') &&
      /\$pagesize=1(&|$)/.test(request.url())
    ) {
      countRequests.push(request.url());
    }
  });
  await search(page, { department: 'Service' });
  await saveView(page, 'Service');
  await expect(views(page).getByRole('button', { name: /^Service/ })).toHaveAccessibleName(
    /\(\d[\d,]* cases?\)/,
  );
  expect(countRequests.length).toBeGreaterThan(0);

  await sim.inject({ method: 'POST', path: '/interaction/case/lookup', status: 500, times: 1 });
  await views(page).getByRole('button', { name: 'Refresh counts' }).click();
  await expect(views(page).getByRole('button', { name: /^Service/ })).toHaveAccessibleName(
    'Service (count unknown)',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);

  await views(page).getByRole('button', { name: 'Refresh counts' }).click();
  await expect(views(page).getByRole('button', { name: /^Service/ })).toHaveAccessibleName(
    /\(\d[\d,]* cases?\)/,
  );
});
