// Functions that run inside the page (passed to Playwright's evaluate / addInitScript). Each is
// self-contained: Playwright sends its source text, so it may use nothing from this module. Elements
// are found by role and accessible name as docs/ui-contract.md publishes them.

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(fn, "name")`; the
 * page has no such helper, so every bench page gets this harmless stand-in first.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export interface ClickOptions {
  /**
   * `rows`: new rows in the `Cases` table; `search-screen`: the `Case search` form is there;
   * `pane`: a region named `Customer …` with new content and nothing in it busy.
   */
  until: 'rows' | 'search-screen' | 'pane';
  /** Part of the URL of the request whose timing is reported, e.g. `/interaction/case/lookup`. */
  requestPath: string;
  timeoutMs: number;
}

export interface ClickResult {
  /** Click → the frame after the change was painted (rAF, then a task). */
  ms: number;
  /** Click → the DOM change was seen (MutationObserver), before paint. */
  seenMs: number;
  /** Data rows in the `Cases` table when done. */
  rows: number;
  /**
   * The first request to `requestPath` the click caused (resource timing), ms after the click:
   * when fetch() started and when the last byte of the answer arrived. Null when none was sent.
   */
  request: { start: number; end: number } | null;
}

/**
 * Clicks `element` in the page and resolves when the awaited change has been painted. The clock
 * starts right before `element.click()` and is the page's own performance.now().
 */
export function clickAndWait(
  element: HTMLElement | SVGElement,
  options: ClickOptions,
): Promise<ClickResult> {
  const textOf = (node: Element | null): string =>
    (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (node: Element): string => {
    const labelledBy = node.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => textOf(document.getElementById(id)))
        .join(' ')
        .trim();
    }
    const label = node.getAttribute('aria-label');
    if (label) return label.trim();
    if (node instanceof HTMLTableElement) return textOf(node.caption);
    return textOf(node);
  };
  const casesTable = (): Element | undefined =>
    [...document.querySelectorAll('table, [role="table"], [role="grid"]')].find(
      (table) => nameOf(table) === 'Cases',
    );
  const dataRows = (): Element[] => {
    const table = casesTable();
    if (!table) return [];
    // Rows on screen only: a table may hold rows rendered ahead in a `hidden` body (the product's
    // next page). The attribute, not checkVisibility(), which would force a style recalculation.
    return [...table.querySelectorAll('tr, [role="row"]')].filter(
      (row) =>
        row.querySelector('td, [role="cell"], [role="gridcell"]') !== null &&
        row.closest('[hidden]') === null,
    );
  };
  const signature = (): string => {
    const rows = dataRows();
    return `${rows.length}\u0000${textOf(rows[0] ?? null)}\u0000${textOf(rows[rows.length - 1] ?? null)}`;
  };
  const searchScreenReady = (): boolean =>
    [...document.querySelectorAll('search, [role="search"]')].some(
      (landmark) =>
        nameOf(landmark) === 'Case search' &&
        [...landmark.querySelectorAll('button')].some((button) => nameOf(button) === 'Search'),
    );

  const customerPane = (): string => {
    const pane = [
      ...document.querySelectorAll(
        'section[aria-labelledby], [role="region"], [role="complementary"], [role="dialog"]',
      ),
    ].find((region) => nameOf(region).startsWith('Customer'));
    if (!pane || pane.querySelector('[aria-busy="true"]') !== null) return '';
    return textOf(pane);
  };

  const before = signature();
  const paneBefore = customerPane();
  return new Promise<ClickResult>((resolve, reject) => {
    let done = false;
    let startedAt = 0;
    const finished = (): boolean => {
      if (options.until === 'rows') return dataRows().length > 0 && signature() !== before;
      if (options.until === 'pane') {
        const pane = customerPane();
        return pane !== '' && pane !== paneBefore;
      }
      return searchScreenReady();
    };
    const check = (): void => {
      if (done || !finished()) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      const seenAt = performance.now();
      // The rAF callback runs before the next paint; a task queued from it runs after that paint.
      requestAnimationFrame(() => {
        setTimeout(() => {
          const ms = performance.now() - startedAt;
          const entry = performance
            .getEntriesByType('resource')
            .filter((e) => e.name.includes(options.requestPath) && e.startTime >= startedAt)
            .sort((a, b) => a.startTime - b.startTime)[0];
          const request =
            entry && entry instanceof PerformanceResourceTiming && entry.responseEnd > 0
              ? { start: entry.startTime - startedAt, end: entry.responseEnd - startedAt }
              : null;
          resolve({ ms, seenMs: seenAt - startedAt, rows: dataRows().length, request });
        }, 0);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      done = true;
      reject(
        new Error(
          `no ${{ rows: 'new rows in the Cases table', pane: 'customer pane', 'search-screen': 'Case search form' }[options.until]} after ${options.timeoutMs} ms`,
        ),
      );
    }, options.timeoutMs);
    // The buffer holds 250 entries by default; each click starts with an empty one.
    performance.clearResourceTimings();
    startedAt = performance.now();
    if (element instanceof HTMLElement) element.click();
    else element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    check();
  });
}

/**
 * Init script of the cold-load pages: records in `window.__benchSignInSeen` when the sign-in form
 * (textbox `User name`, enabled button `Sign in`) appeared and in `window.__benchSignInReady` when
 * the frame showing it was painted, both in ms since navigation start.
 */
export function watchSignInForm(): void {
  const textOf = (node: Element | null): string =>
    (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const ready = (): boolean => {
    const userName = [...document.querySelectorAll('input')].some(
      (input) =>
        input.getAttribute('aria-label') === 'User name' ||
        [...(input.labels ?? [])].some((label) => textOf(label) === 'User name'),
    );
    const button = [...document.querySelectorAll('button')].some(
      (b) => !b.disabled && (b.getAttribute('aria-label') ?? textOf(b)) === 'Sign in',
    );
    return userName && button;
  };
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    Reflect.set(window, '__benchSignInSeen', performance.now());
    requestAnimationFrame(() => {
      setTimeout(() => Reflect.set(window, '__benchSignInReady', performance.now()), 0);
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** JS and CSS the page requested before `beforeMs` (resource timing), as URL paths. */
export function scriptsAndStylesBefore(beforeMs: number): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime <= beforeMs)
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js') || path.endsWith('.css'));
}

export interface TransferredFile {
  path: string;
  /** Bytes of the body as sent (compressed when the server compressed it). */
  encoded: number;
  /** Bytes after decoding. */
  decoded: number;
  /** Body plus headers; 0 when served from the cache. */
  transfer: number;
}

/** What the network actually carried for the JS and CSS requested before `beforeMs`. */
export function transferredBefore(beforeMs: number): TransferredFile[] {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime <= beforeMs)
    .filter((entry) => entry instanceof PerformanceResourceTiming)
    .map((entry) => ({
      path: new URL(entry.name).pathname,
      encoded: entry.encodedBodySize,
      decoded: entry.decodedBodySize,
      transfer: entry.transferSize,
    }))
    .filter((file) => file.path.endsWith('.js') || file.path.endsWith('.css'));
}

/**
 * Init script: keeps every Event Timing entry that belongs to an interaction (a click, a tap, a
 * key press) in `window.__benchEvents` as { id, name, duration } — duration is from the input to
 * the next paint after its handlers ran, as INP counts it. Entries shorter than 16 ms (the lowest
 * threshold the API allows) are not reported.
 */
export function watchEventTiming(): void {
  const events: { id: number; name: string; duration: number }[] = [];
  Reflect.set(window, '__benchEvents', events);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const id = Number(Reflect.get(entry, 'interactionId') ?? 0);
      if (id > 0) events.push({ id, name: entry.name, duration: entry.duration });
    }
  }).observe(
    // `durationThreshold` is in the Event Timing spec but not yet in TypeScript's DOM types.
    Object.assign({ type: 'event', buffered: true }, { durationThreshold: 16 }),
  );
}

/** The Event Timing entries kept so far (see watchEventTiming), emptying the list. */
export function takeEventTimings(): { id: number; name: string; duration: number }[] {
  const events: unknown = Reflect.get(window, '__benchEvents');
  if (!Array.isArray(events)) return [];
  return events.splice(0, events.length).map((event: unknown) => ({
    id: Number(Reflect.get(Object(event), 'id')),
    name: String(Reflect.get(Object(event), 'name')),
    duration: Number(Reflect.get(Object(event), 'duration')),
  }));
}

/**
 * In the page: resolves with the ms from `startedAt` (a performance.now() time) until <html lang>
 * has changed and the frame after the change was painted (the whole UI in the new language).
 */
export function langPaintedAfter(startedAt: number): Promise<number> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - startedAt), 0));
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  });
}

export interface SearchLoopOptions {
  /** Department values used in turn; consecutive ones must give different rows. */
  criteria: string[];
  /** Index of the first search (continues the rotation across calls). */
  first: number;
  count: number;
  /** Pause after each result was painted, so the prefetch of the next page can run. */
  settleMs: number;
  timeoutMs: number;
}

/**
 * Runs `count` searches through the `Case search` form entirely inside the page (no automation
 * round trip per search): types into the textbox `Department` as React sees typing, clicks `Search`,
 * waits for the new rows of the `Cases` table to be painted. Returns the number of searches done.
 */
export async function searchLoop(options: SearchLoopOptions): Promise<number> {
  const textOf = (node: Element | null): string =>
    (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (node: Element): string => {
    const labelledBy = node.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => textOf(document.getElementById(id)))
        .join(' ')
        .trim();
    }
    const label = node.getAttribute('aria-label');
    if (label) return label.trim();
    if (node instanceof HTMLInputElement) return [...(node.labels ?? [])].map(textOf).join(' ');
    if (node instanceof HTMLTableElement) return textOf(node.caption);
    return textOf(node);
  };
  const form = [...document.querySelectorAll('search, [role="search"]')].find(
    (l) => nameOf(l) === 'Case search',
  );
  if (!form) throw new Error('no search landmark named Case search');
  const department = [...form.querySelectorAll('input')].find((i) => nameOf(i) === 'Department');
  const button = [...form.querySelectorAll('button')].find((b) => nameOf(b) === 'Search');
  if (!department || !button)
    throw new Error('no textbox Department or button Search in Case search');

  const signature = (): string => {
    const table = [...document.querySelectorAll('table, [role="table"], [role="grid"]')].find(
      (t) => nameOf(t) === 'Cases',
    );
    const rows = table
      ? [...table.querySelectorAll('tr, [role="row"]')].filter(
          (r) =>
            r.querySelector('td, [role="cell"], [role="gridcell"]') &&
            r.closest('[hidden]') === null,
        )
      : [];
    return `${rows.length}\u0000${textOf(rows[0] ?? null)}`;
  };
  const frame = (): Promise<void> =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  for (let i = 0; i < options.count; i++) {
    const value = options.criteria[(options.first + i) % options.criteria.length] ?? '';
    const before = signature();
    // The prototype's setter, as typing does: React's own value tracker then sees a change.
    Reflect.set(HTMLInputElement.prototype, 'value', value, department);
    department.dispatchEvent(new Event('input', { bubbles: true }));
    button.click();
    const startedAt = performance.now();
    while (signature() === before) {
      if (performance.now() - startedAt > options.timeoutMs)
        throw new Error(`no new rows for ${value}`);
      await frame();
    }
    await frame();
    await sleep(options.settleMs);
    // Resource timing keeps up to 250 entries; the bench measures the app, not that buffer.
    performance.clearResourceTimings();
  }
  return options.count;
}

export interface LookupReplayOptions {
  lookups: { url: string; body: string }[];
  concurrency: number;
}

/**
 * Sends `lookups` again from the page with plain fetch(), `concurrency` at once, in their order
 * (each sender takes the next lookup as soon as its own answer is read whole, then drops it):
 * what the network and the server cost an export, with none of its own work. Headers as the app
 * sends them; wall time from the first request to the last body.
 */
export async function replayLookups(options: LookupReplayOptions): Promise<number> {
  const session = window.sessionStorage.getItem('egain.session');
  if (!session) throw new Error('no session id in the page');
  let next = 0;
  const sender = async (): Promise<void> => {
    while (next < options.lookups.length) {
      const lookup = options.lookups[next++];
      if (lookup === undefined) break;
      const response = await fetch(lookup.url, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Accept-Language': 'en-US',
          'Content-Type': 'application/json',
          'X-egain-session': session,
        },
        body: lookup.body,
        credentials: 'omit',
        cache: 'no-store',
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`the replayed lookup answered ${response.status}`);
    }
  };
  const senders = Math.min(options.concurrency, options.lookups.length);
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: senders }, sender));
  return performance.now() - startedAt;
}

/** Empties resource timing and makes room for `entries` (an export sends over a hundred lookups). */
export function clearResourceTimings(entries: number): void {
  performance.setResourceTimingBufferSize(entries);
  performance.clearResourceTimings();
}

/** Requests since clearResourceTimings whose URL holds every one of `parts`. */
export function countRequests(parts: string[]): number {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => parts.every((part) => entry.name.includes(part))).length;
}
