// Faults from docs/reliability.md, driven through the simulator's test controls: whatever the server
// or the network does, the form, the URL and the results on screen survive, and the user can retry.
import type { Request } from '@playwright/test';
import { PASSWORD, expect, signIn, test } from './fixtures';
import { UNREACHABLE_EGAIN_PORT } from './ports';
import {
  ACTIVITIES,
  CANNOT_REACH,
  CUSTOMER,
  LOOKUP,
  casesTable,
  currentSessionId,
  expectScreenKept,
  field,
  fillSearch,
  isLookup,
  pagination,
  pane,
  resultsStatus,
  rowTexts,
  search,
  searchButton,
  sessionDialog,
} from './screen';

const JHENRY = { Email: 'jhenry@customer.com' };
/** A second search that replaces the first one: the email cleared, a department instead. */
const SERVICE = { Email: '', Department: 'Service' };
const SERVICE_HASH = '#department=Service';

test.describe('server faults on the lookup', () => {
  test('a 500 that outlasts the automatic retries: the alert offers Retry, and Retry succeeds', async ({
    signedIn: page,
    sim,
  }) => {
    await search(page, JHENRY);
    await expect(resultsStatus(page)).toHaveText('Showing 1–1 of 1 case');
    const before = await rowTexts(page);

    // React Query retries a 5xx read twice: three failures reach the screen.
    await sim.inject({
      path: LOOKUP,
      status: 500,
      body: { code: '500-100', developerMessage: 'Internal error while searching cases.' },
      times: 3,
    });
    await search(page, SERVICE);
    const alert = page.getByRole('alert').filter({ hasText: '500-100' });
    await expect(alert).toContainText('Internal error while searching cases.');
    // The count on screen is not presented as the answer to the new criteria.
    await expect(resultsStatus(page)).toHaveText(
      'Showing 1–1 of 1 case (earlier results: the latest request failed)',
    );
    await expectScreenKept(page, {
      rows: before,
      fields: { Email: '', Department: 'Service' },
      hash: SERVICE_HASH,
    });

    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
    await expect(alert).toBeHidden();
    await expect(field(page, 'Department')).toHaveValue('Service');
    const firstPages = (await sim.requests()).filter(
      (r) => r.path.endsWith(LOOKUP) && r.query.$pagenum === '1',
    );
    // jhenry once, then Service: three failures and the successful Retry.
    expect(firstPages).toHaveLength(5);
  });

  test('a persistent 503: the alert stays, nothing is lost, and retrying does not hammer the server', async ({
    signedIn: page,
    sim,
  }) => {
    await search(page, JHENRY);
    await expect(resultsStatus(page)).toHaveText('Showing 1–1 of 1 case');
    const before = await rowTexts(page);

    await sim.inject({
      path: LOOKUP,
      status: 503,
      body: { code: '503-100', developerMessage: 'The service is temporarily unavailable.' },
      // Two rounds of three attempts; then the server has recovered.
      times: 6,
    });
    await search(page, SERVICE);
    const alert = page.getByRole('alert').filter({ hasText: '503-100' });
    await expect(alert).toContainText('The service is temporarily unavailable.');
    const kept = { rows: before, fields: { Email: '', Department: 'Service' }, hash: SERVICE_HASH };
    await expectScreenKept(page, kept);
    await expect.poll(async () => (await sim.lookupBodies()).length).toBe(1 + 3);

    // Retry runs the same three attempts again and ends in the same alert, with the same screen.
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(async () => (await sim.lookupBodies()).length).toBe(1 + 6);
    await expect(alert).toContainText('503-100');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expectScreenKept(page, kept);

    // Once the server has recovered, the same Retry brings the results.
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
    await expect(alert).toBeHidden();
  });

  test('a malformed JSON body is an error with Retry, never a blank or broken screen', async ({
    signedIn: page,
    sim,
  }) => {
    await search(page, JHENRY);
    await expect(resultsStatus(page)).toHaveText('Showing 1–1 of 1 case');
    const before = await rowTexts(page);

    await sim.inject({ path: LOOKUP, malformed: true, times: 3 });
    await search(page, SERVICE);
    const alert = page.getByRole('alert').filter({ hasText: 'not valid JSON' });
    await expect(alert).toBeVisible();
    await expectScreenKept(page, {
      rows: before,
      fields: { Email: '', Department: 'Service' },
      hash: SERVICE_HASH,
    });

    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
    await expect(alert).toBeHidden();
  });

  test('a 5-second answer is aborted by a newer search and can never overwrite its results', async ({
    signedIn: page,
    sim,
  }) => {
    await sim.inject({ path: LOOKUP, delayMs: 5000 });
    const failed: Request[] = [];
    page.on('requestfailed', (request) => {
      if (isLookup(request)) failed.push(request);
    });

    const slow = await search(page, JHENRY);
    // The user does not wait: a new search while the first one is still on its way.
    const fast = await search(page, SERVICE);
    expect(slow.postDataJSON()).toEqual({ email: 'jhenry@customer.com' });
    expect(fast.postDataJSON()).toEqual({ department: 'Service' });

    await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
    // The slow request is cancelled in the browser: its answer can never arrive, let alone render.
    await expect
      .poll(() => failed.map((r) => r.failure()?.errorText))
      .toEqual(['net::ERR_ABORTED']);
    expect(failed[0]).toBe(slow);
    // Service's 25 rows, header included, stay: no late jhenry row replaces them.
    await expect(casesTable(page).getByRole('row')).toHaveCount(26);
    await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
    await expect(field(page, 'Department')).toHaveValue('Service');
    expect(new URL(page.url()).hash).toBe(SERVICE_HASH);
  });
});

