import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleProgress } from './progress-throttle';

describe('throttleProgress', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the first report at once, then the latest at most once per interval', () => {
    const shown: number[] = [];
    const progress = throttleProgress(
      (value: number) => shown.push(value),
      200,
      () => Date.now(),
    );
    progress.report(75);
    expect(shown).toEqual([75]);
    progress.report(150);
    progress.report(225);
    expect(shown).toEqual([75]);
    vi.advanceTimersByTime(199);
    expect(shown).toEqual([75]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([75, 225]);
    vi.advanceTimersByTime(1000);
    progress.report(300);
    expect(shown).toEqual([75, 225, 300]);
  });

  it('drops a waiting report when cancelled', () => {
    const shown: number[] = [];
    const progress = throttleProgress(
      (value: number) => shown.push(value),
      200,
      () => Date.now(),
    );
    progress.report(1);
    progress.report(2);
    progress.cancel();
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([1]);
  });
});
