// Runs background tasks (the views' counts) a few at a time, and only while nothing more important
// is loading: a task waits while `isBlocked()` holds and starts when `subscribe` says things changed.
export interface LowPriorityQueueOptions {
  concurrency: number;
  isBlocked: () => boolean;
  /** Calls the listener whenever `isBlocked()` may have changed; returns an unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}

export interface LowPriorityQueue {
  /** Resolves with the task's result; rejects with the signal's reason if aborted while waiting. */
  run: <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;
  /** Tasks running and waiting (for tests and measurements). */
  size: () => { running: number; waiting: number };
}

export function createLowPriorityQueue(options: LowPriorityQueueOptions): LowPriorityQueue {
  const waiting: { start: () => void }[] = [];
  let running = 0;
  let unsubscribe: (() => void) | null = null;
  let scheduled = false;

  const pump = (): void => {
    scheduled = false;
    if (options.isBlocked()) {
      unsubscribe ??= options.subscribe(schedule);
      return;
    }
    while (running < options.concurrency && waiting.length > 0) waiting.shift()?.start();
    if (waiting.length === 0 && unsubscribe) {
      unsubscribe();
      unsubscribe = null;
    }
  };
  // Deferred to a later task, so that a query started in the same render (the user's own search)
  // is already counted by `isBlocked()`.
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setTimeout(pump, 0);
  }

  return {
    run: <T>(task: () => Promise<T>, signal?: AbortSignal) =>
      new Promise<T>((resolve, reject) => {
        const abortError = (): Error =>
          signal?.reason instanceof Error
            ? signal.reason
            : new DOMException('The task was cancelled.', 'AbortError');
        if (signal?.aborted) {
          reject(abortError());
          return;
        }
        const item = {
          start: () => {
            signal?.removeEventListener('abort', onAbort);
            running += 1;
            task()
              .then(resolve, reject)
              .finally(() => {
                running -= 1;
                schedule();
              });
          },
        };
        function onAbort(): void {
          const index = waiting.indexOf(item);
          if (index >= 0) waiting.splice(index, 1);
          reject(abortError());
        }
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(item);
        schedule();
      }),
    size: () => ({ running, waiting: waiting.length }),
  };
}
