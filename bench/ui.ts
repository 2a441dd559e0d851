// The UI figures, measured in headless Chromium against the running production server: cold load,
// search latency beside the raw HTTP round trip, paging with and without the prefetched page (each
// sampled in turn with the two reference pages of bench/pages), and the JS heap after 10 and 200
// searches. Every element is found through the UI contract's roles and accessible names
// (docs/ui-contract.md).
import { FORWARDED_REQUEST_HEADERS } from '../server/api-forwarding.ts';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import {
  chromium,
  devices,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Request,
} from '@playwright/test';
import { z } from 'zod';
import {
  NAME_SHIM,
  clickAndWait,
  scriptsAndStylesBefore,
  searchLoop,
  langPaintedAfter,
  takeEventTimings,
  transferredBefore,
  watchEventTiming,
  watchSignInForm,
  type ClickResult,
  type TransferredFile,
} from './in-page.ts';
import { heapGrowth, heapSums, type HeapGrowthEntry, type HeapSums } from './heap-snapshot.ts';
import { BENCH_PAGES_PREFIX } from './pages-build.ts';

const PASSWORD = 'egain-demo';
const LOOKUP_PATH = '/system/ws/v20/interaction/case/lookup';
const CLICK_TIMEOUT_MS = 15_000;
/** At most this long for the page's main thread to be idle once its lookups have settled. */
const IDLE_TIMEOUT_MS = 2_000;
/** Constructors listed by the heap-snapshot comparison. */
const HEAP_GROWTH_TOP = 6;
/** The users the product and each reference page sign in as (five sessions at most per user). */
const PRODUCT_USER = 'qa1';
const REFERENCE_USERS = { baseline: 'qa14', reference: 'qa15' } as const;
const DEPARTMENTS = ['Service', 'Sales', 'Billing', 'Technical Support', 'Returns', 'Retention'];

export type Section<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface UiOptions {
  baseUrl: string;
  /** Measured runs per UI figure, after `warmups` unmeasured ones. */
  runs: number;
  warmups: number;
  coldRuns: number;
  memoryReps: number;
  /** Searches after which the heap is read; the last one is the total. */
  /** Numbers of searches after which the heap is read; growth is from the first to the last. */
  memoryCheckpoints: readonly number[];
  log: (line: string) => void;
}

export interface SearchFigures {
  rows: number;
  /** Search click → rows painted, in the page. */
  ui: number[];
  /** Search click → new rows in the DOM (before the frame that paints them). */
  dom: number[];
  /** Where the UI time goes (resource timing of the lookup, same clock): click → fetch() called. */
  beforeRequest: number[];
  /** fetch() called → last byte of the answer, as the page saw it. */
  request: number[];
  /** Last byte → new rows in the DOM (JSON, schema, React render and commit). */
  afterResponse: number[];
  /** Rows in the DOM → the frame that shows them was painted. */
  paint: number[];
  /** The same lookup sent from Node: request → whole body read. */
  raw: number[];
  /** ui − raw of the same run. */
  overhead: number[];
  /** ui / raw of the same run. */
  ratio: number[];
}

export interface PagingFigures {
  /** Next page click → rows painted, after the prefetch of that page had finished. */
  prefetched: number[];
  /** Last page click → rows painted: a page nothing had loaded before. */
  notPrefetched: number[];
  /** Raw round trip of that Last page lookup. */
  notPrefetchedRaw: number[];
}

export interface ColdFigures {
  /** Navigation start → sign-in form painted. */
  signInReady: number[];
  /** Sign in click → search form painted (the lazy chunk was preloaded while "typing"). */
  signIn: number[];
  /** Of which: the login request, fetch() → last byte. */
  signInRequest: number[];
  /** Of which: login answer → search form painted. */
  signInAfterResponse: number[];
  /** Search click → rows painted, first search of the session. */
  firstSearch: number[];
  /** signInReady + signIn + firstSearch: navigation → first results without the typing time. */
  firstResults: number[];
}

export interface MemoryFigures {
  checkpoints: number[];
  /** JS heap used after a forced GC, bytes: per checkpoint, one value per repetition. */
  heap: number[][];
  /** (heap at the last checkpoint − heap at the first) / heap at the first, percent, per repetition. */
  growthPercent: number[];
  /**
   * Last repetition: heap snapshots at the first and the last checkpoint (each right after that
   * checkpoint's heap reading), the constructors whose summed self size grew most in between.
   */
  growthByConstructor: HeapGrowthEntry[];
}