test.describe('network faults', () => {
  test('offline: "Cannot reach the eGain server", the previous results stay; online again, the search completes', async ({
    signedIn: page,
    context,
  }) => {
    await search(page, JHENRY);
    await expect(resultsStatus(page)).toHaveText('Showing 1–1 of 1 case');
    const before = await rowTexts(page);

    await context.setOffline(true);
    await fillSearch(page, SERVICE);
    await searchButton(page).click();
    const alert = page.getByRole('alert').filter({ hasText: CANNOT_REACH });
    await expect(alert).toBeVisible();
    await expectScreenKept(page, {
      rows: before,
      fields: { Email: '', Department: 'Service' },
      hash: SERVICE_HASH,
    });

    await context.setOffline(false);
    // Back online, the failed search runs again by itself (React Query refetches on reconnect).
    await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
    await expect(alert).toBeHidden();
    await expect(casesTable(page).getByRole('row')).toHaveCount(26);
  });
});

test.describe('EGAIN_URL points at a closed port', () => {
  // The second server of playwright.config.ts: the real production server, its eGain server down.
  test.use({ baseURL: `http://127.0.0.1:${UNREACHABLE_EGAIN_PORT}` });

  test('sign-in says "Cannot reach the eGain server", keeps the fields, and can be tried again', async ({
    page,
  }) => {
    const crashes: Error[] = [];
    page.on('pageerror', (error) => crashes.push(error));
    let logins = 0;
    page.on('requestfinished', (request) => {
      if (request.url().includes('/authentication/user/login')) logins += 1;
    });
    await page.goto('/');
    await signIn(page, 'qa1');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(CANNOT_REACH);
    await expect(alert).toContainText('502-100');
    await expect(page.getByRole('textbox', { name: 'User name' })).toHaveValue('qa1');
    await expect(page.getByLabel('Password')).toHaveValue(PASSWORD);

    // Still usable: the fields can be changed and the sign-in tried again, with the same clear answer.
    await page.getByRole('textbox', { name: 'User name' }).fill('supervisor');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => logins).toBe(2);
    await expect(alert).toContainText(CANNOT_REACH);
    await expect(page.getByRole('textbox', { name: 'User name' })).toHaveValue('supervisor');
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
    expect(crashes).toEqual([]);
  });

  test('a signed-in screen whose eGain server goes away keeps the search and offers Retry', async ({
    page,
  }) => {
    // A session from before the eGain server went down (sessionStorage survives a reload, D9).
    await page.addInitScript(() => {
      window.sessionStorage.setItem('egain.session', 'session-from-before-the-outage');
      window.sessionStorage.setItem('egain.user', 'qa1');
    });
    let lookups = 0;
    page.on('requestfinished', (request) => {
      if (isLookup(request)) lookups += 1;
    });
    await page.goto(`/${SERVICE_HASH}`);
    const alert = page.getByRole('alert').filter({ hasText: CANNOT_REACH });
    await expect(alert).toContainText('502-100');
    await expect(field(page, 'Department')).toHaveValue('Service');
    expect(new URL(page.url()).hash).toBe(SERVICE_HASH);
    // The 502 is retried like any 5xx read: three attempts, then the alert.
    await expect.poll(() => lookups).toBe(3);

    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => lookups).toBe(6);
    await expect(alert).toContainText(CANNOT_REACH);
    await expect(field(page, 'Department')).toHaveValue('Service');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeEnabled();
  });
});

