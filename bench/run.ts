// `npm run bench`: builds the production bundle, starts the real server with the simulator, measures
// the figures of docs/performance.md, prints one table and writes bench/results/latest.json.
// Targets are reported (PASS/MISS), never asserted: the exit code is 0 whenever the bench ran.
//
// Environment (for working on the bench itself; the published figures use the defaults):
//   BENCH_DIST=<dir>  build into and serve from <dir> instead of dist/
//   BENCH_QUICK=1     few runs of everything (about a minute): checks the harness, not the figures
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildBundle } from '../server/bundle.ts';
import { measureBundle, type BundleSizes } from './bundle-size.ts';
import { startChild } from './child.ts';
import { LIGHTHOUSE_RUNS, measureLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { buildBenchPages } from './pages-build.ts';
import { exportFigures, exportRatios, measureExport } from './export.ts';
import { measureSimulatorLoad, type LoadFigures } from './simulator-load.ts';
import { summarize, type Summary } from './stats.ts';
import {
  measureUi,
  type ReferenceFigures,
  type Section,
  type UiOptions,
  type UiResults,
} from './ui.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results', 'latest.json');
const QUICK = process.env.BENCH_QUICK === '1';
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? 'dist');
const APP_CASES = 5000;
const LOAD_SIZES = [5000, 100_000];

const TARGETS = {
  firstScreenJsGzipKb: 100,
  /** Bytes received for the first-screen JS at most this much above its gzip size. */
  transferOverGzipPercent: 2,
  /** Search, 75 rows, click → painted: at most this many times the plain-DOM baseline. */
  search75OverBaseline: 2,
  /** Next page, prefetched: at most the baseline plus one frame. */
  prefetchedOverBaselineMs: 16.7,
  interactionP90Ms: 50,
  heapGrowthPercent: 5,
  lighthousePerformance: 0.95,
  lighthouseFcpMs: 1800,
  lighthouseAccessibility: 1,
  lighthouseBestPractices: 1,
  simulatorP50Ms: 2,
  /**
   * Export of 10,000 cases: at most this many times its raw round trips at the same concurrency,
   * sent from the same page with plain fetch() (bench/export.ts).
   */
  exportOverRawSameConcurrency: 1.3,
} as const;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// Figures and the table

interface Figure {
  group: string;
  name: string;
  unit: string;
  /** Samples, or a single exact value (bundle sizes). */
  summary: Summary | undefined;
  /** Shown instead of the median when the figure is not a number series (e.g. `62.1 / 54.0`). */
  text?: string;
  target?: { text: string; pass: boolean };
  /** Why there is no figure. */
  missing?: string;
  /** The target of a missing figure. */
  missingTarget?: string;
  digits: number;
}

function seriesFigure(
  group: string,
  name: string,
  unit: string,
  samples: readonly number[],
  digits: number,
  target?: { text: string; test: (median: number, summary: Summary) => boolean },
): Figure {
  const summary = summarize(samples);
  return {
    group,
    name,
    unit,
    summary,
    digits,
    ...(target
      ? { target: { text: target.text, pass: target.test(summary.median, summary) } }
      : {}),
  };
}

const missingFigure = (group: string, name: string, reason: string, target?: string): Figure => ({
  group,
  name,
  unit: '',
  summary: undefined,
  missing: reason,
  ...(target !== undefined ? { missingTarget: target } : {}),
  digits: 0,
});

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

