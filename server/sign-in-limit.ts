// Failed sign-ins per user name and per client address in a sliding window (decision 021). Only
// failures count: a correct password is never slowed down, however often it is used.

export interface SignInLimits {
  /** Failed sign-ins one user name may have in the window before it is refused. */
  perUser: number;
  /** Failed sign-ins one client address may have in the window, whatever the user names. */
  perAddress: number;
  windowMs: number;
}

export interface SignInLimiter {
  /** Milliseconds until the next attempt is allowed; 0 when it is allowed now. */
  retryAfterMs: (address: string, userName: string | undefined) => number;
  recordFailure: (address: string, userName: string | undefined) => void;
}

/** Keys kept at most; the oldest go first, so a flood of made-up user names cannot exhaust memory. */
const MAX_KEYS = 50_000;

export function createSignInLimiter(
  limits: SignInLimits,
  now: () => number = Date.now,
  maxKeys = MAX_KEYS,
): SignInLimiter {
  // Insertion-ordered, so the first key is the one touched least recently.
  const failures = new Map<string, number[]>();

  /** The key's failures still in the window, oldest first (pruned in place). */
  function recent(key: string): number[] {
    const times = failures.get(key);
    if (times === undefined) return [];
    const since = now() - limits.windowMs;
    let expired = 0;
    while (expired < times.length && (times[expired] ?? 0) <= since) expired += 1;
    if (expired > 0) times.splice(0, expired);
    if (times.length === 0) failures.delete(key);
    return times;
  }

  function waitFor(key: string, limit: number): number {
    const times = recent(key);
    if (times.length < limit) return 0;
    // Allowed again when the oldest failure that keeps it at the limit leaves the window.
    const oldest = times[times.length - limit] ?? now();
    return Math.max(1, oldest + limits.windowMs - now());
  }

  const keysOf = (address: string, userName: string | undefined) => [
    [`address:${address}`, limits.perAddress] as const,
    ...(userName === undefined ? [] : [[`user:${userName}`, limits.perUser] as const]),
  ];

  return {
    retryAfterMs: (address, userName) =>
      Math.max(...keysOf(address, userName).map(([key, limit]) => waitFor(key, limit))),
    recordFailure: (address, userName) => {
      for (const [key, limit] of keysOf(address, userName)) {
        const times = recent(key);
        times.push(now());
        // Only the newest `limit` failures matter for the decision.
        if (times.length > limit) times.splice(0, times.length - limit);
        // Re-inserted, so that the map's first key stays the least recently failed one.
        failures.delete(key);
        failures.set(key, times);
      }
      while (failures.size > maxKeys) {
        const first = failures.keys().next();
        if (first.done === true) break;
        failures.delete(first.value);
      }
    },
  };
}

/** The user name of a login body (`userName` or `username`, §2.1), trimmed and lower-cased. */
export function normalizeUserName(value: string): string | undefined {
  const name = value.trim().toLowerCase();
  return name === '' ? undefined : name.slice(0, 256);
}
