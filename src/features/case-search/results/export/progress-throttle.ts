// The export reports progress after every page (dozens a second); the bar and its count are for a
// person, and each repaint cost a layout of the whole results page while the export ran. This
// passes on the first report at once and then at most one every `intervalMs`, always the latest.

export interface ProgressThrottle<T> {
  report: (value: T) => void;
  /** Drops a report still waiting (the export ended or was cancelled). */
  cancel: () => void;
}

export function throttleProgress<T>(
  show: (value: T) => void,
  intervalMs: number,
  now: () => number = () => performance.now(),
): ProgressThrottle<T> {
  let shownAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: T;

  const flush = (): void => {
    timer = undefined;
    shownAt = now();
    show(latest);
  };

  return {
    report: (value) => {
      latest = value;
      if (timer !== undefined) return;
      const wait = shownAt + intervalMs - now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    cancel: () => {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
