import { gzipSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildServer, type BuildServerOptions } from './app.ts';
import {
  ASSET_JS,
  INDEX_HTML,
  SECRET,
  closedPort,
  makeFakeDist,
  portOf,
  rawRequest,
  startFakeUpstream,
  type FakeDist,
  type FakeUpstream,
} from './test-helpers.ts';

const SESSION = '0f8b2c1e-4d7a-4a57-9a1e-2b7f3c9d6e10';

let dist: FakeDist;
let upstream: FakeUpstream;
let elsewhere: FakeUpstream;
let server: FastifyInstance;
let port: number;
let logLines: string[];

async function startServer(options: Partial<BuildServerOptions> = {}): Promise<void> {
  logLines = [];
  server = await buildServer({
    upstream: upstream.url,
    distDir: dist.distDir,
    log: (line) => logLines.push(line),
    ...options,
  });
  await server.listen({ host: '127.0.0.1', port: 0 });
  port = portOf(server);
}

beforeAll(async () => {
  dist = await makeFakeDist();
  elsewhere = await startFakeUpstream();
});

afterAll(async () => {
  await elsewhere.close();
  await dist.close();
});

beforeEach(async () => {
  upstream = await startFakeUpstream();
  elsewhere.requests.length = 0;
});

afterEach(async () => {
  await server.close();
  await upstream.close();
});

