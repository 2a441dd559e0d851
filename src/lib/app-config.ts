// What the app's own server says about its deployment (GET /app-config.json): which eGain server it
// forwards to, so that data kept on this browser (saved views) belongs to that server.
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';

const appConfigSchema = z.object({ egainServer: z.string().trim().min(1).max(300) });
export type AppConfig = z.infer<typeof appConfigSchema>;

/** Without the file (an older server), the app's own origin stands for the eGain server. */
export function fallbackAppConfig(): AppConfig {
  return { egainServer: `app:${window.location.origin}` };
}

/** Throws when the app's server cannot be reached or answers something else than the file. */
export async function getAppConfig(signal?: AbortSignal): Promise<AppConfig> {
  const response = await fetch('/app-config.json', {
    signal,
    headers: { Accept: 'application/json' },
  });
  if (response.status === 404) return fallbackAppConfig();
  if (!response.ok) throw new Error(`The app's server answered ${response.status}.`);
  return appConfigSchema.parse(await response.json());
}

export const appConfigQueryOptions = () =>
  queryOptions({
    queryKey: ['app-config'],
    queryFn: ({ signal }) => getAppConfig(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