function bundleFigures(bundle: Section<BundleSizes>): Figure[] {
  const group = 'Bundle (bytes of the built files, compressed here; exact)';
  if (!bundle.ok) {
    return [
      missingFigure(
        group,
        'Bundle sizes',
        bundle.reason,
        `first-screen JS ≤ ${TARGETS.firstScreenJsGzipKb} kB gzip`,
      ),
    ];
  }
  const { totals, lazy, firstScreenSource } = bundle.value;
  const exact = (
    name: string,
    size: { raw: number; gzip: number; brotli: number },
    target?: Figure['target'],
  ): Figure => ({
    group,
    name,
    unit: 'kB raw / gzip / brotli',
    summary: undefined,
    text: `${kb(size.raw)} / ${kb(size.gzip)} / ${kb(size.brotli)}`,
    digits: 1,
    ...(target ? { target } : {}),
  });
  const source =
    firstScreenSource === 'chromium'
      ? 'loaded before sign-in is interactive'
      : 'named by index.html';
  return [
    exact(`First screen JS (${source})`, totals.firstScreenJs, {
      text: `≤ ${TARGETS.firstScreenJsGzipKb} kB gzip`,
      pass: totals.firstScreenJs.gzip <= TARGETS.firstScreenJsGzipKb * 1000,
    }),
    exact('First screen CSS', totals.firstScreenCss),
    ...bundle.value.firstScreen.map((file) =>
      exact(`  first screen ${file.file.replace(/^assets\//, '')}`, file),
    ),
    exact('Lazy chunks, all JS', totals.lazyJs),
    exact('Lazy chunks, all CSS', totals.lazyCss),
    ...lazy.map((file) => exact(`  lazy ${file.file.replace(/^assets\//, '')}`, file)),
  ];
}

function uiFigures(ui: Section<UiResults>): Figure[] {
  const group = 'UI (headless Chromium, measured in the page)';
  if (!ui.ok) return [missingFigure(group, 'UI figures', ui.reason)];
  const heapTarget = `≤ ${TARGETS.heapGrowthPercent} %`;
  const { cold, search, paging, memory } = ui.value;
  const figures: Figure[] = [];
  if (cold.ok) {
    figures.push(
      seriesFigure(group, 'Cold load → sign-in form interactive', 'ms', cold.value.signInReady, 1),
      seriesFigure(
        group,
        'Cold load → first results (sign in, search, rows)',
        'ms',
        cold.value.firstResults,
        1,
      ),
      seriesFigure(group, '  of which Sign in click → search form', 'ms', cold.value.signIn, 1),
      seriesFigure(group, '    login request (in the page)', 'ms', cold.value.signInRequest, 1),
      seriesFigure(
        group,
        '    login answer → search form painted',
        'ms',
        cold.value.signInAfterResponse,
        1,
      ),
      seriesFigure(group, '  of which first Search click → rows', 'ms', cold.value.firstSearch, 1),
    );
  } else figures.push(missingFigure(group, 'Cold load', cold.reason));

  for (const [index, rows] of [25, 75].entries()) {
    const result = search[index];
    if (!result?.ok) {
      figures.push(missingFigure(group, `Search, ${rows} rows`, result?.reason ?? 'not run'));
      continue;
    }
    const s = result.value;
    figures.push(
      seriesFigure(group, `Search ${rows} rows: click → rows painted`, 'ms', s.ui, 1),
      seriesFigure(group, '  1. click → lookup fetch() called', 'ms', s.beforeRequest, 1),
      seriesFigure(group, '  2. fetch() → last byte (in the page)', 'ms', s.request, 1),
      seriesFigure(group, '  3. last byte → rows in the DOM', 'ms', s.afterResponse, 1),
      seriesFigure(group, '  4. rows in the DOM → painted', 'ms', s.paint, 1),
      seriesFigure(group, `Search ${rows} rows: raw HTTP round trip (Node)`, 'ms', s.raw, 1),
      seriesFigure(group, `Search ${rows} rows: UI overhead (UI − raw)`, 'ms', s.overhead, 1),
      seriesFigure(group, `Search ${rows} rows: UI / raw`, '×', s.ratio, 2),
    );
  }

  if (paging.ok) {
    figures.push(
      seriesFigure(
        group,
        'Next page, prefetched: click → rows painted',
        'ms',
        paging.value.prefetched,
        1,
      ),
      seriesFigure(
        group,
        'Last page, not prefetched: click → rows painted',
        'ms',
        paging.value.notPrefetched,
        1,
      ),
      seriesFigure(
        group,
        '  its raw HTTP round trip (Node)',
        'ms',
        paging.value.notPrefetchedRaw,
        1,
      ),
    );
  } else figures.push(missingFigure(group, 'Paging', paging.reason));
  if (ui.value.pane.ok) {
    figures.push(seriesFigure(group, 'Customer link → pane painted', 'ms', ui.value.pane.value, 1));
  } else figures.push(missingFigure(group, 'Customer pane', ui.value.pane.reason));

  if (memory.ok) {
    const { checkpoints, heap, growthPercent } = memory.value;
    const mb = (values: readonly number[]): number[] => values.map((v) => v / 1e6);
    for (const [i, searches] of checkpoints.entries()) {
      figures.push(
        seriesFigure(
          group,
          `JS heap after ${searches} searches (after GC)`,
          'MB',
          mb(heap[i] ?? []),
          2,
        ),
      );
    }
    const first = checkpoints[0] ?? 0;
    const last = checkpoints[checkpoints.length - 1] ?? 0;
    // The issue's alternative to the 5 % target: the snapshot diff shows what grows. V8's compiled
    // code (optimised functions, inline caches) grows with use and is not the app's data; what
    // grew besides it must stay within the same 5 % of the heap at the first checkpoint.
    const codeBytes = memory.value.growthByConstructor
      .filter((entry) => entry.name === '(code)' || entry.name === '(compiled code)')
      .reduce((sum, entry) => sum + entry.bytes, 0);
    const heapAt = (i: number): number => summarize(heap[i] ?? []).median;
    const heapStart = heapAt(0);
    const otherGrowthPercent =
      ((heapAt(checkpoints.length - 1) - heapStart - codeBytes) / heapStart) * 100;
    const snapshotExplains =
      memory.value.growthByConstructor.length > 0 &&
      otherGrowthPercent <= TARGETS.heapGrowthPercent;
    figures.push(
      seriesFigure(group, `Heap growth ${first} → ${last} searches`, '%', growthPercent, 1, {
        text: `${heapTarget}, or only compiled code grows`,
        test: (m) => m <= TARGETS.heapGrowthPercent || snapshotExplains,
      }),
    );
    if (memory.value.growthByConstructor.length > 0)
      figures.push(
        textFigure(
          group,
          '  growth besides compiled code (heap snapshot diff)',
          `${otherGrowthPercent.toFixed(1)} %`,
          {
            text: heapTarget,
            pass: otherGrowthPercent <= TARGETS.heapGrowthPercent,
          },
        ),
      );
    // What grew, by constructor (heap snapshots of the last repetition): the issue's alternative to
    // the 5 % target when the growth is not the app's objects.
    const kb = (bytes: number): string => `${bytes >= 0 ? '+' : ''}${(bytes / 1000).toFixed(0)} kB`;
    for (const entry of memory.value.growthByConstructor) {
      figures.push(
        textFigure(
          group,
          `  heap snapshot ${first} → ${last}: ${entry.name}`,
          `${kb(entry.bytes)} (${entry.count >= 0 ? '+' : ''}${entry.count})`,
        ),
      );
    }
  } else figures.push(missingFigure(group, 'Memory', memory.reason, `growth ${heapTarget}`));
  return figures;
}

