// React Query defaults: typed ApiError, retries only for transient failures of reads.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

const MAX_RETRIES = 2;

/** Reads (lookup included: it changes nothing) retry network errors and 5xx twice; never 4xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && error instanceof ApiError && error.isTransient;
}

/** Wait before retry number `attempt` (0-based): 0.5 s, 1 s, 2 s, ... at most 4 s. */
export const retryDelay = (attempt: number): number => Math.min(500 * 2 ** attempt, 4000);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // Case data changes while agents work; 30 s keeps paging back and forth instant without
        // showing stale cases for long.
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        // 'online' (the default) pauses queries while the browser says it is offline: no request, no
        // error, and the previous search's rows stay under the new search's criteria with nothing
        // saying so. Always trying turns that into the "Cannot reach the eGain server" alert; coming
        // back online re-runs the failed queries; 'always' turns that off unless it is asked for.
        networkMode: 'always',
        refetchOnReconnect: true,
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