export interface FirstScreenTransfer {
  files: TransferredFile[];
  /** Content-Encoding of each JS and CSS response of the first screen (path → encoding or ''). */
  encodings: Record<string, string>;
}

/** Event Timing latency per interaction, ms; see watchEventTiming. */
export interface InteractionFigures {
  typing: number[];
  openPane: number[];
  language: Section<number[]>;
  /** The same key press → every word in the new language painted (not an Event Timing figure). */
  languageWords: number[];
  nextRowKey: Section<number[]>;
  /** `j` with the customer pane open, which follows the row (no target of its own). */
  nextRowKeyWithPane: Section<number[]>;
  /** Interactions the page did not report (shorter than 16 ms), counted as 16 ms in the figures. */
  unreported: number;
}

/** The same figures for one of the bench's reference pages. */
export interface ReferenceFigures {
  search: Section<SearchFigures>[];
  paging: Section<PagingFigures>;
  pane: Section<number[]>;
}

export interface UiResults {
  chromiumVersion: string;
  /** Paths below dist/ (e.g. `assets/index-x.js`) loaded before the sign-in form was interactive. */
  firstScreenFiles: Section<string[]>;
  firstScreenTransfer: Section<FirstScreenTransfer>;
  pane: Section<number[]>;
  interactions: Section<InteractionFigures>;
  baseline: Section<ReferenceFigures>;
  reference: Section<ReferenceFigures>;
  cold: Section<ColdFigures>;
  search: Section<SearchFigures>[];
  paging: Section<PagingFigures>;
  memory: Section<MemoryFigures>;
}

const numberSchema = z.number();
const stringsSchema = z.array(z.string());

const reasonOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';