const textFigure = (
  group: string,
  name: string,
  text: string,
  target?: Figure['target'],
): Figure => ({
  group,
  name,
  unit: '',
  summary: undefined,
  text,
  digits: 0,
  ...(target ? { target } : {}),
});

function transferFigures(ui: Section<UiResults>, bundle: Section<BundleSizes>): Figure[] {
  const group = 'Delivery (what the browser received for the first screen, resource timing)';
  const transfer = ui.ok ? ui.value.firstScreenTransfer : ui;
  const target = `≤ gzip size + ${TARGETS.transferOverGzipPercent} %`;
  if (!transfer.ok) return [missingFigure(group, 'First-screen transfer', transfer.reason, target)];
  const { files, encodings } = transfer.value;
  const js = files.filter((f) => f.path.endsWith('.js'));
  const css = files.filter((f) => f.path.endsWith('.css'));
  const sum = (list: typeof files, key: 'encoded' | 'decoded' | 'transfer'): number =>
    list.reduce((total, f) => total + f[key], 0);
  const used = [...new Set(files.map((f) => encodings[f.path] || 'identity'))].join(', ');
  const gzip = bundle.ok ? bundle.value.totals.firstScreenJs.gzip : undefined;
  const jsEncoded = sum(js, 'encoded');
  return [
    textFigure(
      group,
      'First-screen JS received (body bytes, as sent)',
      `${kb(jsEncoded)} kB of ${kb(sum(js, 'decoded'))} kB`,
      gzip !== undefined
        ? {
            text: `${target} (${kb(gzip)} kB)`,
            pass: jsEncoded <= gzip * (1 + TARGETS.transferOverGzipPercent / 100),
          }
        : undefined,
    ),
    textFigure(
      group,
      'First-screen CSS received (body bytes, as sent)',
      `${kb(sum(css, 'encoded'))} kB of ${kb(sum(css, 'decoded'))} kB`,
    ),
    textFigure(group, 'First screen JS + CSS with headers', `${kb(sum(files, 'transfer'))} kB`),
    textFigure(group, 'Content-Encoding of those responses', used),
  ];
}

