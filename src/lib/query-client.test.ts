import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { shouldRetry } from './query-client';

const error = (kind: 'http' | 'network' | 'unreadable', status: number) =>
  new ApiError({ kind, status, code: String(status), developerMessage: '' });

describe('shouldRetry', () => {
  it('retries network failures and 5xx up to twice', () => {
    expect(shouldRetry(0, error('network', 0))).toBe(true);
    expect(shouldRetry(1, error('http', 503))).toBe(true);
    expect(shouldRetry(2, error('http', 500))).toBe(false);
  });
  it('never retries 4xx', () => {
    for (const status of [400, 401, 404, 406, 415]) expect(shouldRetry(0, error('http', status))).toBe(false);
  });
  it('does not retry errors that are not ApiErrors (bugs)', () => {
    expect(shouldRetry(0, new TypeError('x'))).toBe(false);
  });
});
