import { QueryObserver, onlineManager } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { createQueryClient, shouldRetry } from './query-client';

const error = (kind: 'http' | 'network' | 'unreadable', status: number) =>
  new ApiError({ kind, status, code: String(status), developerMessage: '' });

describe('shouldRetry', () => {
  it('retries network failures and 5xx up to twice', () => {
    expect(shouldRetry(0, error('network', 0))).toBe(true);
    expect(shouldRetry(1, error('http', 503))).toBe(true);
    expect(shouldRetry(2, error('http', 500))).toBe(false);
  });
  it('never retries 4xx', () => {
    for (const status of [400, 401, 404, 406, 415])
      expect(shouldRetry(0, error('http', status))).toBe(false);
  });
  it('never retries a 504: the request already waited the whole deadline', () => {
    expect(shouldRetry(0, error('http', 504))).toBe(false);
    expect(shouldRetry(0, error('http', 502))).toBe(true);
  });
  it('does not retry errors that are not ApiErrors (bugs)', () => {
    expect(shouldRetry(0, new TypeError('x'))).toBe(false);
  });
});

describe('createQueryClient', () => {
  it('runs queries while the browser says it is offline, so the failure shows instead of a pause', async () => {
    onlineManager.setOnline(false);
    try {
      const client = createQueryClient();
      const failing = client.fetchQuery({
        queryKey: ['offline'],
        queryFn: () => Promise.reject(error('network', 0)),
        retry: false,
      });
      await expect(failing).rejects.toMatchObject({ kind: 'network' });
    } finally {
      onlineManager.setOnline(true);
    }
  });

  it('runs a failed query again when the browser comes back online', async () => {
    const client = createQueryClient();
    // The provider does this in the app: it wires the client to the online/focus managers.
    client.mount();
    let calls = 0;
    const observer = new QueryObserver(client, {
      queryKey: ['reconnect'],
      queryFn: () => {
        calls += 1;
        return calls === 1 ? Promise.reject(error('network', 0)) : Promise.resolve('back');
      },
      retry: false,
    });
    const unsubscribe = observer.subscribe(() => undefined);
    try {
      await vi.waitFor(() => expect(observer.getCurrentResult().status).toBe('error'));
      onlineManager.setOnline(false);
      onlineManager.setOnline(true);
      await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe('back'));
      expect(calls).toBe(2);
    } finally {
      unsubscribe();
      client.unmount();
    }
  });
});