/** The ratios of the product to the plain-DOM baseline (and of the React reference to it). */
interface Ratios {
  search25: number | null;
  search75: number | null;
  nextPagePrefetched: number | null;
  nextPagePrefetchedOverBaselineMs: number | null;
  lastPageNotPrefetched: number | null;
  customerPane: number | null;
  reference: {
    search25: number | null;
    search75: number | null;
    nextPagePrefetched: number | null;
    lastPageNotPrefetched: number | null;
    customerPane: number | null;
  };
}

type Medians = Record<keyof Ratios['reference'], number | undefined>;

function mediansOf(
  search: readonly Section<{ ui: number[] }>[],
  paging: Section<{ prefetched: number[]; notPrefetched: number[] }>,
  pane: Section<number[]>,
): Medians {
  const of = (section: Section<number[]> | undefined): number | undefined =>
    section?.ok ? +summarize(section.value).median.toFixed(2) : undefined;
  const searchUi = (i: number): Section<number[]> | undefined => {
    const found = search[i];
    return found?.ok ? { ok: true, value: found.value.ui } : undefined;
  };
  return {
    search25: of(searchUi(0)),
    search75: of(searchUi(1)),
    nextPagePrefetched: of(paging.ok ? { ok: true, value: paging.value.prefetched } : undefined),
    lastPageNotPrefetched: of(
      paging.ok ? { ok: true, value: paging.value.notPrefetched } : undefined,
    ),
    customerPane: of(pane),
  };
}

const ratio = (a: number | undefined, b: number | undefined): number | null =>
  a !== undefined && b !== undefined && b > 0 ? +(a / b).toFixed(3) : null;

function computeRatios(ui: UiResults): { ratios: Ratios; medians: Record<string, Medians> } {
  const empty: Section<ReferenceFigures> = { ok: false, reason: '' };
  const pageMedians = (page: Section<ReferenceFigures>): Medians =>
    page.ok
      ? mediansOf(page.value.search, page.value.paging, page.value.pane)
      : mediansOf([], empty, empty);
  const product = mediansOf(ui.search, ui.paging, ui.pane);
  const baseline = pageMedians(ui.baseline);
  const reference = pageMedians(ui.reference);
  const over = (of: Medians): Ratios['reference'] => ({
    search25: ratio(of.search25, baseline.search25),
    search75: ratio(of.search75, baseline.search75),
    nextPagePrefetched: ratio(of.nextPagePrefetched, baseline.nextPagePrefetched),
    lastPageNotPrefetched: ratio(of.lastPageNotPrefetched, baseline.lastPageNotPrefetched),
    customerPane: ratio(of.customerPane, baseline.customerPane),
  });
  const difference =
    product.nextPagePrefetched !== undefined && baseline.nextPagePrefetched !== undefined
      ? +(product.nextPagePrefetched - baseline.nextPagePrefetched).toFixed(2)
      : null;
  return {
    ratios: {
      ...over(product),
      nextPagePrefetchedOverBaselineMs: difference,
      reference: over(reference),
    },
    medians: { product, baseline, reference },
  };
}

const COMPARED: { key: keyof Medians; name: string }[] = [
  { key: 'search25', name: 'Search 25 rows: click → painted' },
  { key: 'search75', name: 'Search 75 rows: click → painted' },
  { key: 'nextPagePrefetched', name: 'Next page, prefetched: click → painted' },
  { key: 'lastPageNotPrefetched', name: 'Last page, not prefetched: click → painted' },
  { key: 'customerPane', name: 'Customer link → pane painted' },
];

