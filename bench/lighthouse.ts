// Lighthouse on the sign-in page: its default (mobile) preset, the machine's Chromium with the
// flags the tests use (e2e/chromium.ts), the four categories and first contentful paint. One run
// swings by a few hundred milliseconds on a busy machine, so it runs three times and reports the
// median of each figure.
import { launch } from 'chrome-launcher';
import lighthouse, { type RunnerResult } from 'lighthouse';
import { median } from './stats.ts';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';

export interface LighthouseFigures {
  lighthouseVersion: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  /** Audits of the performance category that did not pass, by id. */
  failedAudits: string[];
  /** Performance score and FCP of every run, in the order they ran. */
  runs: { performance: number; firstContentfulPaintMs: number }[];
  /** Runs run again after one of Lighthouse's own trace errors (TRACE_ERRORS). */
  retried: number;
}

export const LIGHTHOUSE_RUNS = 3;
/**
 * The errors Lighthouse reports as a bad trace recording ("Please run Lighthouse again"): on a busy
 * machine a trace sometimes lacks the navigation's start. Such a run is run again, at most
 * MAX_RETRIES times in all, and counted in `retried`; any other error (no paint at all, a crashed
 * page) ends the section.
 */
const TRACE_ERRORS = new Set([
  'NO_TRACING_STARTED',
  'NO_RESOURCE_REQUEST',
  'NO_NAVSTART',
  'NO_DCL',
]);
const MAX_RETRIES = 2;

type Report = RunnerResult['lhr'];

function score(report: Report, category: string): number {
  const value = report.categories[category]?.score;
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${category} score`);
  return value;
}

const ms = (report: Report, audit: string): number =>
  report.audits[audit]?.numericValue ?? Number.NaN;

/** Audits of the performance category that scored under 0.9, by id. */
function failedAudits(report: Report): string[] {
  return (report.categories.performance?.auditRefs ?? [])
    .map((ref) => report.audits[ref.id])
    .filter(
      (audit) =>
        audit !== undefined &&
        typeof audit.score === 'number' &&
        audit.score < 0.9 &&
        audit.scoreDisplayMode !== 'informative',
    )
    .map((audit) => audit?.id ?? '');
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function measureLighthouse(
  url: string,
  runs = LIGHTHOUSE_RUNS,
): Promise<LighthouseFigures> {
  const chrome = await launch({
    ...(chromiumLaunchOptions.executablePath !== undefined
      ? { chromePath: chromiumLaunchOptions.executablePath }
      : {}),
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
    logLevel: 'silent',
  });
  try {
    const reports: Report[] = [];
    let retried = 0;
    while (reports.length < runs) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (result === undefined) throw new Error('Lighthouse returned no result');
      const error = result.lhr.runtimeError;
      if (error && TRACE_ERRORS.has(error.code) && retried < MAX_RETRIES) {
        retried += 1;
        continue;
      }
      if (error) throw new Error(`Lighthouse: ${error.message}`);
      reports.push(result.lhr);
    }
    // Each figure is the median of its own values over the runs, as everywhere in the bench; the
    // failed audits are those of the run with the median first contentful paint.
    const fcpOf = (report: Report): number => ms(report, 'first-contentful-paint');
    const middle = [...reports].sort((a, b) => fcpOf(a) - fcpOf(b))[Math.floor(reports.length / 2)];
    if (middle === undefined) throw new Error('no Lighthouse run');
    const medianOf = (value: (report: Report) => number): number => median(reports.map(value));
    return {
      lighthouseVersion: middle.lighthouseVersion,
      performance: medianOf((report) => score(report, 'performance')),
      accessibility: medianOf((report) => score(report, 'accessibility')),
      bestPractices: medianOf((report) => score(report, 'best-practices')),
      seo: medianOf((report) => score(report, 'seo')),
      firstContentfulPaintMs: medianOf(fcpOf),
      largestContentfulPaintMs: medianOf((report) => ms(report, 'largest-contentful-paint')),
      totalBlockingTimeMs: medianOf((report) => ms(report, 'total-blocking-time')),
      failedAudits: failedAudits(middle),
      runs: reports.map((report) => ({
        performance: score(report, 'performance'),
        firstContentfulPaintMs: fcpOf(report),
      })),
      retried,
    };
  } finally {
    chrome.kill();
  }
}
