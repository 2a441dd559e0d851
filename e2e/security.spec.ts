// Security rows of docs/reliability.md: server data is text, never HTML; the link policy (D10); the
// session id stays out of URLs, storage and the console; security headers and CSP; what the server
// refuses (paths outside /system/ws, traversal, oversize bodies). Server logs: server/security.test.ts.
import type { Page, Request } from '@playwright/test';
import { rawRequest } from '../server/test-helpers.ts';
import { PASSWORD, expect, test } from './fixtures';
import { E2E_PORT } from './ports';
import {
  ACTIVITIES,
  CUSTOMER,
  LOOKUP,
  casesTable,
  currentSessionId,
  field,
  pagination,
  pane,
  resultsStatus,
  search,
  searchForm,
  sessionDialog,
  xssFired,
} from './screen';

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

/** Markup that would run script if it were ever parsed as HTML; `window.__xss` tells. */
const XSS_IMG = '<img src=x onerror="window.__xss=1">';
const XSS_SCRIPT = '<script>window.__xss=2</script>';
const XSS_LINK = '<a href="javascript:window.__xss=3">Click me</a>';

/** A lookup answer full of hostile values and links (§3.4 shape), for three real cases. */
const HOSTILE_LOOKUP = {
  case: [
    {
      id: '1000',
      subject: XSS_IMG,
      link: { rel: 'self', href: 'javascript:window.__xss=4' },
      activities: {
        link: {
          rel: 'activity',
          href: 'https://evil.example/system/ws/v20/interaction/activity?case=1000',
        },
      },
      department: { name: '<b>Service</b>', id: '999' },
      status: { value: 'open', displayValue: XSS_SCRIPT },
      severity: {
        value: 'high"><svg onload=alert(1)>',
        displayValue: '<svg onload="window.__xss=5">',
      },
      lastModified: { date: '2021-08-25T13:18:25.000Z', user: { name: XSS_IMG, id: '1' } },
      customer: {
        link: { rel: 'customer', href: 'javascript:window.__xss=6' },
        customerName: XSS_LINK,
        id: '1000',
      },
    },
    {
      id: '1001',
      subject: "Robert'); DROP TABLE cases;--",
      link: [{ rel: 'self', href: '/system/ws/v20/interaction/case/1001' }],
      activities: {
        link: [
          { rel: 'activity', href: '//evil.example/system/ws/v20/interaction/activity?case=1001' },
        ],
      },
      customer: {
        link: [{ rel: 'customer', href: 'data:text/html,<script>window.__xss=7</script>' }],
        customerName: 'Data Link Customer',
        id: '1001',
      },
    },
    {
      id: '1002',
      subject: 'Traversal links',
      link: [{ rel: 'self', href: '/system/ws/v20/interaction/case/1002' }],
      activities: {
        link: [{ rel: 'activity', href: '/system/ws/v20/../../admin/activity?case=1002' }],
      },
      customer: {
        link: [
          { rel: 'customer', href: 'http://evil.example/system/ws/v20/interaction/customer/1002' },
        ],
        customerName: 'Off Origin Customer',
        id: '1002',
      },
    },
  ],
  paginationInfo: { count: 3, pagenum: 1, pagesize: 25 },
};

/** Records what a page does that it must not: dialogs, requests or navigations off its origin, page errors. */
interface Harm {
  dialogs: string[];
  offOrigin: string[];
  errors: string[];
  apiReads: string[];
}

