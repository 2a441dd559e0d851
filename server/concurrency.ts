// Bounded in-flight requests towards the eGain server: per client and in total, with a waiting line
// whose wait has its own deadline. A burst of hanging requests from one client fills only that
// client's share; everyone else keeps going.

export interface ConcurrencyLimits {
  /** Requests one client (address) may have at the eGain server at the same time. */
  perClient: number;
  /** Requests all clients together may have at the eGain server at the same time. */
  total: number;
  /** How long a request may wait for a free slot before it is refused. */
  queueTimeoutMs: number;
  /** Requests one client may have waiting; beyond that they are refused at once. */
  queuePerClient: number;
}

export type Release = () => void;

export class SlotUnavailableError extends Error {
  override name = 'SlotUnavailableError';
  readonly reason: 'queue-full' | 'queue-timeout';

  constructor(reason: 'queue-full' | 'queue-timeout') {
    super(
      reason === 'queue-full'
        ? 'too many requests waiting for the eGain server'
        : 'waited too long for the eGain server',
    );
    this.reason = reason;
  }
}

interface Waiter {
  client: string;
  grant: (release: Release) => void;
}

export interface ConcurrencyLimiter {
  /** Resolves with a release function once the request may go; rejects with SlotUnavailableError. */
  acquire: (client: string, signal?: AbortSignal) => Promise<Release>;
  /** Requests at the eGain server now, for tests and diagnostics. */
  inFlight: () => number;
}

export function createConcurrencyLimiter(limits: ConcurrencyLimits): ConcurrencyLimiter {
  const running = new Map<string, number>();
  const waiting: Waiter[] = [];
  let total = 0;

  const canRun = (client: string) =>
    total < limits.total && (running.get(client) ?? 0) < limits.perClient;

  function start(client: string): Release {
    total += 1;
    running.set(client, (running.get(client) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      total -= 1;
      const left = (running.get(client) ?? 1) - 1;
      if (left === 0) running.delete(client);
      else running.set(client, left);
      admitWaiting();
    };
  }

  /** First come, first served, skipping waiters whose client is still at its own limit. */
  function admitWaiting(): void {
    for (let i = 0; i < waiting.length && total < limits.total;) {
      const waiter = waiting[i];
      if (waiter !== undefined && canRun(waiter.client)) {
        waiting.splice(i, 1);
        waiter.grant(start(waiter.client));
      } else {
        i += 1;
      }
    }
  }

  return {
    inFlight: () => total,
    acquire: (client, signal) => {
      if (canRun(client)) return Promise.resolve(start(client));
      const queued = waiting.filter((waiter) => waiter.client === client).length;
      if (queued >= limits.queuePerClient) {
        return Promise.reject(new SlotUnavailableError('queue-full'));
      }
      return new Promise<Release>((resolve, reject) => {
        const leave = () => {
          const at = waiting.indexOf(waiter);
          if (at !== -1) waiting.splice(at, 1);
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
        };
        const waiter: Waiter = {
          client,
          grant: (release) => {
            leave();
            resolve(release);
          },
        };
        const timer = setTimeout(() => {
          leave();
          reject(new SlotUnavailableError('queue-timeout'));
        }, limits.queueTimeoutMs);
        const onAbort = () => {
          leave();
          reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(waiter);
      });
    },
  };
}
