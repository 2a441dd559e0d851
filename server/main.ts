// Starts the production server: bundle, upstream (eGain or the simulator), then HOST:PORT.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from './app.ts';
import { ensureBundle } from './bundle.ts';
import type { Config } from './config.ts';
import { startUpstream, type Upstream } from './upstream.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface StartServerOptions {
  /** A prebuilt bundle: skips the build check (tests). Default: <root>/dist, built when stale. */
  distDir?: string;
  /** Where request log lines go. Default: stdout. */
  log?: (line: string) => void;
}

export interface RunningServer {
  /** Where a browser reaches the app, with a trailing slash. */
  url: string;
  upstream: Upstream;
  /** Stops accepting requests, lets running ones finish, then stops the simulator. Idempotent. */
  close: () => Promise<void>;
}

/**
 * The eGain server's identity for the browser: `EGAIN_URL`'s origin, or `simulator` (whose port
 * changes on every start, so its origin would orphan the saved views of every earlier run).
 */
export function egainServerName(upstream: Upstream): string {
  return upstream.simulator ? 'simulator' : upstream.url.origin;
}

/** A URL a browser can open, also when listening on every interface. */
export function browserUrl(address: AddressInfo | string | null, host: string): string {
  if (address === null || typeof address === 'string')
    throw new Error('The server is not listening on a TCP port');
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const bracketed = shownHost.includes(':') ? `[${shownHost}]` : shownHost;
  return `http://${bracketed}:${address.port}/`;
}

export async function startServer(
  config: Config,
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const distDir = options.distDir ?? join(PROJECT_ROOT, 'dist');
  if (options.distDir === undefined) await ensureBundle(PROJECT_ROOT, distDir, log);

  const upstream = await startUpstream(config);
  let app;
  try {
    app = await buildServer({
      upstream: upstream.url,
      egainServer: egainServerName(upstream),
      distDir,
      log,
      upstreamLimits: config.guard.upstream,
      signInLimits: config.guard.signIn,
      allowedHosts: config.guard.allowedHosts,
      trustProxy: config.guard.trustProxy,
      https: config.guard.https,
    });
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app?.close();
    await upstream.close();
    throw error;
  }
  const server = app;
  let closing: Promise<void> | undefined;
  return {
    url: browserUrl(server.server.address(), config.host),
    upstream,
    close: () =>
      (closing ??= (async () => {
        try {
          await server.close();
        } finally {
          await upstream.close();
        }
      })()),
  };
}
