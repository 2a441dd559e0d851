// The Export CSV figure: a 10,000-case export in headless Chromium against the production server
// with a 50,000-case simulator: click → download, lookups sent, peak JS heap while it runs, and its
// reference: the same lookups sent again from the same page with plain fetch(), in the same order,
// with the same session and at the same concurrency as the export (3 at once), each body read
// whole, timed from the first request to the last body: the round trips as the browser makes them,
// the nearest limit for a page (as the plain-DOM baseline is for the table). The same replay from
// Node, at 3 at once and one by one, is kept as a second reference: it shows what the browser's own
// network path costs. A first, unmeasured export warms the page up and records the lookups; the
// measured ones run with no request listener, which cost Playwright's client work per request.
import { stat } from 'node:fs/promises';
import { chromium, devices, type Page, type Request } from '@playwright/test';
import { z } from 'zod';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { DEFAULT_SEED } from '../server/simulator/app.ts';
import { loadStore } from '../server/simulator/store.ts';
import { startChild } from './child.ts';
import { summarize, type Summary } from './stats.ts';
import { NAME_SHIM, clearResourceTimings, countRequests, replayLookups } from './in-page.ts';
import { heapUsed, type Section } from './ui.ts';

export const EXPORT_SIM_CASES = 50_000;
export const EXPORT_CASES = 10_000;
const PASSWORD = 'egain-demo';
const LOOKUP_PATH = '/system/ws/v20/interaction/case/lookup';
const HEAP_POLL_MS = 50;
const EXPORT_TIMEOUT_MS = 300_000;
/** Lookups the export keeps in flight (ui-contract "Export": 3 at once). */
export const EXPORT_CONCURRENCY = 3;

export interface ExportRun {
  cases: number;
  /** Export CSV click → the browser's download event. */
  totalMs: number;
  /** Lookups the export sent. */
  requests: number;
  /**
   * The same lookups sent again from the page with plain fetch(), in the same order,
   * `EXPORT_CONCURRENCY` at once: wall time from the first request to the last body read.
   */
  pageReplayMs: number;
  /** The same replay from Node, `EXPORT_CONCURRENCY` at once. */
  nodeConcurrentMs: number;
  /** The same lookups replayed one after the other from Node: request → whole body read, summed. */
  nodeSumMs: number;
  /** Highest JS heap in use while the export ran, and before it (after GC). */
  peakHeapBytes: number;
  heapBeforeBytes: number;
  fileBytes: number;
}

export interface ExportOptions {
  distDir: string;
  runs: number;
  log: (line: string) => void;
}

/** Created-date bounds (UTC, whole seconds) that hold the first `count` cases by creation time. */
function createdWindow(count: number): { from: string; to: string; expected: number } {
  const created = loadStore(EXPORT_SIM_CASES, DEFAULT_SEED)
    .dataset.cases.map((c) => c.created)
    .sort((a, b) => a - b);
  const first = Math.floor((created[0] ?? 0) / 1000) * 1000;
  // A typed "to" with seconds is that exact instant (D4): end one second past the last case.
  const last = Math.floor((created[count - 1] ?? 0) / 1000) * 1000 + 1000;
  const typed = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

  return {
    from: typed(first),
    to: typed(last),
    expected: created.filter((ms) => ms >= first && ms <= last).length,
  };
}

interface Replay {
  url: string;
  body: string;
}

/** One lookup from Node with the page's session: request → whole body read, in ms. */
async function roundTrip(replay: Replay, session: string): Promise<number> {
  const startedAt = performance.now();
  const response = await fetch(replay.url, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Accept-Language': 'en-US',
      'Content-Type': 'application/json',
      'X-egain-session': session,
    },
    body: replay.body,
  });
  await response.arrayBuffer();
  const elapsed = performance.now() - startedAt;
  if (!response.ok) throw new Error(`raw replay answered ${response.status}`);
  return elapsed;
}

/** Replays lookups from Node one at a time with the page's session; the summed round trips. */
async function rawRoundTrips(replays: readonly Replay[], session: string): Promise<number> {
  let total = 0;
  for (const replay of replays) total += await roundTrip(replay, session);
  return total;
}

