import { describe, expect, it, vi } from 'vitest';
import { PageScheduleError, fetchAllPages, type FetchedPage } from './page-scheduler';

interface Row {
  id: string;
}

const ids = (from: number, to: number): Row[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: String(from + i) }));

const tick = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });

/** A server of `total` records paged by `size`; later pages answer sooner, so they arrive out of order. */
function server(total: number, size: number) {
  let inFlight = 0;
  const stats: { maxInFlight: number; calls: number[]; aborted: number[] } = {
    maxInFlight: 0,
    calls: [],
    aborted: [],
  };
  const fetchPage = async (page: number, signal: AbortSignal): Promise<FetchedPage<Row>> => {
    stats.calls.push(page);
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    try {
      await tick(Math.max(1, 12 - page), signal);
    } catch (error) {
      stats.aborted.push(page);
      throw error;
    } finally {
      inFlight--;
    }
    const first = (page - 1) * size + 1;
    return { rows: ids(first, Math.min(total, first + size - 1)), count: total };
  };
  return { fetchPage, stats };
}

function collect() {
  const pages: string[][] = [];
  const progress: { fetched: number; total: number | undefined }[] = [];
  return {
    pages,
    progress,
    onPage: (rows: Row[], p: { fetched: number; total: number | undefined }) => {
      pages.push(rows.map((r) => r.id));
      progress.push(p);
    },
  };
}

const idOf = (row: Row): string => row.id;