function comparisonFigures(ui: Section<UiResults>): Figure[] {
  const group =
    'Against the limit (bench/pages sampled in turn with the product; ratios of medians to the baseline)';
  if (!ui.ok) return [missingFigure(group, 'Comparison', ui.reason)];
  const figures: Figure[] = [];
  const { baseline, reference } = ui.value;
  for (const [name, page] of [
    ['Baseline page (plain DOM)', baseline],
    ['Reference page (React, React Query, TanStack Table)', reference],
  ] as const) {
    if (!page.ok) figures.push(missingFigure(group, name, page.reason));
  }
  const samples = (page: Section<ReferenceFigures>, key: keyof Medians): number[] | undefined => {
    if (!page.ok) return undefined;
    const { search, paging, pane } = page.value;
    const searchAt = (i: number): number[] | undefined => {
      const found = search[i];
      return found?.ok ? found.value.ui : undefined;
    };
    if (key === 'search25') return searchAt(0);
    if (key === 'search75') return searchAt(1);
    if (key === 'customerPane') return pane.ok ? pane.value : undefined;
    if (!paging.ok) return undefined;
    return key === 'nextPagePrefetched' ? paging.value.prefetched : paging.value.notPrefetched;
  };
  const { ratios, medians } = computeRatios(ui.value);
  const times = (value: number | null): string => (value === null ? 'n/a' : `${value.toFixed(2)}×`);
  for (const { key, name } of COMPARED) {
    for (const [label, page] of [
      ['baseline', baseline],
      ['reference', reference],
    ] as const) {
      const values = samples(page, key);
      if (values !== undefined)
        figures.push(seriesFigure(group, `${name}, ${label} page`, 'ms', values, 1));
    }
    const product = medians.product?.[key];
    const base = medians.baseline?.[key];
    let target: Figure['target'];
    if (key === 'search75' && ratios.search75 !== null) {
      target = {
        text: `≤ ${TARGETS.search75OverBaseline.toFixed(1)}× baseline`,
        pass: ratios.search75 <= TARGETS.search75OverBaseline,
      };
    }
    if (key === 'nextPagePrefetched' && product !== undefined && base !== undefined) {
      target = {
        text: `≤ baseline + ${TARGETS.prefetchedOverBaselineMs} ms`,
        pass: product <= base + TARGETS.prefetchedOverBaselineMs,
      };
    }
    figures.push(
      textFigure(
        group,
        `${name}: product / baseline (reference / baseline)`,
        `${times(ratios[key])} (${times(ratios.reference[key])})`,
        target,
      ),
    );
  }
  return figures;
}

function interactionFigures(ui: Section<UiResults>): Figure[] {
  const group = 'Interaction latency (Event Timing: input → next paint; p90 is the target)';
  const target = `p90 < ${TARGETS.interactionP90Ms} ms`;
  const interactions = ui.ok ? ui.value.interactions : ui;
  if (!interactions.ok) return [missingFigure(group, 'Interactions', interactions.reason, target)];
  const test = {
    text: target,
    test: (_median: number, summary: Summary) => summary.p90 < TARGETS.interactionP90Ms,
  };
  const { typing, openPane, language, languageWords, nextRowKey, nextRowKeyWithPane, unreported } =
    interactions.value;
  const figures: Figure[] = [
    seriesFigure(group, 'Typing into Department, per key', 'ms', typing, 1, test),
    seriesFigure(group, 'Opening the customer pane (click)', 'ms', openPane, 1, test),
    language.ok
      ? seriesFigure(
          group,
          'Switching the language (arrow key on Language)',
          'ms',
          language.value,
          1,
          test,
        )
      : missingFigure(group, 'Switching the language', language.reason, target),
    ...(language.ok
      ? [
          seriesFigure(
            group,
            '  same key → every word in the new language painted (no target)',
            'ms',
            languageWords,
            1,
          ),
        ]
      : []),
    nextRowKey.ok
      ? seriesFigure(group, 'Pressing j (next row)', 'ms', nextRowKey.value, 1, test)
      : missingFigure(group, 'Pressing j', nextRowKey.reason, target),
    ...(nextRowKeyWithPane.ok
      ? [
          seriesFigure(
            group,
            '  j with the customer pane open, which follows the row (no target)',
            'ms',
            nextRowKeyWithPane.value,
            1,
          ),
        ]
      : []),
  ];
  figures.push(
    textFigure(
      group,
      'Interactions under 16 ms (not reported; counted as 16 ms above)',
      String(unreported),
    ),
  );
  return figures;
}

