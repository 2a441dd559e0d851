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

/** Resolves once the current frame has been painted. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    whenPainted(resolve);
  });
}
