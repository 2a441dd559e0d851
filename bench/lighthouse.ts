// Lighthouse on the sign-in page: its default (mobile) preset, the machine's Chromium with the
// flags the tests use (e2e/chromium.ts), the four categories and first contentful paint. One run
// swings by a few hundred milliseconds on a busy machine, so it runs three times and reports
// the run with the median performance score.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
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
  /** Performance score and FCP of every run, the median run's among them. */
  runs: { performance: number; firstContentfulPaintMs: number }[];
}

export const LIGHTHOUSE_RUNS = 3;

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
    const reports = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (result === undefined) throw new Error('Lighthouse returned no result');
      if (result.lhr.runtimeError)
        throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
      reports.push(result.lhr);
    }
    const byScore = [...reports].sort(
      (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
    );
    const lhr = byScore[Math.floor(byScore.length / 2)];
    if (lhr === undefined) throw new Error('no Lighthouse run');
    const score = (id: string): number => {
      const value = lhr.categories[id]?.score;
      if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} score`);
      return value;
    };
    const ms = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
    const failedAudits = (lhr.categories.performance?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter(
        (audit) =>
          audit !== undefined &&
          typeof audit.score === 'number' &&
          audit.score < 0.9 &&
          audit.scoreDisplayMode !== 'informative',
      )
      .map((audit) => audit?.id ?? '');
    return {
      lighthouseVersion: lhr.lighthouseVersion,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      firstContentfulPaintMs: ms('first-contentful-paint'),
      largestContentfulPaintMs: ms('largest-contentful-paint'),
      totalBlockingTimeMs: ms('total-blocking-time'),
      failedAudits,
      runs: reports.map((report) => ({
        performance: report.categories.performance?.score ?? Number.NaN,
        firstContentfulPaintMs: report.audits['first-contentful-paint']?.numericValue ?? Number.NaN,
      })),
    };
  } finally {
    chrome.kill();
  }
}
