// Security rows of docs/reliability.md that only the server can show: the session id never reaches a
// log line (the real server in front of the real simulator, and in front of an unreachable eGain),
// and forwarding tricks beyond those in app.test.ts never leave /system/ws/ or the configured host.
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildServer } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { startServer, type RunningServer } from './main.ts';
import {
  closedPort,
  makeFakeDist,
  portOf,
  rawRequest,
  startFakeUpstream,
  type FakeDist,
  type FakeUpstream,
} from './test-helpers.ts';

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

function config(egainUrl: string | undefined): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    egainUrl,
    sim: {
      cases: 300,
      seed: 20210825,
      idleTimeoutMinutes: 30,
      testControls: egainUrl === undefined,
      shape: 'contract',
    },
    guard: loadConfig({}).guard,
  };
}

let dist: FakeDist;

beforeAll(async () => {
  dist = await makeFakeDist();
});

afterAll(async () => {
  await dist.close();
});

describe('the session id never appears in the server log', () => {
  let running: RunningServer;
  let lines: string[];
  let written: string[];

  beforeEach(() => {
    lines = [];
    written = [];
    // Anything printed directly (Fastify, the simulator, a stray console.log) counts as a log too.
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      });
    }
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await running.close();
  });

  it('through sign-in, rotation, lookups, reads, a 401, an oversize body and sign-out', async () => {
    running = await startServer(config(undefined), {
      distDir: dist.distDir,
      log: (line) => lines.push(line),
    });
    const port = Number(new URL(running.url).port);
    const ids = new Set<string>();
    const remember = (value: string | string[] | undefined): string => {
      const id = typeof value === 'string' ? value : '';
      if (id) ids.add(id);
      return id;
    };

    const login = await rawRequest(port, '/system/ws/v12/authentication/user/login', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ userName: 'qa16', password: 'egain-demo' }),
    });
    expect(login.status).toBe(204);
    let session = remember(login.headers['x-egain-session']);
    expect(session).not.toBe('');

    // A new id on every answer from now on.
    await rawRequest(port, '/system/ws/__sim/rotation', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ user: 'qa16', enabled: true, graceMs: 60_000 }),
    });
    for (const [method, path, body] of [
      [
        'POST',
        '/system/ws/v20/interaction/case/lookup?$pagenum=1&$pagesize=25',
        '{"email":"jhenry@customer.com"}',
      ],
      [
        'POST',
        '/system/ws/v20/interaction/case/lookup?$pagenum=2&$pagesize=25',
        '{"department":"Service"}',
      ],
      ['GET', '/system/ws/v20/interaction/customer/1000', undefined],
      ['GET', '/system/ws/v20/interaction/activity?case=1000&$pagenum=1&$pagesize=10', undefined],
      ['GET', '/system/ws/v12/interaction/case/attributes?$attribute=custom', undefined],
    ] as const) {
      const res = await rawRequest(port, path, {
        method,
        headers: { ...JSON_HEADERS, 'x-egain-session': session },
        body,
      });
      expect(res.status, path).toBeLessThan(300);
      session = remember(res.headers['x-egain-session']) || session;
    }
    expect(ids.size).toBeGreaterThan(3);

    // An id in the query string (no client does this) stays out too: the log has no query strings.
    await rawRequest(port, `/system/ws/v20/interaction/customer/1000?session=${session}`, {
      headers: { accept: 'application/json', 'x-egain-session': session },
    });
    const oversize = await rawRequest(port, '/system/ws/v20/interaction/case/lookup', {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'x-egain-session': session },
      body: `{"email":"${'x'.repeat(70 * 1024)}"}`,
    });
    expect(oversize.status).toBe(413);
    await rawRequest(port, '/system/ws/__sim/sessions/expire', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{"user":"qa16"}',
    });
    const expired = await rawRequest(port, '/system/ws/v20/interaction/customer/1000', {
      headers: { accept: 'application/json', 'x-egain-session': session },
    });
    expect(expired.status).toBe(401);
    await rawRequest(port, '/system/ws/v12/authentication/user/logout', {
      method: 'DELETE',
      headers: { accept: 'application/json', 'x-egain-session': session },
    });

    await expect.poll(() => lines.length).toBeGreaterThanOrEqual(12);
    const everything = [...lines, ...written].join('\n');
    for (const id of ids) expect(everything).not.toContain(id);
    // Nor the customer data sent in bodies and query strings.
    for (const data of ['jhenry', 'Service', 'egain-demo', '$pagenum'])
      expect(everything).not.toContain(data);
  });

  it('when the eGain server cannot be reached', async () => {
    running = await startServer(config(`http://127.0.0.1:${await closedPort()}/system`), {
      distDir: dist.distDir,
      log: (line) => lines.push(line),
    });
    const port = Number(new URL(running.url).port);
    const session = 'b7d1c6a2-0d4e-4f7e-9a55-3c1d2e4f5a6b';
    const res = await rawRequest(port, '/system/ws/v20/interaction/case/lookup', {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'x-egain-session': session },
      body: '{"email":"jhenry@customer.com"}',
    });
    expect(res.status).toBe(502);
    await expect.poll(() => lines.some((line) => line.startsWith('upstream error'))).toBe(true);
    const everything = [...lines, ...written].join('\n');
    expect(everything).not.toContain(session);
    expect(everything).not.toContain('jhenry');
  });
});

