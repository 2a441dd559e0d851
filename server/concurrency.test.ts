import { describe, expect, it } from 'vitest';
import { SlotUnavailableError, createConcurrencyLimiter } from './concurrency.ts';

const limits = { perClient: 2, total: 3, queueTimeoutMs: 60_000, queuePerClient: 2 };

describe('createConcurrencyLimiter', () => {
  it('lets a client have its share, queues the next ones and refuses beyond the queue', async () => {
    const limiter = createConcurrencyLimiter(limits);
    const a1 = await limiter.acquire('a');
    await limiter.acquire('a');
    const queued1 = limiter.acquire('a');
    const queued2 = limiter.acquire('a');
    await expect(limiter.acquire('a')).rejects.toMatchObject({ reason: 'queue-full' });
    // Another client is not held up by a's queue.
    const b1 = await limiter.acquire('b');
    expect(limiter.inFlight()).toBe(3);
    a1();
    a1(); // releasing twice frees one slot only
    const next = await queued1;
    expect(limiter.inFlight()).toBe(3);
    b1();
    next();
    await queued2;
    expect(limiter.inFlight()).toBe(2);
  });

  it('a client at its own limit does not block others waiting for the total', async () => {
    const limiter = createConcurrencyLimiter({ ...limits, total: 2 });
    const a1 = await limiter.acquire('a');
    const b1 = await limiter.acquire('b');
    const a2 = limiter.acquire('a');
    const c1 = limiter.acquire('c');
    b1();
    // a's turn came first and a is under its own limit.
    (await a2)();
    a1();
    await expect(c1).resolves.toBeTypeOf('function');
  });

  it('gives up after the queue deadline', async () => {
    const limiter = createConcurrencyLimiter({ ...limits, perClient: 1, queueTimeoutMs: 20 });
    await limiter.acquire('a');
    const waiting = limiter.acquire('a');
    await expect(waiting).rejects.toBeInstanceOf(SlotUnavailableError);
    await expect(waiting).rejects.toMatchObject({ reason: 'queue-timeout' });
  });

  it('drops a waiter whose request was aborted', async () => {
    const limiter = createConcurrencyLimiter({ ...limits, perClient: 1 });
    const first = await limiter.acquire('a');
    const controller = new AbortController();
    const waiting = limiter.acquire('a', controller.signal);
    controller.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    first();
    expect(limiter.inFlight()).toBe(0);
  });
});