/**
 * Replays lookups from Node in their order with `concurrency` in flight (each worker takes the next
 * lookup as soon as its own has answered); wall time from the first request to the last body.
 */
export async function rawConcurrentReplay<T>(
  items: readonly T[],
  concurrency: number,
  send: (item: T) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await send(item);
    }
  };
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return performance.now() - startedAt;
}

/** Export CSV click → the download; the lookups it sent, as requests seen by Playwright. */
async function recordLookups(page: Page): Promise<Replay[]> {
  const lookups: Request[] = [];
  const onRequest = (request: Request): void => {
    if (request.url().includes(LOOKUP_PATH) && request.url().includes('$pagesize=75'))
      lookups.push(request);
  };
  page.on('request', onRequest);
  try {
    const downloading = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS });
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await (await downloading).delete();
  } finally {
    page.off('request', onRequest);
  }
  return lookups.map((request) => ({ url: request.url(), body: request.postData() ?? '' }));
}

async function exportOnce(
  page: Page,
  replays: readonly Replay[],
  log: ExportOptions['log'],
): Promise<ExportRun> {
  const heapBeforeBytes = await heapUsed(page);
  let peakHeapBytes = heapBeforeBytes;
  let polling = true;
  const cdp = await page.context().newCDPSession(page);
  const poll = (async () => {
    while (polling) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peakHeapBytes = Math.max(peakHeapBytes, usedSize);
      await new Promise((resolve) => setTimeout(resolve, HEAP_POLL_MS));
    }
  })();

  await page.evaluate(clearResourceTimings, replays.length * 2 + 100);
  const downloading = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS });
  const startedAt = performance.now();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  const totalMs = performance.now() - startedAt;
  polling = false;
  await poll;
  await cdp.detach();
  const requests = await page.evaluate(countRequests, [LOOKUP_PATH, '$pagesize=75']);
  if (requests !== replays.length) {
    throw new Error(`the export sent ${requests} lookups, the recorded one ${replays.length}`);
  }

  const path = await download.path();
  const fileBytes = (await stat(path)).size;
  const message = await page.getByText(/^Exported [\d,]+ cases? to /).textContent();
  const cases = Number(/Exported ([\d,]+)/.exec(message ?? '')?.[1]?.replaceAll(',', '') ?? NaN);
  await download.delete();

  const lookups = [...replays];
  const pageReplayMs = await page.evaluate(replayLookups, {
    lookups,
    concurrency: EXPORT_CONCURRENCY,
  });
  const session = await page.evaluate(() => window.sessionStorage.getItem('egain.session'));
  if (!session) throw new Error('no session id in the page');
  const nodeConcurrentMs = await rawConcurrentReplay(replays, EXPORT_CONCURRENCY, (replay) =>
    roundTrip(replay, session),
  );
  const nodeSumMs = await rawRoundTrips(replays, session);
  log(
    `    ${cases} cases, ${requests} lookups: ${totalMs.toFixed(0)} ms (same lookups from the page ${EXPORT_CONCURRENCY} at once ${pageReplayMs.toFixed(0)} ms; from Node ${EXPORT_CONCURRENCY} at once ${nodeConcurrentMs.toFixed(0)} ms, one by one ${nodeSumMs.toFixed(0)} ms), peak heap ${(peakHeapBytes / 1e6).toFixed(1)} MB`,
  );
  return {
    cases,
    totalMs,
    requests,
    pageReplayMs,
    nodeConcurrentMs,
    nodeSumMs,
    peakHeapBytes,
    heapBeforeBytes,
    fileBytes,
  };
}