async function section<T>(
  name: string,
  log: (line: string) => void,
  run: () => Promise<T>,
): Promise<Section<T>> {
  const startedAt = performance.now();
  try {
    const value = await run();
    log(`  ${name}: done in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    return { ok: true, value };
  } catch (error) {
    const reason = reasonOf(error);
    log(`  ${name}: n/a (${reason})`);
    return { ok: false, reason };
  }
}

/**
 * An event the bench waits for after an action. Marked as handled at once: when the action fails
 * first, the wait's own later timeout must not become an unhandled rejection.
 */
function later<T>(wait: Promise<T>): Promise<T> {
  wait.catch(() => undefined);
  return wait;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The k-th spelling of a department name (the server compares case-insensitively): a new query key. */
function spelling(name: string, k: number): string {
  let bit = 0;
  return [...name]
    .map((ch) => {
      if (!/[a-z]/i.test(ch)) return ch;
      const flip = ((k >> bit++) & 1) === 1;
      if (!flip) return ch;
      return ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
    })
    .join('');
}

/**
 * Department criteria that never repeat within a page (so React Query's cache never answers) and
 * never give the same rows twice in a row (so the new rows are a visible change).
 */
function criteriaSequence(): () => string {
  let i = 0;
  return () => {
    const name = DEPARTMENTS[i % DEPARTMENTS.length] ?? 'Service';
    const value = spelling(name, Math.floor(i / DEPARTMENTS.length) + 1);
    i += 1;
    return value;
  };
}

function lookupPage(request: Request): number | undefined {
  if (request.method() !== 'POST') return undefined;
  const url = new URL(request.url());
  if (url.pathname !== LOOKUP_PATH) return undefined;
  return Number(url.searchParams.get('$pagenum') ?? '1');
}

/** Lookups in flight, to wait until the app (including its prefetch) is quiet before measuring. */
class LookupTracker {
  private readonly inflight = new Set<Request>();
  private started = 0;
  /** The $pagenum of every lookup the page sent, in order. */
  private readonly pages: number[] = [];

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    page.on('request', (request) => {
      const pageNumber = lookupPage(request);
      if (pageNumber === undefined) return;
      this.inflight.add(request);
      this.started += 1;
      this.pages.push(pageNumber);
    });
    const done = (request: Request): void => void this.inflight.delete(request);
    page.on('requestfinished', done);
    page.on('requestfailed', done);
  }

  /** A position in the request log, for `pagesSince`. */
  mark(): number {
    return this.pages.length;
  }

  /** Page numbers of the lookups sent since `mark`. */
  pagesSince(mark: number): number[] {
    return this.pages.slice(mark);
  }

  /**
   * Resolves once no lookup has been in flight or started for `quietMs`, and then the page's main
   * thread has been idle (an idle callback ran): what a page does with an answer in the background
   * (the product renders the prefetched next page ahead) is over before the next measured click.
   */
  async idle(quietMs = 40, timeoutMs = 15_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      if (performance.now() > deadline) throw new Error('lookups did not settle');
      if (this.inflight.size > 0) {
        await delay(5);
        continue;
      }
      const startedBefore = this.started;
      await delay(quietMs);
      if (this.inflight.size === 0 && this.started === startedBefore) break;
    }
    await this.page.evaluate(
      (ms) => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: ms })),
      IDLE_TIMEOUT_MS,
    );
  }
}

/** Sends the page's own lookup again from Node: same URL, body, API headers and session. */
async function replay(request: Request): Promise<number> {
  const all = await request.allHeaders();
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = all[name];
    if (value !== undefined) headers[name] = value;
  }
  const body = request.postData() ?? undefined;
  const startedAt = performance.now();
  const response = await fetch(request.url(), { method: request.method(), headers, body });
  await response.arrayBuffer();
  const ms = performance.now() - startedAt;
  if (response.status !== 200) throw new Error(`the replayed lookup answered ${response.status}`);
  return ms;
}

function contextOptions(baseUrl: string) {
  const { viewport, userAgent, deviceScaleFactor } = devices['Desktop Chrome'];
  return {
    baseURL: baseUrl,
    viewport,
    userAgent,
    deviceScaleFactor,
    locale: 'en-US',
    timezoneId: 'UTC',
  };
}

async function newPage(
  browser: Browser,
  baseUrl: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(contextOptions(baseUrl));
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(watchEventTiming);
  const page = await context.newPage();
  page.setDefaultTimeout(CLICK_TIMEOUT_MS);
  return { context, page };
}

/** The locators of the UI contract the bench uses. */
function ui(page: Page) {
  const form = page.getByRole('search', { name: 'Case search' });
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  return {
    userName: page.getByRole('textbox', { name: 'User name' }),
    password: page.getByLabel('Password'),
    signInButton: page.getByRole('button', { name: 'Sign in', exact: true }),
    signOutButton: page.getByRole('button', { name: 'Sign out' }),
    department: form.getByRole('textbox', { name: 'Department' }),
    searchButton: form.getByRole('button', { name: 'Search', exact: true }),
    nextPage: pagination.getByRole('button', { name: 'Next page' }),
    lastPage: pagination.getByRole('button', { name: 'Last page' }),
    rowsPerPage: page.getByRole('combobox', { name: 'Rows per page' }),
  };
}

async function signIn(page: Page, user: string): Promise<void> {
  const el = ui(page);
  await page.goto('/');
  await el.userName.fill(user);
  await el.password.fill(PASSWORD);
  await el.signInButton.click();
  await el.signOutButton.waitFor();
  await el.department.waitFor();
}

/** Sign out (frees the simulator session: at most five per user). */
async function signOut(page: Page): Promise<void> {
  const el = ui(page);
  const loggedOut = later(
    page.waitForResponse((r) => r.url().includes('/authentication/user/logout')),
  );
  await el.signOutButton.click();
  await loggedOut;
}

const REQUEST_OF = {
  rows: LOOKUP_PATH,
  'search-screen': '/authentication/user/login',
  pane: '/interaction/customer/',
} as const;

const click = (locator: Locator, until: keyof typeof REQUEST_OF): Promise<ClickResult> =>
  locator.evaluate(clickAndWait, {
    until,
    requestPath: REQUEST_OF[until],
    timeoutMs: CLICK_TIMEOUT_MS,
  });

/** Fills Department, clicks Search in the page and waits for the rows; returns the lookup sent. */
async function search(
  page: Page,
  tracker: LookupTracker,
  department: string,
): Promise<{ result: ClickResult; request: Request }> {
  const el = ui(page);
  await tracker.idle();
  await el.department.fill(department);
  const sent = later(page.waitForRequest((r) => lookupPage(r) === 1));
  const result = await click(el.searchButton, 'rows');
  const request = await sent;
  return { result, request };
}

/** Every page the UI figures are taken on: the product and the two reference pages. */
const SUBJECTS = ['product', 'baseline', 'reference'] as const;
type Subject = (typeof SUBJECTS)[number];
type PerSubject<T> = Record<Subject, T>;

/** An open page the figures are taken on, with its own lookup log and criteria. */
interface Tab {
  page: Page;
  tracker: LookupTracker;
  next: () => string;
}

/**
 * One figure's samples on one page: `step` takes one sample and keeps it when `measured` (the
 * first `warmups` are not).
 */
interface Sampler<T> {
  figures: T;
  step: (measured: boolean) => Promise<void>;
}

function searchSampler({ page, tracker, next }: Tab, rows: number): Sampler<SearchFigures> {
  const figures: SearchFigures = {
    rows,
    ui: [],
    dom: [],
    beforeRequest: [],
    request: [],
    afterResponse: [],
    paint: [],
    raw: [],
    overhead: [],
    ratio: [],
  };
  const step = async (measured: boolean): Promise<void> => {
    const { result, request } = await search(page, tracker, next());
    if (result.rows !== rows)
      throw new Error(`expected ${rows} rows, the Cases table shows ${result.rows}`);
    // The prefetch of the next page runs after the rows; the replay waits for it so both are alone.
    await tracker.idle();
    const raw = await replay(request);
    if (!measured) return;
    figures.ui.push(result.ms);
    figures.dom.push(result.seenMs);
    figures.paint.push(result.ms - result.seenMs);
    if (result.request) {
      figures.beforeRequest.push(result.request.start);
      figures.request.push(result.request.end - result.request.start);
      figures.afterResponse.push(result.seenMs - result.request.end);
    }
    figures.raw.push(raw);
    figures.overhead.push(result.ms - raw);
    figures.ratio.push(result.ms / raw);
  };
  return { figures, step };
}

function pagingSampler({ page, tracker, next }: Tab): Sampler<PagingFigures> {
  const el = ui(page);
  const figures: PagingFigures = { prefetched: [], notPrefetched: [], notPrefetchedRaw: [] };
  const step = async (measured: boolean): Promise<void> => {
    const prefetch = later(page.waitForResponse((r) => lookupPage(r.request()) === 2));
    await search(page, tracker, next());
    await prefetch;
    await tracker.idle();

    const mark = tracker.mark();
    const nextResult = await click(el.nextPage, 'rows');
    // Page 2 must have come from the prefetch: only page 3 (the next prefetch) may be sent now.
    if (tracker.pagesSince(mark).includes(2))
      throw new Error('Next page sent a lookup for page 2: no prefetch');
    await tracker.idle();

    const lastSent = later(page.waitForRequest((r) => (lookupPage(r) ?? 0) > 2));
    const lastResult = await click(el.lastPage, 'rows');
    const lastRequest = await lastSent;
    await tracker.idle();
    const raw = await replay(lastRequest);
    if (!measured) return;
    figures.prefetched.push(nextResult.ms);
    figures.notPrefetched.push(lastResult.ms);
    figures.notPrefetchedRaw.push(raw);
  };
  return { figures, step };
}

/**
 * Takes one figure's samples on every page in turn, round after round, each round starting one
 * page further on: a machine that slows down during the run slows the product and the reference
 * pages alike, so their ratios hold (measured one page after the other, a run that slowed down
 * halfway gave the product a 2.61× that runs in turn did not show). A page whose setup or sample fails leaves the
 * rotation with its reason; the others go on.
 */
async function inTurn<T>(
  name: string,
  setups: PerSubject<Section<Tab>>,
  setUp: (subject: Subject, tab: Tab) => Sampler<T> | Promise<Sampler<T>>,
  options: UiOptions,
): Promise<PerSubject<Section<T>>> {
  const startedAt = performance.now();
  const samplers = new Map<Subject, Sampler<T>>();
  const failed = new Map<Subject, string>();
  for (const subject of SUBJECTS) {
    const tab = setups[subject];
    if (!tab.ok) {
      failed.set(subject, tab.reason);
      continue;
    }
    try {
      samplers.set(subject, await setUp(subject, tab.value));
    } catch (error) {
      failed.set(subject, reasonOf(error));
    }
  }
  const rounds = options.warmups + options.runs;
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < SUBJECTS.length; k++) {
      const subject = SUBJECTS[(round + k) % SUBJECTS.length];
      const sampler = subject === undefined ? undefined : samplers.get(subject);
      if (subject === undefined || sampler === undefined || failed.has(subject)) continue;
      try {
        await sampler.step(round >= options.warmups);
      } catch (error) {
        failed.set(subject, reasonOf(error));
      }
    }
  }
  const result = (subject: Subject): Section<T> => {
    const reason = failed.get(subject);
    const sampler = samplers.get(subject);
    if (reason !== undefined || sampler === undefined)
      return { ok: false, reason: reason ?? 'not run' };
    return { ok: true, value: sampler.figures };
  };
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const failures = [...failed].map(([subject, reason]) => `; ${subject}: n/a (${reason})`);
  options.log(
    `  ${name}, ${SUBJECTS.join(' / ')} in turn: done in ${seconds} s${failures.join('')}`,
  );
  return {
    product: result('product'),
    baseline: result('baseline'),
    reference: result('reference'),
  };
}

async function measureCold(
  browser: Browser,
  baseUrl: string,
  options: UiOptions,
): Promise<{ figures: ColdFigures; firstScreenFiles: string[]; transfer: FirstScreenTransfer }> {
  const figures: ColdFigures = {
    signInReady: [],
    signIn: [],
    signInRequest: [],
    signInAfterResponse: [],
    firstSearch: [],
    firstResults: [],
  };
  let firstScreenFiles: string[] = [];
  const transfer: FirstScreenTransfer = { files: [], encodings: {} };
  const next = criteriaSequence();
  const warmups = Math.min(options.warmups, 2);
  for (let i = 0; i < warmups + options.coldRuns; i++) {
    // A new context: empty HTTP cache, no session.
    const { context, page } = await newPage(browser, baseUrl);
    if (i === 0) {
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (/\.(js|css)$/.test(path))
          transfer.encodings[path] = response.headers()['content-encoding'] ?? '';
      });
    }
    try {
      await context.addInitScript(watchSignInForm);
      await page.goto('/');
      await page.waitForFunction(
        () => typeof Reflect.get(window, '__benchSignInReady') === 'number',
      );
      const readyAt = numberSchema.parse(
        await page.evaluate((): unknown => Reflect.get(window, '__benchSignInReady')),
      );
      const seenAt = numberSchema.parse(
        await page.evaluate((): unknown => Reflect.get(window, '__benchSignInSeen')),
      );
      if (i === 0) {
        const paths = stringsSchema.parse(await page.evaluate(scriptsAndStylesBefore, seenAt));
        firstScreenFiles = [...new Set(paths.map((path) => path.replace(/^\//, '')))].sort();
        transfer.files = await page.evaluate(transferredBefore, seenAt);
      }
      // A person takes longer than this to type; meanwhile the app preloads the search screen.
      await page.waitForLoadState('networkidle');
      const el = ui(page);
      await el.userName.fill(`qa${5 + (i % 12)}`);
      await el.password.fill(PASSWORD);
      const signedIn = await click(el.signInButton, 'search-screen');
      await el.department.fill(next());
      const firstSearch = await click(el.searchButton, 'rows');
      if (firstSearch.rows === 0) throw new Error('the first search showed no rows');
      await signOut(page);
      if (i < warmups) continue;
      figures.signInReady.push(readyAt);
      figures.signIn.push(signedIn.ms);
      if (signedIn.request) {
        figures.signInRequest.push(signedIn.request.end - signedIn.request.start);
        figures.signInAfterResponse.push(signedIn.ms - signedIn.request.end);
      }
      figures.firstSearch.push(firstSearch.ms);
      figures.firstResults.push(readyAt + signedIn.ms + firstSearch.ms);
    } finally {
      await context.close();
    }
  }
  return { figures, firstScreenFiles, transfer };
}

/** The used JS heap after two forced garbage collections. */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: the first collection can leave garbage that only finalizers released.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

async function measureMemory(
  browser: Browser,
  baseUrl: string,
  options: UiOptions,
): Promise<MemoryFigures> {
  const checkpoints = [...options.memoryCheckpoints].sort((a, b) => a - b);
  const figures: MemoryFigures = {
    checkpoints,
    heap: checkpoints.map(() => []),
    growthPercent: [],
    growthByConstructor: [],
  };
  // A few criteria over and over (as an agent would), so the cache reaches its steady size early.
  const criteria = DEPARTMENTS.slice(0, 5);
  for (let rep = 0; rep < options.memoryReps; rep++) {
    const { context, page } = await newPage(browser, baseUrl);
    try {
      const tracker = new LookupTracker(page);
      await signIn(page, `qa${2 + rep}`);
      const heaps: number[] = [];
      const snapshots: HeapSums[] = [];
      let done = 0;
      for (const [index, checkpoint] of checkpoints.entries()) {
        // The searches run inside the page: no automation call per search adds to the heap.
        done += await page.evaluate(searchLoop, {
          criteria,
          first: done,
          count: checkpoint - done,
          settleMs: 30,
          timeoutMs: CLICK_TIMEOUT_MS,
        });
        await tracker.idle();
        const used = await heapUsed(page);
        heaps.push(used);
        figures.heap[index]?.push(used);
        if (rep === options.memoryReps - 1 && (index === 0 || index === checkpoints.length - 1))
          snapshots.push(await heapSums(page));
      }
      const [firstSnapshot, lastSnapshot] = snapshots;
      if (firstSnapshot && lastSnapshot)
        figures.growthByConstructor = heapGrowth(firstSnapshot, lastSnapshot, HEAP_GROWTH_TOP);
      const [atFirst = Number.NaN, atLast = Number.NaN] = [heaps[0], heaps[heaps.length - 1]];
      figures.growthPercent.push(((atLast - atFirst) / atFirst) * 100);
      await signOut(page);
    } finally {
      await context.close();
    }
  }
  return figures;
}

/** The customer links of the Cases table, one per customer (a second link would hit a cache). */
async function distinctCustomerLinks(page: Page, limit: number): Promise<Locator[]> {
  const rows = page.getByRole('table', { name: 'Cases' }).getByRole('row');
  const links: Locator[] = [];
  const seen = new Set<string>();
  const count = await rows.count();
  for (let i = 0; i < count && links.length < limit; i++) {
    const link = rows.nth(i).getByRole('cell').nth(2).getByRole('link');
    if ((await link.count()) !== 1) continue;
    const name = (await link.textContent()) ?? '';
    if (seen.has(name)) continue;
    seen.add(name);
    links.push(link);
  }
  return links;
}

/** Customer link click → the customer pane with its data painted, once per distinct customer. */
async function paneSampler({ page, tracker }: Tab, options: UiOptions): Promise<Sampler<number[]>> {
  const links = await distinctCustomerLinks(page, options.warmups + options.runs);
  if (links.length <= options.warmups) throw new Error('too few distinct customers in the table');
  const figures: number[] = [];
  let taken = 0;
  const step = async (measured: boolean): Promise<void> => {
    const link = links[taken++];
    // Fewer customers than rounds: the last rounds take no sample (a second click would be cached).
    if (link === undefined) return;
    await tracker.idle();
    const result = await click(link, 'pane');
    if (measured) figures.push(result.ms);
  };
  return { figures, step };
}

/** Resolves after two frames were painted: Event Timing reports an interaction after its paint. */
const afterPaint = (page: Page): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 20))),
      ),
  );

/**
 * Longest entry per interaction since the last call; `expected` interactions were performed, those
 * not reported (under 16 ms) count as 16 ms, an upper bound.
 */
async function interactionLatencies(
  page: Page,
  expected: number,
  unreported: { count: number },
): Promise<number[]> {
  await afterPaint(page);
  const entries = await page.evaluate(takeEventTimings);
  const longest = new Map<number, number>();
  for (const entry of entries)
    longest.set(entry.id, Math.max(longest.get(entry.id) ?? 0, entry.duration));
  const latencies = [...longest.values()].slice(0, expected);
  const missing = expected - latencies.length;
  unreported.count += missing;
  return [...latencies, ...Array.from({ length: missing }, () => 16)];
}

/** Event Timing latency of real (trusted) input: typing, opening a pane, the language, `j`. */
async function measureInteractions(
  page: Page,
  tracker: LookupTracker,
  options: UiOptions,
): Promise<InteractionFigures> {
  const el = ui(page);
  const unreported = { count: 0 };
  await tracker.idle();
  await page.evaluate(takeEventTimings);

  // Typing a criterion, key by key at a fast typist's pace.
  const typing: number[] = [];
  const word = 'Technical Support';
  const reps = Math.max(1, Math.round(options.runs / 10));
  for (let rep = 0; rep < reps; rep++) {
    await el.department.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await afterPaint(page);
    await page.evaluate(takeEventTimings);
    await page.keyboard.type(word, { delay: 40 });
    typing.push(...(await interactionLatencies(page, word.length, unreported)));
  }

  // Opening the customer pane with a real click. The first link differs from the pane that the
  // pane figure left open, and each next one from the one before.
  const openPane: number[] = [];
  const links = await distinctCustomerLinks(page, 10);
  for (const link of links) {
    await tracker.idle();
    const name = (await link.textContent()) ?? '';
    await page.evaluate(takeEventTimings);
    await link.click();
    await page.getByRole('heading', { name: `Customer ${name}` }).waitFor();
    openPane.push(...(await interactionLatencies(page, 1, unreported)));
  }

  const languageWords: number[] = [];
  const language = await (async (): Promise<Section<number[]>> => {
    const picker = page.getByRole('combobox', { name: 'Language' });
    if ((await picker.count()) !== 1) return { ok: false, reason: 'no Language combobox' };
    const before = await picker.inputValue();
    const samples: number[] = [];
    languageWords.length = 0;
    // Focus stays on the select throughout: once translated, its name is no longer `Language`.
    await picker.focus();
    for (let i = 0; i < 10; i++) {
      await tracker.idle();
      await page.evaluate(takeEventTimings);
      // On a closed select, the arrow keys change the value at once (Chromium on Linux); down and
      // up in turn, so an even number of presses ends on the language it started with.
      const startedAt = await page.evaluate(() => performance.now());
      const words = page.evaluate(langPaintedAfter, startedAt);
      await page.keyboard.press(i % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
      languageWords.push(await words);
      samples.push(...(await interactionLatencies(page, 1, unreported)));
    }
    await tracker.idle();
    const after = await page.evaluate(() =>
      document.activeElement instanceof HTMLSelectElement ? document.activeElement.value : '',
    );
    if (after !== before) throw new Error(`the language did not return to ${before}`);
    return { ok: true, value: samples };
  })();

  const nextRowKey = await (async (): Promise<Section<number[]>> => {
    const current = page.getByRole('table', { name: 'Cases' }).locator('[aria-current="true"]');
    await page
      .getByRole('table', { name: 'Cases' })
      .getByRole('row')
      .nth(1)
      .click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Escape');
    await tracker.idle();
    await page.keyboard.press('j');
    await afterPaint(page);
    if ((await current.count()) === 0) return { ok: false, reason: 'no j shortcut in this build' };
    const samples: number[] = [];
    await page.evaluate(takeEventTimings);
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('j');
      samples.push(...(await interactionLatencies(page, 1, unreported)));
    }
    return { ok: true, value: samples };
  })();

  // The same key with the customer pane open: the pane follows the current row.
  const nextRowKeyWithPane = await (async (): Promise<Section<number[]>> => {
    if (!nextRowKey.ok) return nextRowKey;
    const customerLink = page
      .getByRole('table', { name: 'Cases' })
      .locator('[aria-current="true"]')
      .getByRole('cell')
      .nth(2)
      .getByRole('link');
    await page.keyboard.press('c');
    await page.getByRole('heading', { name: /^Customer / }).waitFor();
    const samples: number[] = [];
    for (let i = 0; i < 10; i++) {
      await tracker.idle();
      await page.evaluate(takeEventTimings);
      await page.keyboard.press('j');
      samples.push(...(await interactionLatencies(page, 1, unreported)));
      // A row without a customer leaves the pane as it is.
      if ((await customerLink.count()) === 1) {
        const name = (await customerLink.textContent()) ?? '';
        await page.getByRole('heading', { name: `Customer ${name}` }).waitFor();
      }
    }
    await page.keyboard.press('Escape');
    return { ok: true, value: samples };
  })();

  return {
    typing,
    openPane,
    language,
    languageWords,
    nextRowKey,
    nextRowKeyWithPane,
    unreported: unreported.count,
  };
}

/** Opens one of the bench's reference pages (signed in as `user`, `size` rows a page). */
async function openReferencePage(
  page: Page,
  name: string,
  user: string,
  size: number,
): Promise<void> {
  await page.goto(`${BENCH_PAGES_PREFIX}${name}.html?user=${user}&size=${size}`);
  await page.locator('body[data-ready="true"]').waitFor();
}

/** Opens a page to measure: the product signed in, or a reference page. */
async function openTab(browser: Browser, baseUrl: string, subject: Subject): Promise<Tab> {
  const { context, page } = await newPage(browser, baseUrl);
  const tab = { page, tracker: new LookupTracker(page), next: criteriaSequence() };
  try {
    if (subject === 'product') await signIn(page, PRODUCT_USER);
    else await openReferencePage(page, subject, REFERENCE_USERS[subject], 25);
  } catch (error) {
    await context.close();
    throw error;
  }
  return tab;
}

/** Sets the product or a reference page to 75 rows a page. */
async function showRows75(subject: Subject, { page, tracker, next }: Tab): Promise<void> {
  if (subject !== 'product') {
    await openReferencePage(page, subject, REFERENCE_USERS[subject], 75);
    return;
  }
  await tracker.idle();
  // Rows per page lives in the pagination: it needs results on screen.
  if ((await ui(page).rowsPerPage.count()) === 0) await search(page, tracker, next());
  await tracker.idle();
  const resized = later(
    page.waitForResponse(
      (r) =>
        lookupPage(r.request()) === 1 && new URL(r.url()).searchParams.get('$pagesize') === '75',
    ),
  );
  await ui(page).rowsPerPage.selectOption('75');
  await resized;
  await tracker.idle();
}

function referenceFigures(
  subject: 'baseline' | 'reference',
  tab: Section<Tab>,
  figures: {
    search: PerSubject<Section<SearchFigures>>[];
    paging: PerSubject<Section<PagingFigures>>;
    pane: PerSubject<Section<number[]>>;
  },
): Section<ReferenceFigures> {
  if (!tab.ok) return tab;
  return {
    ok: true,
    value: {
      search: figures.search.map((bySubject) => bySubject[subject]),
      paging: figures.paging[subject],
      pane: figures.pane[subject],
    },
  };
}

export async function measureUi(options: UiOptions): Promise<UiResults> {
  const { baseUrl, log } = options;
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
  });
  try {
    const chromiumVersion = browser.version();
    log(`  Chromium ${chromiumVersion}`);

    let firstScreenFiles: Section<string[]> = { ok: false, reason: 'cold load did not run' };
    let firstScreenTransfer: Section<FirstScreenTransfer> = firstScreenFiles;
    const cold = await section('cold load', log, async () => {
      const measured = await measureCold(browser, baseUrl, options);
      firstScreenFiles = { ok: true, value: measured.firstScreenFiles };
      firstScreenTransfer = { ok: true, value: measured.transfer };
      return measured.figures;
    });
    if (!cold.ok) firstScreenFiles = firstScreenTransfer = { ok: false, reason: cold.reason };

    // The three pages stay open side by side, each in its own context (own session and cache).
    const tabs: PerSubject<Section<Tab>> = {
      product: await section('sign in', log, () => openTab(browser, baseUrl, 'product')),
      baseline: await section('baseline page (plain DOM)', log, () =>
        openTab(browser, baseUrl, 'baseline'),
      ),
      reference: await section('reference page (React, React Query, TanStack Table)', log, () =>
        openTab(browser, baseUrl, 'reference'),
      ),
    };
    let interactions: Section<InteractionFigures>;
    let figures: Parameters<typeof referenceFigures>[2];
    try {
      const search25 = await inTurn(
        'search, 25 rows',
        tabs,
        (_subject, tab) => searchSampler(tab, 25),
        options,
      );
      const paging = await inTurn('paging', tabs, (_subject, tab) => pagingSampler(tab), options);
      const search75 = await inTurn(
        'search, 75 rows',
        tabs,
        async (subject, tab) => {
          await showRows75(subject, tab);
          return searchSampler(tab, 75);
        },
        options,
      );
      const pane = await inTurn(
        'customer pane',
        tabs,
        (_subject, tab) => paneSampler(tab, options),
        options,
      );
      figures = { search: [search25, search75], paging, pane };
      const product = tabs.product;
      interactions = product.ok
        ? await section('interactions', log, () =>
            measureInteractions(product.value.page, product.value.tracker, options),
          )
        : { ok: false, reason: `sign-in failed: ${product.reason}` };
    } finally {
      for (const tab of Object.values(tabs)) if (tab.ok) await tab.value.page.context().close();
    }

    const memory = await section('memory', log, () => measureMemory(browser, baseUrl, options));
    return {
      chromiumVersion,
      firstScreenFiles,
      firstScreenTransfer,
      cold,
      search: figures.search.map((bySubject) => bySubject.product),
      paging: figures.paging.product,
      pane: figures.pane.product,
      interactions,
      baseline: referenceFigures('baseline', tabs.baseline, figures),
      reference: referenceFigures('reference', tabs.reference, figures),
      memory,
    };
  } finally {
    await browser.close();
  }
}