function lighthouseFigures(result: Section<LighthouseFigures>): Figure[] {
  const group = `Lighthouse, sign-in page (mobile preset, simulated throttling, median of ${LIGHTHOUSE_RUNS} runs)`;
  if (!result.ok) {
    return [
      missingFigure(
        group,
        'Lighthouse',
        result.reason,
        `performance ≥ ${TARGETS.lighthousePerformance}, FCP ≤ ${TARGETS.lighthouseFcpMs} ms`,
      ),
    ];
  }
  const r = result.value;
  const score = (name: string, value: number, min?: number): Figure =>
    textFigure(
      group,
      name,
      value.toFixed(2),
      min !== undefined ? { text: `≥ ${min}`, pass: value >= min } : undefined,
    );
  return [
    score('Performance', r.performance, TARGETS.lighthousePerformance),
    textFigure(group, 'First contentful paint', `${r.firstContentfulPaintMs.toFixed(0)} ms`, {
      text: `≤ ${TARGETS.lighthouseFcpMs} ms`,
      pass: r.firstContentfulPaintMs <= TARGETS.lighthouseFcpMs,
    }),
    textFigure(group, 'Largest contentful paint', `${r.largestContentfulPaintMs.toFixed(0)} ms`),
    textFigure(group, 'Total blocking time', `${r.totalBlockingTimeMs.toFixed(0)} ms`),
    score('Accessibility', r.accessibility, TARGETS.lighthouseAccessibility),
    score('Best practices', r.bestPractices, TARGETS.lighthouseBestPractices),
    score('SEO', r.seo),
    textFigure(
      group,
      'Every run: performance / FCP',
      r.runs
        .map((run) => `${run.performance.toFixed(2)} / ${run.firstContentfulPaintMs.toFixed(0)} ms`)
        .join(', ') + (r.retried > 0 ? ` (${r.retried} run again after a trace error)` : ''),
    ),
    textFigure(
      group,
      'Performance audits below 0.9',
      r.failedAudits.length > 3
        ? `${r.failedAudits.slice(0, 3).join(', ')} +${r.failedAudits.length - 3} more`
        : r.failedAudits.join(', ') || 'none',
    ),
  ];
}

function loadFigures(loads: Section<LoadFigures>[]): Figure[] {
  const figures: Figure[] = [];
  for (const [index, load] of loads.entries()) {
    const cases = LOAD_SIZES[index] ?? 0;
    const label = cases.toLocaleString('en-US');
    const group = 'Simulator under load (autocannon, 127.0.0.1; spread over repeated runs)';
    if (!load.ok) {
      const target = cases === 100_000 ? `p50 < ${TARGETS.simulatorP50Ms} ms` : undefined;
      figures.push(missingFigure(group, `Simulator, ${label} cases`, load.reason, target));
      continue;
    }
    const { runs, connections, durationSeconds } = load.value;
    const setting = `${label} cases, ${connections} conn × ${durationSeconds} s`;
    figures.push(
      seriesFigure(
        group,
        `${setting}: lookup p50`,
        'ms',
        runs.map((r) => r.p50),
        2,
        cases === 100_000
          ? { text: `< ${TARGETS.simulatorP50Ms} ms`, test: (m) => m < TARGETS.simulatorP50Ms }
          : undefined,
      ),
      seriesFigure(
        group,
        `${setting}: lookup p99`,
        'ms',
        runs.map((r) => r.p99),
        2,
      ),
      seriesFigure(
        group,
        `${setting}: lookups per second`,
        '/s',
        runs.map((r) => r.lookupsPerSecond),
        0,
      ),
      seriesFigure(
        group,
        `${setting}: failed requests`,
        '',
        runs.map((r) => r.failures),
        0,
      ),
    );
  }
  return figures;
}

