// `npm run bench`: builds the production bundle, starts the real server with the simulator, measures
// the figures of docs/performance.md, prints one table and writes bench/results/latest.json.
// Targets are reported (PASS/MISS), never asserted: the exit code is 0 whenever the bench ran.
//
// Environment (for working on the bench itself; the published figures use the defaults):
//   BENCH_DIST=<dir>  build into and serve from <dir> instead of dist/
//   BENCH_QUICK=1     few runs of everything (about a minute): checks the harness, not the figures
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildBundle } from '../server/bundle.ts';
import { measureBundle, type BundleSizes } from './bundle-size.ts';
import { startChild } from './child.ts';
import { exportFigures, measureExport } from './export.ts';
import { measureSimulatorLoad, type LoadFigures } from './simulator-load.ts';
import { summarize, type Summary } from './stats.ts';
import { measureUi, type Section, type UiOptions, type UiResults } from './ui.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results', 'latest.json');
const QUICK = process.env.BENCH_QUICK === '1';
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? 'dist');
const APP_CASES = 5000;
const LOAD_SIZES = [5000, 100_000];

const TARGETS = {
  firstScreenJsGzipKb: 120,
  uiOverhead75Ms: 50,
  prefetchedPagingMs: 50,
  heapGrowthPercent: 10,
  simulatorP50Ms: 2,
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
  target?: { text: string; test: (median: number) => boolean },
): Figure {
  const summary = summarize(samples);
  return {
    group,
    name,
    unit,
    summary,
    digits,
    ...(target ? { target: { text: target.text, pass: target.test(summary.median) } } : {}),
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
  const overheadTarget = `≤ ${TARGETS.uiOverhead75Ms} ms`;
  const pagingTarget = `≤ ${TARGETS.prefetchedPagingMs} ms`;
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
      const target = rows === 75 ? `UI overhead ${overheadTarget}` : undefined;
      figures.push(
        missingFigure(group, `Search, ${rows} rows`, result?.reason ?? 'not run', target),
      );
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
      seriesFigure(
        group,
        `Search ${rows} rows: UI overhead (UI − raw)`,
        'ms',
        s.overhead,
        1,
        rows === 75
          ? { text: overheadTarget, test: (m) => m <= TARGETS.uiOverhead75Ms }
          : undefined,
      ),
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
        {
          text: pagingTarget,
          test: (m) => m <= TARGETS.prefetchedPagingMs,
        },
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
  } else figures.push(missingFigure(group, 'Paging', paging.reason, `prefetched ${pagingTarget}`));

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
    figures.push(
      seriesFigure(group, `Heap growth ${first} → ${last} searches`, '%', growthPercent, 1, {
        text: heapTarget,
        test: (m) => m <= TARGETS.heapGrowthPercent,
      }),
    );
  } else figures.push(missingFigure(group, 'Memory', memory.reason, `growth ${heapTarget}`));
  return figures;
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
        runs: 20,
        warmups: 3,
        coldRuns: 15,
        memoryReps: 3,
        memoryCheckpoints: [10, 100, 200],
        log,
      };
  const loadOptions = QUICK
    ? { connections: 10, durationSeconds: 2, runs: 1, warmupSeconds: 1 }
    : { connections: 10, durationSeconds: 5, runs: 3, warmupSeconds: 1 };

  log(`Building the bundle into ${DIST}...`);
  const buildMs = await buildBundle(ROOT, DIST);
  log(`Built in ${(buildMs / 1000).toFixed(1)} s.`);

  const ui = await attempt('UI', async () => {
    const app = await startChild(['app', DIST, String(APP_CASES)], z.object({ url: z.url() }));
    try {
      log(`  server at ${app.ready.url} (simulator with ${APP_CASES} cases)`);
      return await measureUi({ ...uiOptions, baseUrl: app.ready.url });
    } finally {
      await app.stop();
    }
  });

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
    measureExport({ distDir: DIST, runs: QUICK ? 1 : 3, log }),
  );

  const figures: Figure[] = [
    ...bundleFigures(bundle),
    ...uiFigures(ui),
    ...loadFigures(loads),
    ...exportFigures(exported),
  ];
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
    quick: QUICK,
    machine: { ...machine, chromium: chromium ?? null },
    settings: {
      appCases: APP_CASES,
      ui: { ...uiOptions, baseUrl: undefined, log: undefined },
      load: loadOptions,
    },
    targets: TARGETS,
    durationSeconds: +totalSeconds.toFixed(1),
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
    raw: { bundle, ui, simulator: loads, export: exported },
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