export async function measureExport(options: ExportOptions): Promise<ExportRun[]> {
  const { distDir, runs, log } = options;
  const window = createdWindow(EXPORT_CASES);
  log(`  created ${window.from} to ${window.to}: ${window.expected} cases`);
  const app = await startChild(
    ['app', distDir, String(EXPORT_SIM_CASES)],
    z.object({ url: z.url() }),
  );
  const browser = await chromium.launch({ ...chromiumLaunchOptions });
  try {
    const { viewport, userAgent, deviceScaleFactor } = devices['Desktop Chrome'];
    const context = await browser.newContext({
      baseURL: app.ready.url,
      viewport,
      userAgent,
      deviceScaleFactor,
      locale: 'en-US',
      timezoneId: 'UTC',
      acceptDownloads: true,
    });
    await context.addInitScript({ content: NAME_SHIM });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto('/');
    await page.getByRole('textbox', { name: 'User name' }).fill('qa1');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const fragment = new URLSearchParams({ createdFrom: window.from, createdTo: window.to });
    await page.goto(`/#${fragment.toString()}`);
    await page.getByRole('button', { name: 'Export CSV' }).waitFor();

    const replays = await recordLookups(page);
    const results: ExportRun[] = [];
    for (let run = 0; run < runs; run++) results.push(await exportOnce(page, replays, log));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await context.close();
    return results;
  } finally {
    await browser.close();
    await app.stop();
  }
}

export interface ExportFigure {
  group: string;
  name: string;
  unit: string;
  summary: Summary | undefined;
  target?: { text: string; pass: boolean };
  missing?: string;
  missingTarget?: string;
  digits: number;
}

/** Export time over the same lookups replayed from the page at the same concurrency, per run. */
export const exportRatios = (runs: readonly ExportRun[]): number[] =>
  runs.map((r) => r.totalMs / r.pageReplayMs);

/** The rows of the bench table for the export; `maxRatio` is the target of export / replay. */
export function exportFigures(section: Section<ExportRun[]>, maxRatio: number): ExportFigure[] {
  const targetText = `≤ ${maxRatio}×`;
  const group = `Export CSV (headless Chromium, simulator with ${EXPORT_SIM_CASES.toLocaleString('en-US')} cases)`;
  if (!section.ok) {
    return [
      {
        group,
        name: 'Export',
        unit: '',
        summary: undefined,
        missing: section.reason,
        missingTarget: `export / the same lookups from the page at the same concurrency ${targetText}`,
        digits: 0,
      },
    ];
  }
  const runs = section.value;
  const label = `${(runs[0]?.cases ?? 0).toLocaleString('en-US')} cases`;
  const series = (name: string, unit: string, values: number[], digits: number): ExportFigure => ({
    group,
    name,
    unit,
    summary: summarize(values),
    digits,
  });
  return [
    series(
      `Export ${label}: click → download`,
      'ms',
      runs.map((r) => r.totalMs),
      0,
    ),
    series(
      '  lookups sent (75 a page, 3 at once)',
      '',
      runs.map((r) => r.requests),
      0,
    ),
    series(
      `  same lookups from the page, fetch() ${EXPORT_CONCURRENCY} at once: first request → last body`,
      'ms',
      runs.map((r) => r.pageReplayMs),
      0,
    ),
    {
      ...series('  export time / that replay at the same concurrency', '×', exportRatios(runs), 2),
      target: { text: targetText, pass: summarize(exportRatios(runs)).median <= maxRatio },
    },
    series(
      `  same lookups from Node, ${EXPORT_CONCURRENCY} at once`,
      'ms',
      runs.map((r) => r.nodeConcurrentMs),
      0,
    ),
    series(
      '  export time / the replay from Node at the same concurrency',
      '×',
      runs.map((r) => r.totalMs / r.nodeConcurrentMs),
      2,
    ),
    series(
      '  same lookups from Node one by one: sum',
      'ms',
      runs.map((r) => r.nodeSumMs),
      0,
    ),
    series(
      '  peak JS heap while exporting',
      'MB',
      runs.map((r) => r.peakHeapBytes / 1e6),
      1,
    ),
    series(
      '  JS heap before (after GC)',
      'MB',
      runs.map((r) => r.heapBeforeBytes / 1e6),
      1,
    ),
    series(
      '  file size',
      'MB',
      runs.map((r) => r.fileBytes / 1e6),
      2,
    ),
  ];
}
