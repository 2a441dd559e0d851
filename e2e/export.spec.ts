// Export CSV: every page of the search in the on-screen order, Cancel, a session that expires
// mid-export, and formula cells. The file is read from the browser's download and compared with the
// simulator's own answers to the same lookup.
import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Download, Page } from '@playwright/test';
import { z } from 'zod';
import { PASSWORD, expect, signIn, test, type Simulator } from './fixtures';
import { LOOKUP, resultsStatus, sessionDialog } from './screen';

// Department Returns, created 2021-08-28 to 2022-05-22 (UTC, the tests' zone): 76 cases in the
// simulator's default data, one more than a page of 75.
const SEARCH = 'department=Returns&createdFrom=2021-08-28&createdTo=2022-05-22';
const BODY = {
  createdDate: '[2021-08-28T00:00:00.000Z,2022-05-22T23:59:59.999Z]',
  department: 'Returns',
};
const HEADER = [
  'Case ID',
  'Subject',
  'Customer',
  'Status',
  'Severity',
  'Department',
  'Last modified',
  'Created',
  'Owner',
  'Last closed',
  'eGain link',
];

const exportButton = (page: Page) => page.getByRole('button', { name: 'Export CSV' });
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Export progress' });

/** Parses RFC 4180 text (quoted fields, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += char;
  }
  expect(cell, 'the file ends with CRLF').toBe('');
  return records;
}

/** The downloaded file: checks BOM and CRLF line ends, returns its records (header first). */
async function readDownload(download: Download): Promise<string[][]> {
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  return parseCsv(text);
}

const wireCase = z.object({
  id: z.string(),
  subject: z.string(),
  customer: z.object({ customerName: z.string() }),
  status: z.object({ displayValue: z.string() }),
  severity: z.object({ displayValue: z.string() }),
  department: z.object({ name: z.string() }),
  lastModified: z.object({ date: z.string() }),
  created: z.object({ date: z.string() }).optional(),
  lastClosed: z.object({ date: z.string() }).optional(),
  link: z.array(z.object({ rel: z.string(), href: z.string() })),
});
const lookupAnswer = z.object({ case: z.array(wireCase) });

/** UTC stamps as the export writes them in the tests' zone (UTC): offset instead of Z. */
const utc = (date: string | undefined): string => (date ? date.replace(/Z$/, '+00:00') : '');

/** The simulator's rows for the lookup, read with a session of our own: what the file must hold. */
async function simulatorRows(
  request: APIRequestContext,
  user: string,
  baseURL: string,
  query: Record<string, string>,
): Promise<string[][]> {
  const headers = { Accept: 'application/json', 'Accept-Language': 'en-US' };
  const login = await request.post('/system/ws/v12/authentication/user/login?forceLogin=yes', {
    headers,
    data: { userName: user, password: PASSWORD },
  });
  expect(login.status()).toBe(204);
  const session = login.headers()['x-egain-session'] ?? '';
  const rows: string[][] = [];
  for (let page = 1; ; page++) {
    const params = new URLSearchParams({
      $pagenum: String(page),
      $pagesize: '75',
      $attribute: 'created,lastClosed',
      ...query,
    });
    const answer = await request.post(`/system/ws${LOOKUP}?${params.toString()}`, {
      headers: { ...headers, 'X-egain-session': session },
      data: BODY,
    });
    if (answer.status() === 204) break;
    expect(answer.status()).toBe(200);
    const { case: cases } = lookupAnswer.parse(await answer.json());
    for (const c of cases) {
      rows.push([
        c.id,
        c.subject,
        c.customer.customerName,
        c.status.displayValue,
        c.severity.displayValue,
        c.department.name,
        utc(c.lastModified.date),
        utc(c.created?.date),
        '',
        utc(c.lastClosed?.date),
        new URL(c.link[0]?.href ?? '', baseURL).href,
      ]);
    }
    if (cases.length < 75) break;
  }
  return rows;
}