test.describe('session faults', () => {
  test('the session expires in the middle of paging: sign in again, the page you asked for appears', async ({
    signedIn: page,
    sim,
    user,
  }) => {
    await search(page, SERVICE);
    await expect(resultsStatus(page)).toContainText('Showing 1–25 of');
    const before = await rowTexts(page);
    const lastPage = Number(
      /of (\d+)/.exec(
        (await pagination(page)
          .getByText(/^Page 1 of/)
          .textContent()) ?? '',
      )?.[1],
    );
    expect(lastPage).toBeGreaterThan(2);

    await sim.expireSessions();
    // A page that was not prefetched, so the lookup meets the expired session.
    await pagination(page).getByRole('button', { name: 'Last page' }).click();
    const dialog = sessionDialog(page);
    await expect(dialog).toBeVisible();
    await expectScreenKept(page, {
      rows: before,
      fields: { Department: 'Service' },
      hash: `${SERVICE_HASH}&page=${lastPage}`,
    });

    await expect(dialog.getByRole('textbox', { name: 'User name' })).toHaveValue(user);
    await dialog.getByLabel('Password').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(pagination(page)).toContainText(`Page ${lastPage} of ${lastPage}`);
    await expect(field(page, 'Department')).toHaveValue('Service');
    expect(new URL(page.url()).hash).toBe(`${SERVICE_HASH}&page=${lastPage}`);
  });

  const PANES = [
    {
      kind: 'Customer',
      path: CUSTOMER,
      link: 'John Russel Tierney',
      hash: '#email=jhenry%40customer.com&pane=customer%3A1000',
      loaded: 'jhenry@customer.com',
    },
    {
      kind: 'Activities',
      path: ACTIVITIES,
      link: 'Activities for case 1000',
      hash: '#email=jhenry%40customer.com&pane=activities%3A1000',
      loaded: 'Charging is too slow',
    },
  ] as const;

  for (const target of PANES) {
    test(`the session expires while the ${target.kind.toLowerCase()} pane loads: sign in again and the pane completes`, async ({
      signedIn: page,
      sim,
    }) => {
      await search(page, JHENRY);
      await expect(resultsStatus(page)).toHaveText('Showing 1–1 of 1 case');
      const before = await rowTexts(page);

      // The read waits 2 s before the simulator checks its session; the session ends meanwhile.
      await sim.inject({ method: 'GET', path: target.path, delayMs: 2000 });
      const read = page.waitForRequest((r) => r.url().includes(target.path));
      await casesTable(page).getByRole('link', { name: target.link }).click();
      await read;
      await sim.expireSessions();

      const dialog = sessionDialog(page);
      await expect(dialog).toBeVisible();
      await expectScreenKept(page, { rows: before, fields: JHENRY, hash: target.hash });
      await dialog.getByLabel('Password').fill(PASSWORD);
      await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();

      await expect(pane(page, target.kind)).toContainText(target.loaded);
      await expect(casesTable(page).getByRole('row')).toHaveText(before);
      expect(new URL(page.url()).hash).toBe(target.hash);
    });
  }

  test('the session id rotates on every answer while paging and while panes load: no interruption', async ({
    signedIn: page,
    sim,
  }) => {
    await sim.rotateSessions(true, 1000);
    const firstId = await currentSessionId(page);
    await search(page, SERVICE);
    const status = resultsStatus(page);
    await expect(status).toContainText('Showing 1–25 of');
    for (const [button, expected] of [
      ['Next page', 'Showing 26–50'],
      ['Next page', 'Showing 51–75'],
      ['Last page', 'Showing'],
      ['First page', 'Showing 1–25'],
    ] as const) {
      await pagination(page).getByRole('button', { name: button }).click();
      await expect(status).toContainText(expected);
    }
    const table = casesTable(page);
    await table
      .getByRole('link', { name: /^Activities for case / })
      .first()
      .click();
    await expect(pane(page, 'Activities')).toContainText(/Showing|No activities/);
    await pane(page, 'Activities').getByRole('button', { name: 'Close' }).click();
    const customerLink = table.getByRole('row').nth(1).getByRole('link').first();
    const customerName = (await customerLink.textContent()) ?? '';
    await customerLink.click();
    await expect(pane(page, 'Customer')).toContainText(customerName);

    await expect(sessionDialog(page)).toBeHidden();
    expect(await currentSessionId(page)).not.toBe(firstId);
    // Every pane request went out with a session and got its data: none ended in the dialog.
    const reads = (await sim.requests()).filter(
      (r) => r.path.includes(CUSTOMER) || r.path.includes(ACTIVITIES),
    );
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });
});
