// Work that must not hold up the frame the user is waiting for: it runs in the task after the
// browser has painted the current frame (a rAF callback runs before the paint, a task queued from
// it after). A hidden page paints nothing, so there it runs in the next task.

/** Calls `run` once the current frame has been painted; the returned function cancels it. */
export function whenPainted(run: () => void): () => void {
  let frame: number | undefined;
  let task: ReturnType<typeof setTimeout> | undefined;
  if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') {
    task = setTimeout(run, 0);
  } else {
    frame = requestAnimationFrame(() => {
      frame = undefined;
      task = setTimeout(run, 0);
    });
  }
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (task !== undefined) clearTimeout(task);
  };
}

/** How long work waiting for an idle moment waits at most once the frame is painted. */
export const IDLE_TIMEOUT_MS = 300;

/**
 * Calls `run` once the current frame has been painted and the page is idle (at most
 * `IDLE_TIMEOUT_MS` later): work nobody is waiting for, such as loading the next page, then runs
 * after the tasks already queued behind the frame (the page's own, a click or key pressed meanwhile)
 * instead of before them. Without `requestIdleCallback` (Safari) it runs right after the paint.
 */
export function whenIdleAfterPaint(run: () => void): () => void {
  let idle: number | undefined;
  const cancelPaint = whenPainted(() => {
    if (typeof requestIdleCallback !== 'function') {
      run();
      return;
    }
    idle = requestIdleCallback(
      () => {
        idle = undefined;
        run();
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  });
  return () => {
    cancelPaint();
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

/** Resolves once the current frame has been painted. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    whenPainted(resolve);
  });
}