/** Opens the 76-case search (25 rows a page) and waits until its lookups (page + prefetch) are in. */
async function openSearch(page: Page, sim: Simulator, extra = ''): Promise<void> {
  await page.goto(`/#${SEARCH}${extra}`);
  await expect(resultsStatus(page)).toHaveText('Showing 1–25 of 76 cases');
  await expect
    .poll(async () => (await sim.requests()).filter((r) => r.path.endsWith(LOOKUP)).length)
    .toBeGreaterThanOrEqual(2);
}

/** The lookups the export sent (page size 75), oldest first. */
async function exportLookups(sim: Simulator) {
  return (await sim.requests()).filter(
    (r) => r.path.endsWith(LOOKUP) && r.query.$pagesize === '75',
  );
}

test('a 76-case export holds the simulator’s rows in the on-screen order', async ({
  signedIn: page,
  sim,
  request,
  user,
  baseURL,
}) => {
  await openSearch(page, sim, '&sort=subject&order=desc');
  const downloading = page.waitForEvent('download');
  await exportButton(page).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cases-returns-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
  const [header, ...rows] = await readDownload(download);
  expect(header).toEqual(HEADER);

  // The export's own requests, before the reference rows below add lookups of their own.
  const sent = await exportLookups(sim);
  expect(sent.map((r) => r.query)).toEqual(
    [1, 2].map((n) => ({
      $pagenum: String(n),
      $pagesize: '75',
      $attribute: 'created,lastClosed',
      $sort: 'subject',
      $order: 'desc',
    })),
  );
  expect(sent.map((r) => r.body)).toEqual([BODY, BODY]);
  const expected = await simulatorRows(request, user, baseURL ?? '', {
    $sort: 'subject',
    $order: 'desc',
  });
  expect(expected).toHaveLength(76);
  expect(rows).toEqual(expected);

  await expect(
    page.getByText(`Exported 76 cases to ${download.suggestedFilename()}.`),
  ).toBeVisible();
});

test('Cancel export aborts the export and downloads nothing', async ({ signedIn: page, sim }) => {
  await openSearch(page, sim);
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  // The export's first page answers at once, its second is held by the simulator.
  await sim.inject({ path: LOOKUP, times: 1 });
  await sim.inject({ path: LOOKUP, times: 1, delayMs: 15_000 });

  await exportButton(page).click();
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '75');
  await expect(progress(page)).toHaveAttribute('aria-valuemax', '76');

  // The rest of the screen stays usable meanwhile.
  await page
    .getByRole('navigation', { name: 'Pagination' })
    .getByRole('button', { name: 'Next page' })
    .click();
  await expect(resultsStatus(page)).toHaveText('Showing 26–50 of 76 cases');

  await page.getByRole('button', { name: 'Cancel export' }).click();
  await expect(progress(page)).toBeHidden();
  await expect(page.getByText('Export cancelled. Nothing was downloaded.')).toBeVisible();

  // A new export runs to the end: its file is the only download there ever was.
  const downloading = page.waitForEvent('download');
  await exportButton(page).click();
  const download = await downloading;
  const [, ...rows] = await readDownload(download);
  expect(rows).toHaveLength(76);
  expect(downloads).toEqual([download]);
});

test('the count moves on while the bar and Cancel export keep their place', async ({
  signedIn: page,
  sim,
}) => {
  await openSearch(page, sim);
  // The first page answers after a while, the second is held: the count reads 0, then 75.
  await sim.inject({ path: LOOKUP, times: 1, delayMs: 3_000 });
  await sim.inject({ path: LOOKUP, times: 1, delayMs: 15_000 });
  const cancel = page.getByRole('button', { name: 'Cancel export' });

  await exportButton(page).click();
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '0');
  await expect(page.getByText('0 of 76', { exact: true })).toBeVisible();
  const before = { bar: await progress(page).boundingBox(), cancel: await cancel.boundingBox() };

  await expect(progress(page)).toHaveAttribute('aria-valuenow', '75');
  await expect(page.getByText('75 of 76', { exact: true })).toBeVisible();
  const count = await page.getByText('75 of 76', { exact: true }).boundingBox();
  const after = { bar: await progress(page).boundingBox(), cancel: await cancel.boundingBox() };
  // A longer count does not push Cancel export along (it would by 1 digit's width).
  expect(after).toEqual(before);
  expect(count).not.toBeNull();
  expect((count?.x ?? 0) + (count?.width ?? 0)).toBeLessThanOrEqual(after.cancel?.x ?? 0);
  expect(count?.x ?? 0).toBeGreaterThanOrEqual((after.bar?.x ?? 0) + (after.bar?.width ?? 0));
  await cancel.click();
});

