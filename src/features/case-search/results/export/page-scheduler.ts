// Reads every page of a paged result: at most `concurrency` requests at once, pages handed on in
// order (a bounded look-ahead window keeps memory flat), transient failures retried, rows deduped by
// id, an AbortSignal that stops everything. Pure: the fetching, retry policy and clock are injected.

export interface FetchedPage<Row> {
  rows: Row[];
  /** Total records as this answer reported it (paginationInfo.count); undefined when not sent. */
  count: number | undefined;
}

export interface ScheduleProgress {
  /** Distinct rows handed on so far. */
  fetched: number;
  /** Total records as last reported; undefined while the server has not said. */
  total: number | undefined;
}

export interface ScheduleSummary {
  /** Distinct rows handed on. */
  rows: number;
  /** Rows dropped because an earlier page already had their id (a case moved between pages). */
  duplicates: number;
  /** The total reported by the first page, and by the last answer that reported one. */
  firstTotal: number | undefined;
  lastTotal: number | undefined;
  /** Requests sent, retries included. */
  requests: number;
}

export interface PageSchedulerOptions<Row> {
  fetchPage: (page: number, signal: AbortSignal) => Promise<FetchedPage<Row>>;
  pageSize: number;
  idOf: (row: Row) => string;
  /** Called once per page, in page order, with the rows of that page not seen before. */
  onPage: (rows: Row[], progress: ScheduleProgress) => void;
  signal?: AbortSignal | undefined;
  /** Requests in flight at most (default 3). */
  concurrency?: number;
  /**
   * Whether to retry a page that just failed; `failureCount` counts its earlier failures (0 on the
   * first), as TanStack Query's `retry` does, so the app's read policy plugs in unchanged.
   */
  shouldRetry?: (failureCount: number, error: unknown) => boolean;
  /** Wait before retry number `attempt` (0-based), in ms. */
  retryDelay?: (attempt: number) => number;
  /** Waits `ms` or rejects when `signal` aborts (injectable for tests). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** A page failed for good; `summary` says what had been handed on before it. */
export class PageScheduleError extends Error {
  override readonly name = 'PageScheduleError';
  constructor(
    override readonly cause: unknown,
    readonly summary: ScheduleSummary,
    readonly page: number,
  ) {
    super(cause instanceof Error ? cause.message : `Page ${page} failed`);
  }
}

export const DEFAULT_CONCURRENCY = 3;

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (): void => {
      try {
        signal.throwIfAborted();
      } catch (reason) {
        reject(reason instanceof Error ? reason : new Error(String(reason)));
      }
    };
    if (signal.aborted) {
      fail();
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      fail();
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

interface Running {
  controller: AbortController;
  settled: Promise<void>;
  /** Aborted by the scheduler because the page lies past the end: its error is not a failure. */
  discarded: boolean;
}

export async function fetchAllPages<Row>(
  options: PageSchedulerOptions<Row>,
): Promise<ScheduleSummary> {
  const {
    fetchPage,
    pageSize,
    idOf,
    onPage,
    signal = new AbortController().signal,
    concurrency = DEFAULT_CONCURRENCY,
    shouldRetry = () => false,
    retryDelay = () => 0,
    sleep = abortableSleep,
  } = options;
  signal.throwIfAborted();
  // Pages received ahead of the one to hand on next are held; this caps how many. Wide enough
  // that one slow page does not leave the other slots idle (at 2× they often were), narrow
  // enough to stay small: 12 pages of 75 cases at 3 at once.
  const window = concurrency * 4;
  const results = new Map<number, FetchedPage<Row>>();
  const running = new Map<number, Running>();
  const seen = new Set<string>();
  let failure: { page: number; error: unknown } | undefined;
  let firstTotal: number | undefined;
  let lastTotal: number | undefined;
  let knownEnd = Number.POSITIVE_INFINITY; // the first page known to be the last (short or empty)
  let nextToStart = 1;
  let nextToEmit = 1;
  let rows = 0;
  let duplicates = 0;
  let requests = 0;

  const lastPage = (): number => {
    if (nextToEmit === 1 && !results.has(1)) return 1; // nothing is known before page 1 answers
    const byCount =
      lastTotal === undefined
        ? Number.POSITIVE_INFINITY
        : Math.max(1, Math.ceil(lastTotal / pageSize));
    return Math.min(knownEnd, byCount);
  };
  const aborted = new Promise<void>((resolve) =>
    signal.addEventListener('abort', () => resolve(), { once: true }),
  );
  const summary = (): ScheduleSummary => ({ rows, duplicates, firstTotal, lastTotal, requests });

  async function fetchWithRetry(page: number, pageSignal: AbortSignal): Promise<FetchedPage<Row>> {
    for (let failures = 0; ; failures++) {
      try {
        requests++;
        return await fetchPage(page, pageSignal);
      } catch (error) {
        if (pageSignal.aborted || !shouldRetry(failures, error)) throw error;
        await sleep(retryDelay(failures), pageSignal);
      }
    }
  }

  function start(page: number): void {
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    const entry: Running = { controller, discarded: false, settled: Promise.resolve() };
    entry.settled = fetchWithRetry(page, controller.signal)
      .then(
        (result) => {
          results.set(page, result);
          if (result.count !== undefined) {
            lastTotal = result.count;
            if (page === 1) firstTotal = result.count;
          }
          if (result.rows.length < pageSize) knownEnd = Math.min(knownEnd, page);
        },
        (error: unknown) => {
          if (!entry.discarded && !signal.aborted && failure === undefined)
            failure = { page, error };
        },
      )
      .finally(() => {
        signal.removeEventListener('abort', onAbort);
        running.delete(page);
      });
    running.set(page, entry);
  }

  const stopAll = (): void => {
    for (const entry of running.values()) {
      entry.discarded = true;
      entry.controller.abort();
    }
  };

  const startMore = (): void => {
    while (
      running.size < concurrency &&
      nextToStart <= lastPage() &&
      nextToStart < nextToEmit + window
    ) {
      start(nextToStart++);
    }
  };

  try {
    for (;;) {
      // Requests go out before the pages received are handed on: the next pages travel while
      // onPage writes these, instead of waiting for it.
      startMore();
      while (nextToEmit <= lastPage()) {
        const result = results.get(nextToEmit);
        if (result === undefined) break;
        results.delete(nextToEmit);
        const fresh: Row[] = [];
        for (const row of result.rows) {
          const id = idOf(row);
          if (seen.has(id)) duplicates++;
          else {
            seen.add(id);
            fresh.push(row);
          }
        }
        rows += fresh.length;
        nextToEmit++;
        onPage(fresh, {
          fetched: rows,
          total: lastTotal === undefined ? undefined : Math.max(lastTotal, rows),
        });
        // onPage may have cancelled (the user pressed Cancel while the page was written).
        signal.throwIfAborted();
      }
      if (nextToEmit > lastPage()) break;
      startMore();
      if (running.size === 0) throw new Error('Paging stopped with pages still to read.');
      // Cancel acts at once, even while a page waits (e.g. on the sign-in dialog after a 401).
      await Promise.race([...running.values()].map((entry) => entry.settled).concat(aborted));
      signal.throwIfAborted();
      if (failure !== undefined)
        throw new PageScheduleError(failure.error, summary(), failure.page);
    }
    return summary();
  } finally {
    // Pages past the end (or every page, on cancel and failure) are not waited for.
    stopAll();
  }
}
