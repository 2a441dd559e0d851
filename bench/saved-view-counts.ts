// What the counts of 10 saved views cost at sign-in: how many lookups they send, and the time from
// pressing Sign in to the user's own first results (a view opened at sign-in) with the counts shown
// and with them turned off, in the same run, alternating. Against a running production server with
// the embedded simulator: `BENCH_URL=http://127.0.0.1:3810 npx tsx bench/saved-view-counts.ts`.
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';

// The stored format of src/features/case-search/saved-views/storage-format.ts (version 2).
const STORAGE_VERSION = 2;
const storageKey = (server: string, user: string) =>
  `egain.savedViews:${encodeURIComponent(server)}:${encodeURIComponent(user)}`;

const BASE_URL = process.env.BENCH_URL ?? 'http://127.0.0.1:3810';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const USER = process.env.BENCH_USER ?? 'qa15';
const PASSWORD = 'egain-demo';
const DEPARTMENTS = ['Service', 'Sales', 'Billing', 'Technical Support', 'Returns'];

function tenViews() {
  return Array.from({ length: 10 }, (_, i) => ({
    id: `bench-${i + 1}`,
    name: `View ${i + 1}`,
    // The first one is the user's own search at sign-in.
    openAtSignIn: i === 0,
    criteria: {
      department: DEPARTMENTS[i % DEPARTMENTS.length] ?? 'Service',
      status: i % 2 ? 'closed' : 'open',
    },
    relative: i >= 5 ? { lastModified: 'last30' } : {},
    pageSize: 25,
    savedAt: new Date().toISOString(),
  }));
}

interface Run {
  msToResults: number;
  countRequests: number;
  countRequestsBeforeResults: number;
}

async function once(page: Page, showCounts: boolean): Promise<Run> {
  await page.goto(BASE_URL);
  await page.evaluate(
    ({ key, document, showCounts }) => {
      window.localStorage.clear();
      window.localStorage.setItem(key, document);
      window.localStorage.setItem('egain.savedViews.showCounts', showCounts ? 'on' : 'off');
    },
    {
      key: storageKey('simulator', USER),
      document: JSON.stringify({ version: STORAGE_VERSION, views: tenViews() }),
      showCounts,
    },
  );
  await page.reload();
  let countRequests = 0;
  let resultsAt = Infinity;
  let countsBeforeResults = 0;
  const onRequest = (request: { url: () => string }) => {
    const url = request.url();
    if (url.includes('/interaction/case/lookup') && /\$pagesize=1(&|$)/.test(url)) {
      countRequests += 1;
      if (performance.now() < resultsAt) countsBeforeResults += 1;
    }
  };
  page.on('request', onRequest);
  await page.getByRole('textbox', { name: 'User name' }).fill(USER);
  await page.getByLabel('Password').fill(PASSWORD);
  const started = performance.now();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('table', { name: 'Cases' }).getByRole('row').nth(1).waitFor();
  resultsAt = performance.now();
  if (showCounts) {
    await page
      .getByRole('navigation', { name: 'Saved views' })
      .getByRole('button', { name: /^View 10 \(\d/ })
      .waitFor({ timeout: 30_000 });
  }
  page.off('request', onRequest);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  return {
    msToResults: resultsAt - started,
    countRequests,
    countRequestsBeforeResults: countsBeforeResults,
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await once(page, true); // warm-up: bundle in cache, simulator warm
  const withCounts: Run[] = [];
  const without: Run[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    withCounts.push(await once(page, true));
    without.push(await once(page, false));
  }
  const summary = {
    runs: RUNS,
    countRequestsAtSignIn: withCounts.map((run) => run.countRequests),
    countRequestsBeforeOwnResults: withCounts.map((run) => run.countRequestsBeforeResults),
    msToOwnResultsWithCounts: {
      median: Math.round(median(withCounts.map((r) => r.msToResults))),
      all: withCounts.map((r) => Math.round(r.msToResults)),
    },
    msToOwnResultsWithoutCounts: {
      median: Math.round(median(without.map((r) => r.msToResults))),
      all: without.map((r) => Math.round(r.msToResults)),
    },
    requestsWithoutCounts: without.map((run) => run.countRequests),
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} finally {
  await browser.close();
}