function watchForHarm(page: Page): Harm {
  const seen: Harm = { dialogs: [], offOrigin: [], errors: [], apiReads: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request: Request) => {
    const url = request.url();
    if (!url.startsWith(`${ORIGIN}/`)) seen.offOrigin.push(url);
    else if (request.method() === 'GET' && url.includes('/system/ws/'))
      seen.apiReads.push(url.slice(ORIGIN.length));
  });
  page.on('framenavigated', (frame) => {
    if (!frame.url().startsWith(`${ORIGIN}/`)) seen.offOrigin.push(frame.url());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

test.describe('data from the server is text, and its links are followed only under /system/ws (D10)', () => {
  test('hostile subjects, names and values render literally; hostile links are never followed', async ({
    signedIn: page,
    sim,
  }) => {
    const harm = watchForHarm(page);
    await sim.inject({ path: LOOKUP, status: 200, body: HOSTILE_LOOKUP });
    await search(page, { Department: 'Service' });
    await expect(resultsStatus(page)).toHaveText('Showing 1–3 of 3 cases');

    const table = casesTable(page);
    const first = table.getByRole('row').nth(1);
    await expect(first.getByRole('cell').nth(1)).toHaveText(XSS_IMG);
    await expect(first).toContainText(XSS_SCRIPT);
    await expect(first).toContainText('<svg onload="window.__xss=5">');
    await expect(first).toContainText('<b>Service</b>');
    await expect(table.getByRole('img')).toHaveCount(0);
    await expect(table.getByRole('row').nth(2)).toContainText("Robert'); DROP TABLE cases;--");

    // The customer link is the app's own, named by the literal customer name; its href is a fragment.
    const hostileCustomer = table.getByRole('link', { name: XSS_LINK, exact: true });
    await expect(hostileCustomer).toHaveAttribute('href', /^#/);
    await expect(table.getByRole('link', { name: 'Click me', exact: true })).toHaveCount(0);

    const customerRead = page.waitForRequest((r) => r.url().includes(CUSTOMER));
    await hostileCustomer.click();
    expect(new URL((await customerRead).url()).pathname).toBe(
      '/system/ws/v20/interaction/customer/1000',
    );
    await expect(pane(page, 'Customer')).toContainText('jhenry@customer.com');
    await pane(page, 'Customer').getByRole('button', { name: 'Close' }).click();

    // data: and off-origin customer links: the id builds the URL instead.
    for (const [name, id] of [
      ['Data Link Customer', '1001'],
      ['Off Origin Customer', '1002'],
    ] as const) {
      const read = page.waitForRequest((r) => r.url().includes(CUSTOMER));
      await table.getByRole('link', { name, exact: true }).click();
      expect(new URL((await read).url()).pathname).toBe(
        `/system/ws/v20/interaction/customer/${id}`,
      );
      await expect(pane(page, 'Customer').getByText(id, { exact: true })).toBeVisible();
      await pane(page, 'Customer').getByRole('button', { name: 'Close' }).click();
    }

    // Off-origin, protocol-relative and traversing activities links: built from the case id.
    for (const id of ['1000', '1001', '1002']) {
      const read = page.waitForRequest((r) => r.url().includes(ACTIVITIES));
      await table.getByRole('link', { name: `Activities for case ${id}` }).click();
      const url = new URL((await read).url());
      expect(`${url.pathname}${url.search}`).toMatch(
        new RegExp(`^/system/ws/v20/interaction/activity\\?case=${id}&`),
      );
      await expect(pane(page, 'Activities')).toBeVisible();
      await pane(page, 'Activities').getByRole('button', { name: 'Close' }).click();
    }

    expect(harm.apiReads.filter((url) => !/^\/system\/ws\/v\d+\/interaction\//.test(url))).toEqual(
      [],
    );
    expect(harm.offOrigin).toEqual([]);
    expect(harm.dialogs).toEqual([]);
    expect(harm.errors).toEqual([]);
    expect(await xssFired(page)).toBeNull();
  });

  test('a hostile customer record and a hostile error message render literally', async ({
    signedIn: page,
    sim,
  }) => {
    const harm = watchForHarm(page);
    await sim.inject({
      method: 'GET',
      path: CUSTOMER,
      status: 200,
      body: {
        customer: [
          {
            id: '1000',
            customerName: XSS_IMG,
            type: { value: 'individual', displayValue: XSS_SCRIPT },
            department: { name: XSS_LINK, id: '999' },
            contactPersons: {
              contactPerson: [
                {
                  id: '1',
                  firstName: '<b>John</b>',
                  lastName: XSS_IMG,
                  contactPoints: {
                    contactPoint: [
                      {
                        id: '2',
                        type: {
                          value: 'email',
                          email: { emailAddress: 'javascript:window.__xss=8' },
                        },
                      },
                      {
                        id: '3',
                        type: {
                          value: 'phone',
                          phone: { phoneNo: '<img src=y onerror=alert(2)>' },
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    });
    await search(page, { Email: 'jhenry@customer.com' });
    await casesTable(page).getByRole('link', { name: 'John Russel Tierney' }).click();
    const customer = pane(page, 'Customer');
    await expect(customer).toContainText(`Customer ${XSS_IMG}`);
    await expect(customer).toContainText(XSS_SCRIPT);
    await expect(customer).toContainText(XSS_LINK);
    await expect(customer).toContainText('javascript:window.__xss=8');
    await expect(customer).toContainText('<img src=y onerror=alert(2)>');
    await expect(customer.getByRole('img')).toHaveCount(0);
    await expect(customer.getByRole('link')).toHaveCount(0);

    await sim.inject({
      path: LOOKUP,
      status: 400,
      body: { code: '400-152', developerMessage: `Bad value ${XSS_IMG} ${XSS_SCRIPT}` },
    });
    await search(page, { Email: '', Department: 'Service' });
    const alert = page.getByRole('alert').filter({ hasText: '400-152' });
    await expect(alert).toContainText(`Bad value ${XSS_IMG} ${XSS_SCRIPT}`);
    await expect(alert.getByRole('img')).toHaveCount(0);

    expect(harm.offOrigin).toEqual([]);
    expect(harm.dialogs).toEqual([]);
    expect(harm.errors).toEqual([]);
    expect(await xssFired(page)).toBeNull();
  });
});

test('the session id never appears in a URL, localStorage, a cookie or the console', async ({
  page,
  context,
  sim,
  user,
}) => {
  const ids = new Set<string>();
  const urls: string[] = [];
  const consoleTexts: string[] = [];
  page.on('response', async (response) => {
    const id = await response.headerValue('x-egain-session');
    if (id) ids.add(id);
  });
  page.on('request', (request) => urls.push(request.url()));
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  page.on('console', (message) => consoleTexts.push(message.text()));

  await page.goto('/');
  await page.getByRole('textbox', { name: 'User name' }).fill(user);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  ids.add(await currentSessionId(page));

  // A new id on every answer, a page, both panes, an expired session and a sign-in in the dialog.
  await sim.rotateSessions(true, 5000);
  await search(page, { Department: 'Service' });
  await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
  await pagination(page).getByRole('button', { name: 'Next page' }).click();
  await expect(resultsStatus(page)).toContainText('Showing 26–50 of');
  await casesTable(page)
    .getByRole('link', { name: /^Activities for case / })
    .first()
    .click();
  await expect(pane(page, 'Activities')).toContainText(/Showing|No activities/);
  await sim.rotateSessions(false);
  ids.add(await currentSessionId(page));
  await sim.expireSessions();
  await pagination(page).getByRole('button', { name: 'Last page' }).click();
  await sessionDialog(page).getByLabel('Password').fill(PASSWORD);
  await sessionDialog(page).getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(sessionDialog(page)).toBeHidden();
  await expect(pagination(page)).toContainText(/Page (\d+) of \1/);
  ids.add(await currentSessionId(page));
  urls.push(page.url());
  const localValues = await page.evaluate(() =>
    Object.entries(window.localStorage).flat().join('\n'),
  );
  const documentCookie = await page.evaluate(() => document.cookie);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  expect(ids.size).toBeGreaterThan(3);
  expect(await context.cookies()).toEqual([]);
  expect(documentCookie).toBe('');
  for (const id of ids) {
    expect(urls.filter((url) => url.includes(id))).toEqual([]);
    expect(consoleTexts.filter((text) => text.includes(id))).toEqual([]);
    expect(localValues).not.toContain(id);
  }
  expect(await page.evaluate(() => ({ ...window.sessionStorage }))).toEqual({});
});

test.describe('the server', () => {
  test('sends its security headers and the main journeys raise no CSP violation', async ({
    page,
    request,
    sim,
    user,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    // Caught violations (a blocked `new Function` inside try/catch) log nothing by themselves.
    await page.addInitScript(() => {
      window.document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    const response = await page.goto('/');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');

    // Sign-in, with a wrong password first.
    await page.getByRole('textbox', { name: 'User name' }).fill(user);
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('401-100');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

    // Search, sort, page, both panes, the calendar, another language, Show request.
    await search(page, { Department: 'Service' });
    await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
    await casesTable(page).getByRole('button', { name: 'Subject' }).click();
    await pagination(page).getByRole('button', { name: 'Next page' }).click();
    await expect(resultsStatus(page)).toContainText('Showing 26–50 of');
    await casesTable(page)
      .getByRole('link', { name: /^Activities for case / })
      .first()
      .click();
    await expect(pane(page, 'Activities')).toContainText(/Showing|No activities/);
    await pane(page, 'Activities').getByRole('button', { name: 'Close' }).click();
    await casesTable(page).getByRole('row').nth(1).getByRole('link').first().click();
    await expect(pane(page, 'Customer').getByText('Customer ID')).toBeVisible();
    await pane(page, 'Customer').getByRole('button', { name: 'Close' }).click();
    await searchForm(page).getByRole('button', { name: 'Choose Created from date' }).click();
    await expect(page.getByRole('dialog', { name: 'Choose a date' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
    // The results are read again in German; then back to English for the rest of the journey.
    await expect(page.getByRole('table', { name: 'Fälle' })).toBeVisible();
    await expect(resultsStatus(page)).toContainText(' von ');
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption({ label: 'English (US)' });
    await expect(resultsStatus(page)).toContainText('Showing');
    await page.getByText('Show request', { exact: true }).click();
    await expect(field(page, 'Department')).toHaveValue('Service');

    // The session-expired dialog and signing in from it.
    await sim.expireSessions();
    await pagination(page).getByRole('button', { name: 'Last page' }).click();
    await sessionDialog(page).getByLabel('Password').fill(PASSWORD);
    await sessionDialog(page).getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(sessionDialog(page)).toBeHidden();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

    // An API answer carries the headers too (ours win over the upstream's), with a CSP of its own:
    // it is data, never a document (decision 020).
    const api = await request.get('/system/ws/v20/interaction/case/1000', {
      headers: { Accept: 'application/json' },
    });
    expect(api.headers()['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'; sandbox",
    );
    expect(api.headers()['cache-control']).toBe('no-store');
    expect(api.headers()['x-frame-options']).toBe('DENY');
    expect(api.headers()['set-cookie']).toBeUndefined();
    expect(violations).toEqual([]);
  });

  test('forwards nothing outside /system/ws/* and serves no file outside dist/', async () => {
    // Raw request lines: fetch and Playwright would normalise `..` and `%2e%2e` away.
    const secrets = [
      '"name": "egain-case-search"',
      'createSimulator',
      '[core]',
      'SIM_TEST_CONTROLS',
    ];
    for (const path of [
      '/package.json',
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2E%2E/%2E%2E/server/app.ts',
      '/..%5cpackage.json',
      '/%252e%252e/package.json',
      '/server/app.ts',
      '/src/main.tsx',
      '/.env',
      '/node_modules/react/package.json',
    ]) {
      const res = await rawRequest(E2E_PORT, path);
      expect(res.status, path).toBe(404);
      for (const secret of secrets) expect(res.text, path).not.toContain(secret);
    }
    // A path without a file extension is an app route: it gets the app, never the file.
    const gitConfig = await rawRequest(E2E_PORT, '/.git/config');
    expect(gitConfig.text).toContain('<title>Case search</title>');
    expect(gitConfig.text).not.toContain('[core]');
    for (const path of [
      '/system/other',
      '/system/ws/../../package.json',
      '/system/ws/%2e%2e/%2e%2e/package.json',
      '/system/ws/v12%2f..%2f..%2fadmin',
      '/system/ws/..%5c..%5cadmin',
      '/system/wsx/v12/interaction/case/1000',
    ]) {
      const res = await rawRequest(E2E_PORT, path);
      expect(res.status, path).toBe(404);
      expect(JSON.parse(res.text), path).toMatchObject({ code: '404-100' });
    }
    // An absolute-form request line naming another host is refused, not proxied.
    const absolute = await rawRequest(
      E2E_PORT,
      'http://evil.example/system/ws/v12/interaction/case/1000',
    );
    expect(absolute.status).toBe(400);
  });

  test('refuses oversize request bodies with 413 before forwarding them', async ({
    request,
    sim,
  }) => {
    for (const path of [
      '/system/ws/v20/interaction/case/lookup',
      '/system/ws/v12/authentication/user/login',
    ]) {
      const response = await request.post(path, {
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        data: JSON.stringify({
          userName: sim.user,
          password: PASSWORD,
          department: 'x'.repeat(100 * 1024),
        }),
      });
      expect(response.status(), path).toBe(413);
      expect(await response.json()).toMatchObject({ code: '413-100' });
    }
    expect(await sim.requests()).toEqual([]);
  });
});