describe('forwarding /system/ws/*', () => {
  beforeEach(() => startServer());

  it('forwards method, path, query and body byte for byte to <upstream>/ws/*', async () => {
    const body = '{ "email" : "alice@example.com",\n  "status": "open" }';
    const res = await rawRequest(
      port,
      '/system/ws/v20/interaction/case/lookup?$pagenum=2&$pagesize=10',
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'x-egain-session': SESSION,
        },
        body,
      },
    );

    expect(res.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
    const [seen] = upstream.requests;
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe('/system/ws/v20/interaction/case/lookup?$pagenum=2&$pagesize=10');
    expect(seen?.body).toBe(body);
    expect(seen?.headers['content-length']).toBe(String(Buffer.byteLength(body)));
  });

  it.each(['GET', 'DELETE'])('forwards %s', async (method) => {
    const res = await rawRequest(port, '/system/ws/v12/interaction/case/1000', { method });
    expect(res.status).toBe(200);
    expect(upstream.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `${method} /system/ws/v12/interaction/case/1000`,
    ]);
  });

  it.each(['PUT', 'PATCH', 'HEAD', 'OPTIONS', 'PROPFIND', 'TRACE'])(
    'answers %s with 405 and forwards nothing',
    async (method) => {
      const res = await rawRequest(port, '/system/ws/v12/interaction/case/1000', { method });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, POST, DELETE');
      if (method !== 'HEAD') expect(JSON.parse(res.text)).toMatchObject({ code: '405-100' });
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it('forwards a body that is not JSON unchanged, so the eGain server can judge it', async () => {
    const res = await rawRequest(port, '/system/ws/v20/interaction/case/lookup', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{not json',
    });
    expect(res.status).toBe(200);
    expect(upstream.requests[0]?.body).toBe('{not json');
    expect(upstream.requests[0]?.headers['content-type']).toBe('text/plain');
  });

  it('sends only the headers the API needs, with the upstream as Host', async () => {
    await rawRequest(port, '/system/ws/v12/interaction/customer/1000', {
      headers: {
        accept: 'application/json',
        'accept-language': 'fr-FR',
        'accept-encoding': 'gzip',
        'x-egain-session': SESSION,
        'x-egain-error-message': 'yes',
        cookie: 'X-egain-session=stolen; JSESSIONID=abc',
        authorization: 'Bearer secret',
        'x-forwarded-for': '10.0.0.1',
        'x-forwarded-host': 'evil.example',
        'x-real-ip': '10.0.0.2',
        'x-egain-csrf': 'token',
        'user-agent': 'test-agent',
      },
    });

    const headers = upstream.requests[0]?.headers ?? {};
    expect(headers).toEqual({
      host: upstream.url.host,
      accept: 'application/json',
      'accept-language': 'fr-FR',
      'accept-encoding': 'gzip',
      'x-egain-session': SESSION,
      'x-egain-error-message': 'yes',
      // The product's own, never the browser's.
      'user-agent': 'case-search/0.1.0',
      // undici's own connection management.
      connection: 'keep-alive',
    });
  });

  it('passes X-egain-session and Content-Type back and drops cookies and hop-by-hop headers', async () => {
    upstream.respond = () => ({
      status: 204,
      headers: {
        'x-egain-session': SESSION,
        'content-type': 'application/json',
        'set-cookie': ['JSESSIONID=abc; Path=/', 'X-egain-session=abc'],
        'keep-alive': 'timeout=5',
        'proxy-authenticate': 'Basic',
        upgrade: 'h2c',
        'x-custom': 'kept',
        'content-security-policy': "default-src *; script-src 'unsafe-inline'",
      },
    });

    const res = await rawRequest(port, '/system/ws/v12/authentication/user/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: '{"userName":"qa1","password":"egain-demo"}',
    });

    expect(res.status).toBe(204);
    expect(res.headers['x-egain-session']).toBe(SESSION);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.headers['x-custom']).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['keep-alive']).not.toBe('timeout=5');
    expect(res.headers['proxy-authenticate']).toBeUndefined();
    expect(res.headers['upgrade']).toBeUndefined();
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'; sandbox",
    );
  });

  it('passes a gzip body through untouched with its Content-Encoding', async () => {
    const json = JSON.stringify({ case: [{ id: '1000', subject: 'x'.repeat(2000) }] });
    const gzipped = gzipSync(json);
    upstream.respond = () => ({
      headers: {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'x-egain-session': SESSION,
      },
      body: gzipped,
    });

    const res = await rawRequest(port, '/system/ws/v12/interaction/case/1000', {
      headers: { accept: 'application/json', 'accept-encoding': 'gzip' },
    });

    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.equals(gzipped)).toBe(true);
    expect(gunzipSync(res.body).toString('utf8')).toBe(json);
    expect(upstream.requests[0]?.headers['accept-encoding']).toBe('gzip');
  });

  it('passes upstream errors through with status and body', async () => {
    upstream.respond = () => ({
      status: 401,
      headers: { 'content-type': 'application/json' },
      body: '{"code":"401-101","developerMessage":"Invalid or expired session."}',
    });
    const res = await rawRequest(port, '/system/ws/v20/interaction/case/lookup', {
      method: 'POST',
    });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.text)).toEqual({
      code: '401-101',
      developerMessage: 'Invalid or expired session.',
    });
  });

  it('answers 413 to a 100 KiB body without forwarding it', async () => {
    const body = 'x'.repeat(100 * 1024);
    const res = await rawRequest(port, '/system/ws/v20/interaction/case/lookup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text)).toMatchObject({ code: '413-100' });
    expect(upstream.requests).toHaveLength(0);
  });

  it('answers 413 to a chunked body over the limit too', async () => {
    const res = await rawRequest(port, '/system/ws/v20/interaction/case/lookup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: 'x'.repeat(100 * 1024),
    });
    expect(res.status).toBe(413);
    expect(upstream.requests).toHaveLength(0);
  });

  it('accepts a body of exactly 64 KiB', async () => {
    const body = 'x'.repeat(64 * 1024);
    const res = await rawRequest(port, '/system/ws/v20/interaction/case/lookup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(200);
    expect(upstream.requests[0]?.body.length).toBe(64 * 1024);
  });
});