test('a session that expires mid-export goes through sign-in and the export goes on', async ({
  signedIn: page,
  sim,
  request,
  user,
  baseURL,
}) => {
  await openSearch(page, sim);
  await sim.inject({ path: LOOKUP, times: 1 });
  await sim.inject({ path: LOOKUP, times: 1, delayMs: 5_000 });

  const downloading = page.waitForEvent('download');
  await exportButton(page).click();
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '75');
  // Page 2 is still held: by the time it is answered the session is gone (401-101).
  await sim.expireSessions();

  // The held page is answered (401) when the simulator's delay ends.
  await expect(sessionDialog(page)).toBeVisible({ timeout: 20_000 });
  await signIn(page, user);
  await expect(sessionDialog(page)).toBeHidden();

  const [, ...rows] = await readDownload(await downloading);
  const sent = await exportLookups(sim);
  // Page 1 once; page 2 refused (401) and sent again after the sign-in; nothing else.
  expect(sent.map((r) => r.query.$pagenum)).toEqual(['1', '2', '2']);
  const expected = await simulatorRows(request, user, baseURL ?? '', {});
  expect(rows.map((row) => row[0])).toEqual(expected.map((row) => row[0]));
});

test('a subject that starts a formula is written as text', async ({ signedIn: page, sim }) => {
  // No seeded case has such a subject, so the simulator's fault control answers the export's
  // lookup with a crafted eGain body (the wire shape of §3.4) holding hostile subjects.
  await openSearch(page, sim);
  const hostile = ['=HYPERLINK("https://attacker.example","Open")', '+1+2', '-3+4', '@SUM(1)'];
  const crafted = hostile.map((subject, i) => ({
    link: [{ rel: 'self', href: `/system/ws/v20/interaction/case/${9000 + i}` }],
    department: { name: 'Returns', id: '1005' },
    status: { value: 'open', displayValue: 'Open' },
    lastModified: { date: '2021-08-25T13:18:25.000Z' },
    customer: { link: [], customerName: '=cmd|" /C calc"!A0', id: '1000' },
    severity: { value: 'low', displayValue: 'Low' },
    subject,
    id: String(9000 + i),
  }));
  await sim.inject({
    path: LOOKUP,
    times: 1,
    status: 200,
    body: { case: crafted, paginationInfo: { count: 4, pagenum: 1, pagesize: 75 } },
  });

  const downloading = page.waitForEvent('download');
  await exportButton(page).click();
  const download = await downloading;
  const [, ...rows] = await readDownload(download);
  expect(rows.map((row) => row[1])).toEqual(hostile.map((subject) => `'${subject}`));
  expect(rows.map((row) => row[2])).toEqual(hostile.map(() => `'=cmd|" /C calc"!A0`));
  const raw = (await readFile(await download.path())).toString('utf8');
  expect(raw).toContain(`,"'=HYPERLINK(""https://attacker.example"",""Open"")",`);
});

test('a persistent error stops with the eGain code and offers the rows so far', async ({
  signedIn: page,
  sim,
}) => {
  await openSearch(page, sim);
  await sim.inject({ path: LOOKUP, times: 1 });
  await sim.inject({
    path: LOOKUP,
    times: 1,
    status: 403,
    body: { code: '403-105', developerMessage: 'User is not allowed to perform this action.' },
  });

  await exportButton(page).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The export stopped' });
  await expect(alert).toContainText('403-105');
  await expect(alert).toContainText('User is not allowed to perform this action.');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the 75 cases fetched (incomplete)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cases-returns-.*-incomplete\.csv$/);
  const [header, ...rows] = await readDownload(download);
  expect(header).toEqual(HEADER);
  expect(rows).toHaveLength(75);
});
