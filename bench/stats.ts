// Order statistics for the bench: median and percentiles with linear interpolation between the
// closest ranks (the "type 7" definition of R and NumPy), so p50 of [1, 2, 3, 4] is 2.5.

export interface Summary {
  /** Number of samples. */
  n: number;
  median: number;
  p10: number;
  p90: number;
  p99: number;
  min: number;
  max: number;
}

/** The q-quantile (0 ≤ q ≤ 1) of the samples; NaN when there are none. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const position = Math.min(Math.max(q, 0), 1) * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}

export const median = (samples: readonly number[]): number => percentile(samples, 0.5);

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) {
    const nan = Number.NaN;
    return { n: 0, median: nan, p10: nan, p90: nan, p99: nan, min: nan, max: nan };
  }
  return {
    n: samples.length,
    median: median(samples),
    p10: percentile(samples, 0.1),
    p90: percentile(samples, 0.9),
    p99: percentile(samples, 0.99),
    min: samples.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY),
    max: samples.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY),
  };
}