describe('fetchAllPages', () => {
  it('keeps at most 3 requests in flight and hands pages on in order', async () => {
    const { fetchPage, stats } = server(700, 75);
    const out = collect();
    const summary = await fetchAllPages({ fetchPage, pageSize: 75, idOf, onPage: out.onPage });
    expect(stats.maxInFlight).toBe(3);
    expect(stats.calls).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(out.pages.flat()).toEqual(ids(1, 700).map(idOf));
    expect(out.pages.map((page) => page.length)).toEqual([75, 75, 75, 75, 75, 75, 75, 75, 75, 25]);
    expect(out.progress.at(-1)).toEqual({ fetched: 700, total: 700 });
    expect(summary).toEqual({
      rows: 700,
      duplicates: 0,
      firstTotal: 700,
      lastTotal: 700,
      requests: 10,
    });
  });

  it('honours a smaller cap', async () => {
    const { fetchPage, stats } = server(300, 75);
    await fetchAllPages({ fetchPage, pageSize: 75, idOf, onPage: () => {}, concurrency: 1 });
    expect(stats.maxInFlight).toBe(1);
  });

  it('asks for page 1 alone first, since only its answer says how many pages there are', async () => {
    const started: number[][] = [];
    let inFlight: number[] = [];
    await fetchAllPages<Row>({
      pageSize: 2,
      idOf,
      onPage: () => {},
      fetchPage: async (page) => {
        inFlight.push(page);
        started.push([...inFlight]);
        await Promise.resolve();
        inFlight = inFlight.filter((p) => p !== page);
        return { rows: ids(page * 2 - 1, page * 2), count: 6 };
      },
    });
    expect(started[0]).toEqual([1]);
    expect(started.length).toBe(3);
  });

  it('reads a single short page with one request', async () => {
    const { fetchPage, stats } = server(10, 75);
    const out = collect();
    const summary = await fetchAllPages({ fetchPage, pageSize: 75, idOf, onPage: out.onPage });
    expect(stats.calls).toEqual([1]);
    expect(summary.rows).toBe(10);
  });

  it('ends on an empty first page (204)', async () => {
    const out = collect();
    const summary = await fetchAllPages<Row>({
      fetchPage: () => Promise.resolve({ rows: [], count: 0 }),
      pageSize: 75,
      idOf,
      onPage: out.onPage,
    });
    expect(summary).toMatchObject({ rows: 0, firstTotal: 0 });
  });

  it('without a count, goes on until a short page and drops what lies past it', async () => {
    const calls: number[] = [];
    const out = collect();
    const summary = await fetchAllPages<Row>({
      pageSize: 2,
      idOf,
      onPage: out.onPage,
      fetchPage: (page) => {
        calls.push(page);
        const all = ids(1, 5);
        return Promise.resolve({ rows: all.slice((page - 1) * 2, page * 2), count: undefined });
      },
    });
    expect(out.pages).toEqual([['1', '2'], ['3', '4'], ['5']]);
    expect(summary).toMatchObject({ rows: 5, firstTotal: undefined, lastTotal: undefined });
    expect(Math.max(...calls)).toBeLessThanOrEqual(5);
  });

  it('stops at a short page even when the count promised more', async () => {
    const out = collect();
    const summary = await fetchAllPages<Row>({
      pageSize: 2,
      idOf,
      onPage: out.onPage,
      fetchPage: (page) =>
        Promise.resolve(
          page === 1
            ? { rows: ids(1, 2), count: 6 }
            : page === 2
              ? { rows: ids(3, 3), count: 6 }
              : { rows: [], count: 3 },
        ),
    });
    expect(out.pages.flat()).toEqual(['1', '2', '3']);
    expect(summary.rows).toBe(3);
  });

  it('follows a total that grows meanwhile, and dedupes rows pushed onto the next page', async () => {
    // Page 1 says 4 records; by page 2 a case was inserted before record 3, so record 2 moves to
    // page 2 and the total is 5: page 3 is read too, and record 2 is written once.
    const out = collect();
    const summary = await fetchAllPages<Row>({
      pageSize: 2,
      idOf,
      onPage: out.onPage,
      concurrency: 1,
      fetchPage: (page) => {
        const after = [{ id: '1' }, { id: 'new' }, { id: '2' }, { id: '3' }, { id: '4' }];
        if (page === 1) return Promise.resolve({ rows: ids(1, 2), count: 4 });
        return Promise.resolve({ rows: after.slice((page - 1) * 2, page * 2), count: 5 });
      },
    });
    expect(out.pages).toEqual([['1', '2'], ['3'], ['4']]);
    expect(summary).toEqual({ rows: 4, duplicates: 1, firstTotal: 4, lastTotal: 5, requests: 3 });
  });

  it('retries a transient failure of one page and keeps the order', async () => {
    const { fetchPage } = server(300, 75);
    let failures = 0;
    const flaky = (page: number, signal: AbortSignal) => {
      if (page === 2 && failures < 2) {
        failures++;
        return Promise.reject(new Error('503'));
      }
      return fetchPage(page, signal);
    };
    const sleep = vi.fn(() => Promise.resolve());
    const out = collect();
    const summary = await fetchAllPages({
      fetchPage: flaky,
      pageSize: 75,
      idOf,
      onPage: out.onPage,
      shouldRetry: (count) => count < 2,
      retryDelay: (attempt) => 500 * 2 ** attempt,
      sleep,
    });
    expect(out.pages.flat()).toEqual(ids(1, 300).map(idOf));
    expect(sleep.mock.calls.map((call: unknown[]) => call[0])).toEqual([500, 1000]);
    expect(summary.requests).toBe(6);
  });

  it('stops on a persistent failure with what came before it, in order', async () => {
    const { fetchPage, stats } = server(750, 75);
    const refused = new Error('400-152');
    const out = collect();
    const failing = (page: number, signal: AbortSignal) =>
      page === 4 ? Promise.reject(refused) : fetchPage(page, signal);
    const run = fetchAllPages({
      fetchPage: failing,
      pageSize: 75,
      idOf,
      onPage: out.onPage,
      shouldRetry: (_count, error) => error !== refused,
    });
    const error = await run.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PageScheduleError);
    if (!(error instanceof PageScheduleError)) return;
    expect(error.cause).toBe(refused);
    expect(error.page).toBe(4);
    expect(error.summary.rows).toBe(out.pages.flat().length);
    expect(out.pages.flat()).toEqual(ids(1, out.pages.length * 75).map(idOf));
    expect(out.pages.length).toBeLessThanOrEqual(3);
    expect(Math.max(...stats.calls)).toBeLessThan(10);
  });

  it('cancels: aborts every request in flight, starts no more and hands nothing on', async () => {
    const { fetchPage, stats } = server(750, 75);
    const controller = new AbortController();
    const out = collect();
    const run = fetchAllPages({
      fetchPage,
      pageSize: 75,
      idOf,
      signal: controller.signal,
      onPage: (rows, progress) => {
        out.onPage(rows, progress);
        if (out.pages.length === 2) controller.abort(new DOMException('cancelled', 'AbortError'));
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const callsAtCancel = stats.calls.length;
    expect(stats.aborted.length).toBeGreaterThan(0);
    expect(out.pages.length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(stats.calls.length).toBe(callsAtCancel);
  });

  it('does not start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetchPage = vi.fn();
    await expect(
      fetchAllPages({ fetchPage, pageSize: 75, idOf, onPage: () => {}, signal: controller.signal }),
    ).rejects.toBeDefined();
    expect(fetchPage).not.toHaveBeenCalled();
  });

  it('waits for a page held up by a sign-in and resumes where it stopped', async () => {
    // The API client holds a request that met a 401 until the user has signed in again, then
    // sends it once more: to the scheduler that is one slow page.
    let signIn!: () => void;
    const signedIn = new Promise<void>((resolve) => (signIn = resolve));
    const { fetchPage, stats } = server(375, 75);
    const calls: number[] = [];
    const out = collect();
    const run = fetchAllPages({
      pageSize: 75,
      idOf,
      onPage: out.onPage,
      fetchPage: async (page, signal) => {
        calls.push(page);
        if (page === 3) await signedIn;
        return fetchPage(page, signal);
      },
    });
    await vi.waitFor(() => expect(calls).toContain(5));
    expect(out.pages.length).toBe(2);
    signIn();
    await run;
    expect(out.pages.flat()).toEqual(ids(1, 375).map(idOf));
    expect(stats.calls.filter((page) => page === 3)).toHaveLength(1);
  });

  it('sends the next pages before handing on the page just received', async () => {
    const { fetchPage, stats } = server(30, 5);
    const sentBeforeOnPage: number[][] = [];
    await fetchAllPages({
      fetchPage,
      pageSize: 5,
      idOf,
      onPage: () => sentBeforeOnPage.push([...stats.calls]),
    });
    // Page 1 alone (the total is not known before it answers), then 3 at once.
    expect(sentBeforeOnPage[0]).toEqual([1, 2, 3, 4]);
  });
});
