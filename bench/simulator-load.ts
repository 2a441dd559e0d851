// The simulator under concurrent load: a bare simulator (createSimulator, 127.0.0.1, port 0) in its
// own process, autocannon in this one, a mix of equality lookups (email, customer, department) with
// $pagesize=25, each connection's requests spread over sessions of qa1..qa10.
import autocannon, { type AutocannonRequest } from 'autocannon';
import { z } from 'zod';
import { startChild } from './child.ts';
import { percentile } from './stats.ts';

const PASSWORD = 'egain-demo';
const LOOKUP = '/system/ws/v20/interaction/case/lookup?$pagesize=25';

export interface LoadOptions {
  cases: number;
  connections: number;
  durationSeconds: number;
  runs: number;
  warmupSeconds: number;
  log: (line: string) => void;
}

export interface LoadRun {
  /** Latency of 2xx answers, ms, from autocannon's per-response timings (sub-ms resolution). */
  p50: number;
  p99: number;
  /** 2xx answers per second. */
  lookupsPerSecond: number;
  requests: number;
  /** Non-2xx answers, socket errors and timeouts: should be 0. */
  failures: number;
}

export interface LoadFigures {
  cases: number;
  /** Time to generate and index the data and start listening. */
  startMs: number;
  connections: number;
  durationSeconds: number;
  mix: string;
  runs: LoadRun[];
}

const readySchema = z.object({
  url: z.url(),
  emails: z.array(z.string()).min(1),
  customers: z.array(z.string()).min(1),
  departments: z.array(z.string()).min(1),
});

async function login(baseUrl: string, user: string): Promise<string> {
  const response = await fetch(`${baseUrl}/system/ws/v12/authentication/user/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ userName: user, password: PASSWORD }),
  });
  const session = response.headers.get('x-egain-session');
  if (response.status !== 204 || session === null)
    throw new Error(`login of ${user} answered ${response.status}`);
  return session;
}

async function logout(baseUrl: string, session: string): Promise<void> {
  await fetch(`${baseUrl}/system/ws/v12/authentication/user/logout`, {
    method: 'DELETE',
    headers: { 'x-egain-session': session },
  });
}

async function fire(
  url: string,
  setupRequest: NonNullable<AutocannonRequest['setupRequest']>,
  connections: number,
  durationSeconds: number,
): Promise<LoadRun> {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    connections,
    duration: durationSeconds,
    timeout: 10,
    requests: [{ method: 'POST', path: LOOKUP, setupRequest }],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTimeMs);
  });
  const result = await instance;
  return {
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    lookupsPerSecond: latencies.length / result.duration,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

export async function measureSimulatorLoad(options: LoadOptions): Promise<LoadFigures> {
  const startedAt = performance.now();
  const child = await startChild(['simulator', String(options.cases)], readySchema);
  const startMs = performance.now() - startedAt;
  const { url, emails, customers, departments } = child.ready;
  options.log(`  simulator with ${options.cases} cases ready in ${(startMs / 1000).toFixed(1)} s`);
  try {
    const sessions: string[] = [];
    for (let i = 1; i <= Math.min(options.connections, 16); i++)
      sessions.push(await login(url, `qa${i}`));

    let counter = 0;
    const setupRequest = (request: AutocannonRequest): AutocannonRequest => {
      const k = counter++;
      const pick = (list: readonly string[]): string => list[Math.floor(k / 3) % list.length] ?? '';
      const criterion =
        k % 3 === 0
          ? { email: pick(emails) }
          : k % 3 === 1
            ? { customer: pick(customers) }
            : { department: pick(departments) };
      return {
        ...request,
        headers: {
          accept: 'application/json',
          'accept-language': 'en-US',
          'content-type': 'application/json',
          'x-egain-session': sessions[k % sessions.length] ?? '',
        },
        body: JSON.stringify(criterion),
      };
    };

    if (options.warmupSeconds > 0)
      await fire(url, setupRequest, options.connections, options.warmupSeconds);
    const runs: LoadRun[] = [];
    for (let i = 0; i < options.runs; i++) {
      runs.push(await fire(url, setupRequest, options.connections, options.durationSeconds));
    }
    for (const session of sessions) await logout(url, session);
    return {
      cases: options.cases,
      startMs,
      connections: options.connections,
      durationSeconds: options.durationSeconds,
      mix: 'email, customer, department in turn; $pagesize=25',
      runs,
    };
  } finally {
    await child.stop();
  }
}