function formatTable(figures: readonly Figure[]): string {
  const header = ['Figure', 'Median', 'Spread', 'n', 'Target', 'Result'];
  const rows: (string[] | string)[] = [];
  let group = '';
  for (const f of figures) {
    if (f.group !== group) {
      group = f.group;
      rows.push(`-- ${group}`);
    }
    if (f.missing !== undefined) {
      rows.push(
        `${f.name}: n/a (${f.missing})${f.missingTarget ? `; target ${f.missingTarget}` : ''}`,
      );
      continue;
    }
    const unit = f.unit ? ` ${f.unit}` : '';
    const s = f.summary;
    let median = f.text !== undefined ? `${f.text}${unit}` : '';
    let spread = 'exact';
    let n = '1';
    if (s !== undefined) {
      median = `${s.median.toFixed(f.digits)}${unit}`;
      const [low, high, label] = s.n >= 10 ? [s.p10, s.p90, 'p10–p90'] : [s.min, s.max, 'min–max'];
      spread = `${low.toFixed(f.digits)}–${high.toFixed(f.digits)} (${label})`;
      n = String(s.n);
    }
    rows.push([
      f.name,
      median,
      spread,
      n,
      f.target?.text ?? '',
      f.target ? (f.target.pass ? 'PASS' : 'MISS') : '',
    ]);
  }
  const cells = rows.filter((r): r is string[] => Array.isArray(r));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r
      .map((cell, i) =>
        i === 1 || i === 3 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map((r) => (typeof r === 'string' ? r : line(r)))].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The run

/** The commit the bench ran on, `+changes` when the work tree differs from it. */
function gitCommit(): string | null {
  try {
    const run = (args: string[]): string =>
      execFileSync('git', args, {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    const commit = run(['rev-parse', '--short', 'HEAD']).trim();
    const dirty = run(['status', '--porcelain', '--untracked-files=no']).trim() !== '';
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return null;
  }
}

function chromiumVersionFromBinary(): string | undefined {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')[0]
      ?.trim();
  } catch {
    return undefined;
  }
}

async function attempt<T>(name: string, run: () => Promise<T>): Promise<Section<T>> {
  const startedAt = performance.now();
  log(`${name}...`);
  try {
    const value = await run();
    log(`${name}: ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    return { ok: true, value };
  } catch (error) {
    const reason =
      (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'error';
    log(`${name}: n/a (${reason})`);
    return { ok: false, reason };
  }
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const machine = {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    freeMemoryGiB: +(freemem() / 2 ** 30).toFixed(1),
    loadAverageAtStart: loadavg().map((v) => +v.toFixed(2)),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  log(
    `Machine: ${machine.cpus} CPUs, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`,
  );
  if ((machine.loadAverageAtStart[0] ?? 0) > machine.cpus / 2) {
    log(
      'Note: the machine is busy (1-minute load average above half the CPUs); figures will be noisier.',
    );
  }

  const uiOptions: UiOptions = QUICK
    ? {
        baseUrl: '',
        runs: 5,
        warmups: 1,
        coldRuns: 3,
        memoryReps: 1,
        memoryCheckpoints: [10, 25, 40],
        log,
      }
    : {
        baseUrl: '',
        runs: 15,
        warmups: 2,
        coldRuns: 10,
        memoryReps: 2,
        memoryCheckpoints: [10, 100, 200],
        log,
      };
  const loadOptions = QUICK
    ? { connections: 10, durationSeconds: 2, runs: 1, warmupSeconds: 1 }
    : { connections: 10, durationSeconds: 5, runs: 3, warmupSeconds: 1 };

  log(`Building the bundle into ${DIST}...`);
  const buildMs = await buildBundle(ROOT, DIST);
  log(`Built in ${(buildMs / 1000).toFixed(1)} s.`);

  const pagesDir = await mkdtemp(join(tmpdir(), 'case-search-bench-pages-'));
  let lighthouse: Section<LighthouseFigures> = { ok: false, reason: 'the server did not start' };
  let ui: Section<UiResults>;
  try {
    await buildBenchPages(pagesDir);
    ui = await attempt('UI', async () => {
      const app = await startChild(
        ['app', DIST, String(APP_CASES), pagesDir],
        z.object({ url: z.url() }),
      );
      try {
        log(`  server at ${app.ready.url} (simulator with ${APP_CASES} cases)`);
        const measured = await measureUi({ ...uiOptions, baseUrl: app.ready.url });
        lighthouse = await attempt('Lighthouse', () =>
          measureLighthouse(app.ready.url, QUICK ? 1 : LIGHTHOUSE_RUNS),
        );
        return measured;
      } finally {
        await app.stop();
      }
    });
  } finally {
    await rm(pagesDir, { recursive: true, force: true });
  }

  const firstScreenFiles =
    ui.ok && ui.value.firstScreenFiles.ok ? ui.value.firstScreenFiles.value : undefined;
  const bundle = await attempt('Bundle sizes', () => measureBundle(DIST, firstScreenFiles));
  if (bundle.ok && firstScreenFiles !== undefined) {
    const fromHtml = bundle.value.indexHtmlFiles.join(', ');
    if (fromHtml !== [...firstScreenFiles].sort().join(', ')) {
      log(
        `  note: Chromium loaded ${firstScreenFiles.join(', ')} before sign-in; index.html names ${fromHtml}`,
      );
    }
  }

  const loads: Section<LoadFigures>[] = [];
  for (const cases of LOAD_SIZES) {
    loads.push(
      await attempt(`Simulator load, ${cases} cases`, () =>
        measureSimulatorLoad({ ...loadOptions, cases, log }),
      ),
    );
  }

  const exported = await attempt('Export CSV, 10,000 cases', () =>
    // Three exports, each followed by its replay from the page (decision 049): the replay's own
    // time varies by a quarter from one to the next, and the target is on the median ratio.
    measureExport({ distDir: DIST, runs: QUICK ? 1 : 3, log }),
  );

  const figures: Figure[] = [
    ...bundleFigures(bundle),
    ...transferFigures(ui, bundle),
    ...lighthouseFigures(lighthouse),
    ...uiFigures(ui),
    ...comparisonFigures(ui),
    ...interactionFigures(ui),
    ...loadFigures(loads),
    ...exportFigures(exported, TARGETS.exportOverRawSameConcurrency),
  ];
  const exportRatio = exported.ok
    ? +summarize(exportRatios(exported.value)).median.toFixed(3)
    : null;
  const comparison = ui.ok ? computeRatios(ui.value) : undefined;
  const totalSeconds = (performance.now() - startedAt) / 1000;
  const chromium = ui.ok ? ui.value.chromiumVersion : chromiumVersionFromBinary();

  process.stdout.write(
    `\nnpm run bench — ${new Date().toISOString()} — ${machine.cpus} CPUs, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${chromium ?? 'n/a'}${QUICK ? ' — QUICK MODE (not for publishing)' : ''}\n\n`,
  );
  process.stdout.write(`${formatTable(figures)}\n\n`);
  process.stdout.write(
    `Total ${totalSeconds.toFixed(0)} s (build ${(buildMs / 1000).toFixed(1)} s). Written to ${relative(ROOT, RESULTS)}\n`,
  );

  await mkdir(join(ROOT, 'bench', 'results'), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    quick: QUICK,
    machine: { ...machine, chromium: chromium ?? null },
    settings: {
      appCases: APP_CASES,
      ui: { ...uiOptions, baseUrl: undefined, log: undefined },
      load: loadOptions,
    },
    targets: TARGETS,
    durationSeconds: +totalSeconds.toFixed(1),
    /**
     * Product (and React reference) time over the plain-DOM baseline's, and the export's over its
     * lookups replayed from the page at the same concurrency; medians of this run.
     */
    ratios: { ...(comparison?.ratios ?? {}), exportOverRawSameConcurrency: exportRatio },
    medians: comparison?.medians ?? null,
    buildMs: +buildMs.toFixed(0),
    figures: figures.map((f) => ({
      group: f.group,
      name: f.name.trim(),
      unit: f.unit,
      ...(f.summary ? { summary: f.summary } : {}),
      ...(f.text !== undefined ? { value: f.text } : {}),
      ...(f.target ? { target: f.target.text, result: f.target.pass ? 'PASS' : 'MISS' } : {}),
      ...(f.missing !== undefined ? { missing: f.missing } : {}),
    })),
    raw: { bundle, ui, lighthouse, simulator: loads, export: exported },
  };
  // In the repository's own style, so `npm run format` leaves the committed file alone.
  const prettier = await import('prettier');
  const style = (await prettier.resolveConfig(RESULTS)) ?? {};
  const json = await prettier.format(JSON.stringify(report), { ...style, filepath: RESULTS });
  await writeFile(RESULTS, json);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
