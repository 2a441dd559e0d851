import { describe, expect, it } from 'vitest';
import { createSignInLimiter, normalizeUserName } from './sign-in-limit.ts';

describe('createSignInLimiter', () => {
  it('allows the limit of failures in the window, then says how long to wait', () => {
    let now = 1_000_000;
    const limiter = createSignInLimiter(
      { perUser: 3, perAddress: 100, windowMs: 60_000 },
      () => now,
    );
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterMs('10.0.0.1', 'qa1')).toBe(0);
      limiter.recordFailure('10.0.0.1', 'qa1');
      now += 1000;
    }
    // The oldest failure (at 1,000,000) leaves the window at 1,060,000.
    expect(limiter.retryAfterMs('10.0.0.1', 'qa1')).toBe(1_060_000 - now);
    expect(limiter.retryAfterMs('10.0.0.2', 'qa1')).toBeGreaterThan(0);
    expect(limiter.retryAfterMs('10.0.0.1', 'qa2')).toBe(0);
    now = 1_060_001;
    expect(limiter.retryAfterMs('10.0.0.1', 'qa1')).toBe(0);
  });

  it('counts failures per address whatever the user name, and without one', () => {
    const now = 0;
    const limiter = createSignInLimiter({ perUser: 100, perAddress: 2, windowMs: 1000 }, () => now);
    limiter.recordFailure('10.0.0.1', 'a');
    limiter.recordFailure('10.0.0.1', undefined);
    expect(limiter.retryAfterMs('10.0.0.1', 'b')).toBe(1000);
    expect(limiter.retryAfterMs('10.0.0.9', 'b')).toBe(0);
  });

  it('forgets the oldest keys first when flooded with made-up names', () => {
    const limiter = createSignInLimiter(
      { perUser: 1, perAddress: 1000, windowMs: 60_000 },
      Date.now,
      100,
    );
    limiter.recordFailure('10.0.0.1', 'first');
    for (let i = 0; i < 100; i++) limiter.recordFailure('10.0.0.1', `user${i}`);
    expect(limiter.retryAfterMs('10.0.0.2', 'first')).toBe(0);
    expect(limiter.retryAfterMs('10.0.0.2', 'user99')).toBeGreaterThan(0);
  });
});

describe('normalizeUserName', () => {
  it('trims and lower-cases; empty is no name', () => {
    expect(normalizeUserName('  QA1 ')).toBe('qa1');
    expect(normalizeUserName('   ')).toBeUndefined();
  });
});