describe('what is never forwarded', () => {
  beforeEach(() => startServer());

  it.each([
    '/system/ws/../x',
    '/system/ws/v12/../../admin',
    '/system/ws/%2e%2e/x',
    '/system/ws/%2E%2E/x',
    '/system/ws/.%2e/x',
    '/system/ws/v12%2f..%2f..%2fadmin',
    '/system/ws/v12%2Fx',
    '/system/ws/v12%5c..%5cadmin',
    '/system/ws/v12\\..\\admin',
    '/system/ws/%252e%252e/x',
    '/system/ws/v12/case%00.json',
  ])('rejects %s with 404 JSON', async (path) => {
    const res = await rawRequest(port, path);
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text)).toEqual({
      code: '404-100',
      developerMessage: 'No such API path.',
    });
    expect(upstream.requests).toHaveLength(0);
  });

  it.each([
    '/system/other',
    '/system/',
    '/system',
    '/system/wsx/v12/case',
    '/system/ws2/x',
    '/SYSTEM/other',
  ])('answers 404 JSON for %s, which is under /system but not /system/ws', async (path) => {
    for (const method of ['GET', 'POST']) {
      const res = await rawRequest(port, path, { method });
      expect(res.status).toBe(404);
      expect(JSON.parse(res.text)).toMatchObject({ code: '404-100' });
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it.each(['/ws/v12/interaction/case/1000', '/v12/interaction/case/1000', '/system/ws.json'])(
    'does not forward %s',
    async (path) => {
      await rawRequest(port, path);
      await rawRequest(port, path, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it('ignores an absolute-form request line naming another host', async () => {
    const res = await rawRequest(
      port,
      `http://${elsewhere.url.host}/system/ws/v12/interaction/case/1000`,
    );
    expect(res.status).toBe(400);
    expect(elsewhere.requests).toHaveLength(0);
    expect(upstream.requests).toHaveLength(0);
  });

  it('forwards to the configured host whatever the Host header says', async () => {
    const res = await rawRequest(port, '/system/ws/v12/interaction/case/1000', {
      headers: { host: elsewhere.url.host, 'x-forwarded-host': elsewhere.url.host },
    });
    expect(res.status).toBe(200);
    expect(elsewhere.requests).toHaveLength(0);
    expect(upstream.requests[0]?.headers.host).toBe(upstream.url.host);
  });

  it('keeps a protocol-relative looking path on the configured host', async () => {
    await rawRequest(port, `/system/ws//${elsewhere.url.host}/x`);
    expect(elsewhere.requests).toHaveLength(0);
  });
});

describe('an upstream with another context root', () => {
  it('maps /system/ws/* onto <context root>/ws/*', async () => {
    await upstream.close();
    upstream = await startFakeUpstream('/ece/system');
    await startServer();
    await rawRequest(port, '/system/ws/v12/interaction/case/1000?$attribute=all');
    expect(upstream.requests[0]?.url).toBe(
      '/ece/system/ws/v12/interaction/case/1000?$attribute=all',
    );
  });
});

describe('an unreachable upstream', () => {
  it('answers 502 JSON when the port is closed', async () => {
    await startServer({ upstream: new URL(`http://127.0.0.1:${await closedPort()}/system`) });
    const res = await rawRequest(port, '/system/ws/v12/authentication/user/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: '{"userName":"qa1","password":"egain-demo"}',
    });
    expect(res.status).toBe(502);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.text)).toEqual({
      code: '502-100',
      developerMessage: 'Cannot reach the eGain server',
    });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers 502 JSON when the host name does not resolve', async () => {
    await startServer({ upstream: new URL('http://egain.invalid/system') });
    const res = await rawRequest(port, '/system/ws/v12/interaction/case/1000');
    expect(res.status).toBe(502);
    expect(JSON.parse(res.text)).toMatchObject({ code: '502-100' });
  });

  it('answers 504 JSON when the upstream does not answer in time', async () => {
    upstream.respond = () =>
      new Promise((resolve) => setTimeout(() => resolve({ body: 'late' }), 1500));
    await startServer({ upstreamLimits: { headersTimeoutMs: 200 } });
    const res = await rawRequest(port, '/system/ws/v12/interaction/case/1000');
    expect(res.status).toBe(504);
    expect(JSON.parse(res.text)).toMatchObject({
      code: '504-100',
      developerMessage: 'The eGain server did not answer in time',
    });
  });

  it('does not retry: a 503 reaches the client after one attempt', async () => {
    upstream.respond = () => ({
      status: 503,
      headers: { 'content-type': 'application/json' },
      body: '{"code":"503-100","developerMessage":"busy"}',
    });
    await startServer();
    const res = await rawRequest(port, '/system/ws/v12/interaction/case/1000');
    expect(res.status).toBe(503);
    expect(upstream.requests).toHaveLength(1);
  });
});

describe('static files', () => {
  beforeEach(() => startServer());

  it('serves index.html at / with no-cache', async () => {
    const res = await rawRequest(port, '/');
    expect(res.status).toBe(200);
    expect(res.text).toBe(INDEX_HTML);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets as immutable', async () => {
    const res = await rawRequest(port, '/assets/index-Abc123.js');
    expect(res.status).toBe(200);
    expect(res.text).toBe(ASSET_JS);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates files outside assets/', async () => {
    const res = await rawRequest(port, '/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it.each(['/cases/1000', '/search', '/a/b/c', '/assets'])(
    'falls back to index.html for the app route %s',
    async (path) => {
      const res = await rawRequest(port, `${path}?email=a@example.com`);
      expect(res.status).toBe(200);
      expect(res.text).toBe(INDEX_HTML);
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it('answers HEAD on an app route like GET, without a body', async () => {
    const res = await rawRequest(port, '/cases/1000', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body.length).toBe(0);
  });

  it.each(['/missing.js', '/assets/missing-123.js', '/robots.txt', '/.env'])(
    'answers 404 for the file %s',
    async (path) => {
      const res = await rawRequest(port, path);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('Case search');
      expect(res.text).not.toContain(SECRET);
    },
  );

  it('answers 404 to other methods on app routes', async () => {
    const res = await rawRequest(port, '/cases/1000', { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2E%2E/%2E%2E/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '/..',
  ])('never serves a file outside dist: %s', async (path) => {
    const res = await rawRequest(port, path);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain(SECRET);
  });
});

describe('security headers', () => {
  beforeEach(() => startServer());

  it.each([
    ['the app', '/'],
    ['an asset', '/assets/index-Abc123.js'],
    ['an app route', '/cases/1'],
    ['a forwarded call', '/system/ws/v12/interaction/case/1000'],
    ['a 404', '/missing.js'],
    ['a rejected path', '/system/ws/../x'],
    ['a bad request line', 'http://elsewhere.example/'],
  ])('are on %s', async (_name, path) => {
    const res = await rawRequest(port, path);
    // API answers are data with a CSP of their own (decision 020); everything else is the app's.
    expect(res.headers['content-security-policy']).toBe(
      path.startsWith('/system/')
        ? "default-src 'none'; frame-ancestors 'none'; sandbox"
        : "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;connect-src 'self';" +
            "font-src 'self';object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['permissions-policy']).toContain('camera=()');
  });

  it('are on a 413', async () => {
    const res = await rawRequest(port, '/system/ws/v20/interaction/case/lookup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(100 * 1024),
    });
    expect(res.status).toBe(413);
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});

describe('request log', () => {
  beforeEach(() => startServer());

  it('writes method, path without query, status and duration, never the session id', async () => {
    upstream.respond = () => ({
      status: 200,
      headers: { 'x-egain-session': SESSION, 'content-type': 'application/json' },
      body: '{"secret":"body"}',
    });
    await rawRequest(
      port,
      '/system/ws/v12/interaction/case?email=alice@example.com&phone=4082229898',
      {
        headers: { 'x-egain-session': SESSION, accept: 'application/json' },
      },
    );
    await rawRequest(port, '/cases/1000?customer=1000');

    await expect.poll(() => logLines.length).toBe(2);
    expect(logLines[0]).toMatch(/^GET \/system\/ws\/v12\/interaction\/case 200 \d+ms$/);
    expect(logLines[1]).toMatch(/^GET \/cases\/1000 200 \d+ms$/);
    const all = logLines.join('\n');
    for (const forbidden of [SESSION, 'alice', '4082229898', 'customer=', 'secret', '?']) {
      expect(all).not.toContain(forbidden);
    }
  });

  it('can be turned off', async () => {
    const lines: string[] = [];
    const quiet = await buildServer({
      upstream: upstream.url,
      distDir: dist.distDir,
      logRequests: false,
      log: (l) => lines.push(l),
    });
    const res = await quiet.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(lines).toEqual([]);
    await quiet.close();
  });
});

describe('without distDir (dev forwarder)', () => {
  it('forwards the API and serves no files', async () => {
    server = await buildServer({ upstream: upstream.url, log: () => {} });
    await server.listen({ host: '127.0.0.1', port: 0 });
    port = portOf(server);

    expect((await rawRequest(port, '/system/ws/v12/interaction/case/1000')).status).toBe(200);
    expect((await rawRequest(port, '/')).status).toBe(404);
    expect((await rawRequest(port, '/cases/1000')).status).toBe(404);
  });
});
