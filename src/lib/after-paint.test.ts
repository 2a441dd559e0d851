// When deferred work runs: after the frame is painted, and then at an idle moment where the
// browser has one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, whenIdleAfterPaint } from './after-paint';

// By id, so that cancelling removes exactly one.
let frames = new Map<number, FrameRequestCallback>();
let idles = new Map<number, { run: IdleRequestCallback; timeout: number | undefined }>();
let lastId = 0;

/** The browser paints a frame: rAF callbacks, then the tasks queued from them. */
function paint(): void {
  const due = [...frames.values()];
  frames.clear();
  for (const callback of due) callback(performance.now());
  vi.advanceTimersByTime(0);
}

function goIdle(): void {
  const due = [...idles.values()];
  idles.clear();
  for (const { run } of due) run({ didTimeout: false, timeRemaining: () => 10 });
}

beforeEach(() => {
  vi.useFakeTimers();
  frames = new Map();
  idles = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(++lastId, callback);
    return lastId;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback, options?: IdleRequestOptions) => {
    idles.set(++lastId, { run, timeout: options?.timeout });
    return lastId;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => idles.delete(id));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdleAfterPaint', () => {
  it('waits for the paint, then for an idle moment of at most the timeout', () => {
    const run = vi.fn();
    whenIdleAfterPaint(run);
    vi.advanceTimersByTime(0);
    expect(run).not.toHaveBeenCalled();
    paint();
    expect(run).not.toHaveBeenCalled();
    expect([...idles.values()].map((idle) => idle.timeout)).toEqual([IDLE_TIMEOUT_MS]);
    goIdle();
    expect(run).toHaveBeenCalledOnce();
  });

  it('runs right after the paint where the browser has no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const run = vi.fn();
    whenIdleAfterPaint(run);
    expect(run).not.toHaveBeenCalled();
    paint();
    expect(run).toHaveBeenCalledOnce();
  });

  it('never runs once cancelled, before or after the paint', () => {
    const beforePaint = vi.fn();
    whenIdleAfterPaint(beforePaint)();
    paint();
    goIdle();
    expect(beforePaint).not.toHaveBeenCalled();

    const afterPaint = vi.fn();
    const cancel = whenIdleAfterPaint(afterPaint);
    paint();
    cancel();
    goIdle();
    expect(afterPaint).not.toHaveBeenCalled();
  });
});
