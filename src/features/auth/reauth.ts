// Coordinates "Session expired": every request that meets a 401 waits on the same sign-in, then
// retries once (D8). The API client calls requestReauth through its injected handler.
import { useSyncExternalStore } from 'react';
import { ApiError } from '../../lib/api-error';

interface Pending {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
  cause: ApiError;
}

let pending: Pending | null = null;
const listeners = new Set<() => void>();
const emit = (): void => listeners.forEach((listener) => listener());

export function requestReauth(cause: ApiError): Promise<void> {
  if (!pending) {
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    pending = { promise, resolve, reject, cause };
    emit();
  }
  return pending.promise;
}

/** The user signed in again: waiting requests retry. */
export function completeReauth(): void {
  const current = pending;
  pending = null;
  current?.resolve();
  emit();
}

/** The user dismissed the dialog: waiting requests fail with the original 401. */
export function cancelReauth(): void {
  const current = pending;
  pending = null;
  current?.reject(current.cause);
  emit();
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useReauthPending(): boolean {
  return useSyncExternalStore(subscribe, () => pending !== null);
}
