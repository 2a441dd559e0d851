import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLowPriorityQueue } from './low-priority-queue';

function deferred() {
  let resolve: (value: string) => void = () => {};
  const promise = new Promise<string>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('low-priority queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(blocked = false) {
    const state = { blocked };
    const listeners = new Set<() => void>();
    const queue = createLowPriorityQueue({
      concurrency: 2,
      isBlocked: () => state.blocked,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    const unblock = () => {
      state.blocked = false;
      for (const listener of listeners) listener();
    };
    return { queue, unblock, listeners };
  }

  it('runs at most two tasks at once, in order', async () => {
    const { queue } = setup();
    const tasks = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const results = tasks.map((task, i) =>
      queue.run(() => {
        started.push(i);
        return task.promise;
      }),
    );
    await vi.runAllTimersAsync();
    expect(started).toEqual([0, 1]);
    tasks[0]?.resolve('a');
    await vi.runAllTimersAsync();
    expect(started).toEqual([0, 1, 2]);
    tasks[1]?.resolve('b');
    tasks[2]?.resolve('c');
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c']);
  });

  it('waits while blocked (the user’s own search is loading)', async () => {
    const { queue, unblock, listeners } = setup(true);
    const task = vi.fn(() => Promise.resolve('done'));
    const result = queue.run(task);
    await vi.runAllTimersAsync();
    expect(task).not.toHaveBeenCalled();
    unblock();
    await vi.runAllTimersAsync();
    await expect(result).resolves.toBe('done');
    expect(listeners.size).toBe(0);
  });

  it('drops a waiting task whose signal aborts, without running it', async () => {
    const { queue, unblock } = setup(true);
    const controller = new AbortController();
    const task = vi.fn(() => Promise.resolve('never'));
    const result = queue.run(task, controller.signal);
    controller.abort();
    await expect(result).rejects.toThrow();
    unblock();
    await vi.runAllTimersAsync();
    expect(task).not.toHaveBeenCalled();
    expect(queue.size()).toEqual({ running: 0, waiting: 0 });
  });
});