describe('forwarding tricks never leave /system/ws/ or the configured host', () => {
  let upstream: FakeUpstream;
  let elsewhere: FakeUpstream;
  let server: FastifyInstance;
  let port: number;

  beforeEach(async () => {
    upstream = await startFakeUpstream();
    elsewhere = await startFakeUpstream();
    server = await buildServer({ upstream: upstream.url, distDir: dist.distDir, log: () => {} });
    await server.listen({ host: '127.0.0.1', port: 0 });
    port = portOf(server);
  });

  afterEach(async () => {
    await server.close();
    await upstream.close();
    await elsewhere.close();
  });

  it.each([
    // Tomcat path parameters, the classic way past a proxy's `..` check on a Java server.
    '/system/ws/..;/admin',
    '/system/ws/v12/..;/..;/manager/html',
    '/system/ws;/../admin',
    // Overlong UTF-8 and IIS %u encodings of `.` and `/`.
    '/system/ws/v12/%c0%ae%c0%ae/%c0%ae%c0%ae/admin',
    '/system/ws/v12/%c0%af..%c0%afadmin',
    '/system/ws/v12/%u002e%u002e/admin',
    '/system/ws/v12/%e0%80%ae%e0%80%ae/admin',
    // Mixed encodings and separators.
    '/system/ws/v12/.%2E/admin',
    '/system/ws/v12/%2e./admin',
    '/system/ws/v12/%5C..%5Cadmin',
    '/system/ws/v12/..%00/admin',
  ])('refuses %s without forwarding it', async (path) => {
    const res = await rawRequest(port, path);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(upstream.requests).toHaveLength(0);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it.each([
    `/system/ws/@${'127.0.0.1'}:1/x`,
    '/system/ws//evil.example/x',
    '/system/ws/http://evil.example/x',
    '/system/ws/v12/interaction/case/1000#@evil.example',
  ])('keeps %s on the configured upstream, under its /system/ws/', async (path) => {
    const withElsewhere = path.replace('127.0.0.1:1', elsewhere.url.host);
    await rawRequest(port, withElsewhere);
    expect(elsewhere.requests).toHaveLength(0);
    for (const seen of upstream.requests) expect(seen.url.startsWith('/system/ws/')).toBe(true);
  });

  it('opens no tunnel for CONNECT', async () => {
    // Node closes a CONNECT nobody handles; either way nothing may reach any host.
    const outcome = await rawRequest(port, `${elsewhere.url.host}`, { method: 'CONNECT' }).then(
      (res) => res.status,
      () => 'closed',
    );
    expect(outcome === 'closed' || (typeof outcome === 'number' && outcome >= 400)).toBe(true);
    expect(upstream.requests).toHaveLength(0);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('sends the Host of the configured upstream whatever the client says', async () => {
    await rawRequest(port, '/system/ws/v12/interaction/case/1000', {
      headers: {
        host: elsewhere.url.host,
        'x-forwarded-host': elsewhere.url.host,
        forwarded: `host=${elsewhere.url.host}`,
        'x-original-url': '/admin',
        'x-rewrite-url': '/admin',
      },
    });
    expect(elsewhere.requests).toHaveLength(0);
    expect(upstream.requests.map((r) => [r.url, r.headers.host])).toEqual([
      ['/system/ws/v12/interaction/case/1000', upstream.url.host],
    ]);
    expect(upstream.requests[0]?.headers['x-original-url']).toBeUndefined();
    expect(upstream.requests[0]?.headers['x-rewrite-url']).toBeUndefined();
  });
});

describe('a URL that cannot be decoded', () => {
  let upstream: FakeUpstream;
  let server: FastifyInstance;
  let port: number;
  let lines: string[];

  beforeEach(async () => {
    lines = [];
    upstream = await startFakeUpstream();
    server = await buildServer({
      upstream: upstream.url,
      distDir: dist.distDir,
      log: (line) => lines.push(line),
    });
    await server.listen({ host: '127.0.0.1', port: 0 });
    port = portOf(server);
  });

  afterEach(async () => {
    await server.close();
    await upstream.close();
  });

  const SECURITY_HEADERS = [
    'content-security-policy',
    'x-content-type-options',
    'x-frame-options',
    'referrer-policy',
  ] as const;

  it.each([
    '/system/ws/v12/%c0%ae%c0%ae/admin',
    '/system/ws/v12/%u002e%u002e/admin',
    '/%c0%ae%c0%ae/package.json',
    '/assets/%ff.js',
  ])(
    '%s gets a 400 in the API error shape, with the security headers every answer has',
    async (path) => {
      const reference = await rawRequest(port, '/');
      const res = await rawRequest(port, path);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toEqual({
        code: '400-100',
        developerMessage: 'Bad request path.',
      });
      for (const name of SECURITY_HEADERS) {
        expect(reference.headers[name], name).toBeDefined();
        expect(res.headers[name], name).toBe(reference.headers[name]);
      }
      expect(upstream.requests).toHaveLength(0);
      await expect
        .poll(() => lines.some((line) => line.startsWith('GET ') && line.includes(' 400 ')))
        .toBe(true);
    },
  );
});
