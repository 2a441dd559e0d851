// The forwarder in front of an eGain server that misbehaves (decision 020): every fault ends in a
// clean eGain-shaped 502/504 with a log line naming its cause, nothing the upstream sends can become
// a document or a header of ours, and a burst of hanging requests cannot starve other clients.
import { writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildServer, type BuildServerOptions } from './app.ts';
import {
  makeFakeDist,
  portOf,
  rawAnswer,
  rawRequest,
  startMisbehavingUpstream,
  type FakeDist,
  type MisbehavingUpstream,
  type RawResponse,
} from './test-helpers.ts';

const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";
const JSON_TYPE = { 'content-type': 'application/json' };

let dist: FakeDist;
let upstream: MisbehavingUpstream;
let server: FastifyInstance;
let port: number;
let lines: string[];

beforeAll(async () => {
  dist = await makeFakeDist();
});

afterAll(async () => {
  await dist.close();
});

beforeEach(async () => {
  upstream = await startMisbehavingUpstream();
});

afterEach(async () => {
  await server.close();
  await upstream.close();
});

async function start(options: Partial<BuildServerOptions> = {}): Promise<void> {
  lines = [];
  server = await buildServer({
    upstream: upstream.url,
    distDir: dist.distDir,
    log: (line) => lines.push(line),
    ...options,
    upstreamLimits: { headersTimeoutMs: 400, answerTimeoutMs: 1500, ...options.upstreamLimits },
  });
  await server.listen({ host: '127.0.0.1', port: 0 });
  port = portOf(server);
}

const read = (path = '/system/ws/v12/interaction/case/1000') =>
  rawRequest(port, path, { headers: { accept: 'application/json' } });

function expectApiError(res: RawResponse, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(JSON.parse(res.text)).toMatchObject({ code });
  expect(res.headers['content-security-policy']).toBe(API_CSP);
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
}

async function expectLogged(cause: RegExp): Promise<void> {
  await expect
    .poll(() =>
      lines.some((line) => /^upstream error on GET \/system\/ws\//.test(line) && cause.test(line)),
    )
    .toBe(true);
}

/** Writes the answer's head, then `body` in pieces every `ms`, stopping when the socket closes. */
function trickle(socket: Socket, head: Buffer, pieces: number, ms: number): void {
  socket.write(head);
  let sent = 0;
  const timer = setInterval(() => {
    sent += 1;
    if (socket.destroyed || sent > pieces) {
      clearInterval(timer);
      return;
    }
    socket.write('x');
  }, ms);
  socket.on('close', () => clearInterval(timer));
}

describe('deadlines', () => {
  it('an upstream that never answers gets a 504 at the header deadline, once', async () => {
    upstream.behave = () => {};
    await start();
    expectApiError(await read(), 504, '504-100');
    expect(upstream.heads).toHaveLength(1);
    await expectLogged(/headers timeout/);
  });

  it('a body that trickles one byte at a time ends at the whole-answer deadline', async () => {
    // Each byte comes well within the pause limit (400 ms), but the answer never completes in 1.5 s.
    upstream.behave = (socket) =>
      trickle(socket, rawAnswer('200 OK', { ...JSON_TYPE, 'content-length': 1000 }), 100, 100);
    await start();
    expectApiError(await read(), 504, '504-100');
    await expectLogged(/no complete answer within 1500 ms/);
  });

  it('a body that stalls half-way is a 504, logged', async () => {
    upstream.behave = (socket) =>
      socket.write(rawAnswer('200 OK', { ...JSON_TYPE, 'content-length': 100 }, '{"case":['));
    await start();
    expectApiError(await read(), 504, '504-100');
    await expectLogged(/body stalled/);
  });

  it('a connection that cannot be opened in time is a 504', async () => {
    // TCP connects, but the TLS handshake never gets an answer: only the connect deadline ends it.
    upstream.behave = () => {};
    const silent = new URL(upstream.url);
    silent.protocol = 'https:';
    await start({ upstream: silent, upstreamLimits: { connectTimeoutMs: 300 } });
    expectApiError(await read(), 504, '504-100');
    await expectLogged(/connect timeout/);
  });
});

describe('broken answers', () => {
  it('a reset in mid-body is a 502, logged', async () => {
    upstream.behave = (socket) => {
      socket.write(rawAnswer('200 OK', { ...JSON_TYPE, 'content-length': 100 }, '{"case":['));
      setTimeout(() => socket.resetAndDestroy(), 50);
    };
    await start();
    expectApiError(await read(), 502, '502-101');
    await expectLogged(/UND_ERR_(SOCKET|RES_CONTENT_LENGTH_MISMATCH)/);
  });

  it('a short body (Content-Length 5, no bytes) is a 502, logged', async () => {
    upstream.behave = (socket) =>
      socket.end(rawAnswer('200 OK', { ...JSON_TYPE, 'content-length': 5 }));
    await start();
    expectApiError(await read(), 502, '502-101');
    await expectLogged(/UND_ERR/);
  });

  it('an answer over the size cap is a 502, with or without Content-Length', async () => {
    const big = Buffer.alloc(300 * 1024, 'a');
    await start({ upstreamLimits: { maxAnswerBytes: 256 * 1024 } });

    upstream.behave = (socket) =>
      socket.end(rawAnswer('200 OK', { ...JSON_TYPE, 'content-length': big.length }, big));
    const declared = await read();
    expectApiError(declared, 502, '502-104');
    expect(JSON.parse(declared.text)).toMatchObject({
      developerMessage: 'The answer of the eGain server is larger than 262144 bytes',
    });

    upstream.behave = (socket) => {
      socket.write(rawAnswer('200 OK', { ...JSON_TYPE, 'transfer-encoding': 'chunked' }));
      for (let i = 0; i < 6; i++)
        socket.write(`${(64 * 1024).toString(16)}\r\n${'a'.repeat(64 * 1024)}\r\n`);
      socket.end('0\r\n\r\n');
    };
    expectApiError(await read(), 502, '502-104');
    await expectLogged(/answer larger than 262144 bytes/);
  });

  it('a compressed answer that would grow past the cap is a 502 (no zip bomb reaches the browser)', async () => {
    const bomb = gzipSync(Buffer.alloc(5 * 1024 * 1024, 0));
    expect(bomb.length).toBeLessThan(64 * 1024);
    upstream.behave = (socket) =>
      socket.end(
        rawAnswer(
          '200 OK',
          { ...JSON_TYPE, 'content-encoding': 'gzip', 'content-length': bomb.length },
          bomb,
        ),
      );
    await start({ upstreamLimits: { maxAnswerBytes: 1024 * 1024 } });
    expectApiError(await read(), 502, '502-104');
  });
});

describe('upstream answers are data, never a document', () => {
  it.each([
    [
      'HTML with a script',
      'text/html; charset=utf-8',
      '<script>alert(sessionStorage.length)</script>',
    ],
    ['JavaScript', 'application/javascript', 'alert(1)'],
    ['SVG', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
    ['XML', 'application/xml', '<case/>'],
    ['no Content-Type', undefined, '{"looks":"like json"}'],
  ])('%s is refused with a 502 in the eGain shape', async (_name, type, body) => {
    upstream.behave = (socket) =>
      socket.end(
        rawAnswer(
          '200 OK',
          {
            ...(type === undefined ? {} : { 'content-type': type }),
            'content-length': body.length,
          },
          body,
        ),
      );
    await start();
    const res = await read();
    expectApiError(res, 502, '502-102');
    expect(res.text).not.toContain('alert');
    await expectLogged(/Content-Type/);
  });

  it('passes JSON variants and empty answers', async () => {
    await start();
    upstream.behave = (socket) =>
      socket.end(
        rawAnswer(
          '200 OK',
          { 'content-type': 'application/problem+json', 'content-length': 2 },
          '{}',
        ),
      );
    expect((await read()).status).toBe(200);
    upstream.behave = (socket) =>
      socket.end(
        rawAnswer('204 No Content', { 'content-type': 'text/html', 'x-egain-session': 'abc' }),
      );
    const empty = await read();
    expect(empty.status).toBe(204);
    expect(empty.headers['x-egain-session']).toBe('abc');
  });

  it.each(['301 Moved Permanently', '302 Found', '303 See Other', '307 Temporary Redirect'])(
    'a %s is never passed on (502, logged, no Location)',
    async (status) => {
      upstream.behave = (socket) =>
        socket.end(
          rawAnswer(status, {
            location: 'http://evil.example/steal',
            'content-length': 0,
            refresh: '0;url=http://evil.example/',
          }),
        );
      await start();
      const res = await read();
      expectApiError(res, 502, '502-103');
      expect(res.headers.location).toBeUndefined();
      expect(res.headers.refresh).toBeUndefined();
      expect(upstream.heads).toHaveLength(1);
      await expectLogged(/redirect 3\d\d/);
    },
  );

  it('passes only the allow-listed headers out of a header soup', async () => {
    const soup = {
      ...JSON_TYPE,
      'content-length': 11,
      'x-egain-session': 'sid-1',
      'content-language': 'fr-FR',
      'retry-after': '3',
      'cache-control': 'public, max-age=31536000',
      'access-control-allow-origin': '*',
      'access-control-allow-credentials': 'true',
      'cross-origin-resource-policy': 'cross-origin',
      'cross-origin-opener-policy': 'unsafe-none',
      location: 'http://evil.example/',
      refresh: '0;url=http://evil.example/',
      link: '<http://evil.example/x.js>; rel=preload; as=script',
      'clear-site-data': '"*"',
      'content-disposition': 'attachment; filename=evil.html',
      server: 'Apache-Coyote/1.1',
      'x-powered-by': 'Servlet/3.0',
      'alt-svc': 'h3=":443"; ma=86400',
      'set-cookie': 'JSESSIONID=abc; Path=/',
      'strict-transport-security': 'max-age=0',
      'content-security-policy': "script-src 'unsafe-inline'",
      'x-frame-options': 'ALLOWALL',
      'permissions-policy': 'camera=*',
      etag: '"123"',
      vary: 'Cookie',
      'x-custom': 'leak',
    };
    upstream.behave = (socket) => socket.end(rawAnswer('200 OK', soup, '{"ok":true}'));
    await start();
    const res = await read();
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"ok":true}');
    expect(res.headers['x-egain-session']).toBe('sid-1');
    expect(res.headers['content-language']).toBe('fr-FR');
    expect(res.headers['retry-after']).toBe('3');
    expect(res.headers['content-type']).toBe('application/json');
    for (const name of [
      'access-control-allow-origin',
      'access-control-allow-credentials',
      'location',
      'refresh',
      'link',
      'clear-site-data',
      'content-disposition',
      'server',
      'x-powered-by',
      'alt-svc',
      'set-cookie',
      'strict-transport-security',
      'etag',
      'vary',
      'x-custom',
    ]) {
      expect(res.headers[name], name).toBeUndefined();
    }
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['content-security-policy']).toBe(API_CSP);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['permissions-policy']).toContain('camera=()');
  });
});

describe('a burst of hanging requests', () => {
  it('fills only its own client’s share: another client is answered while they hang', async () => {
    const hanging: Socket[] = [];
    upstream.behave = (socket, head) => {
      if (head.includes('/hang')) hanging.push(socket);
      else socket.end(rawAnswer('200 OK', { ...JSON_TYPE, 'content-length': 11 }, '{"ok":true}'));
    };
    await start({
      upstreamLimits: {
        perClient: 4,
        total: 8,
        queuePerClient: 4,
        queueTimeoutMs: 60_000,
        headersTimeoutMs: 60_000,
        answerTimeoutMs: 60_000,
      },
    });
    const settled: RawResponse[] = [];
    const burst = Array.from({ length: 12 }, () =>
      read('/system/ws/hang').then((res) => {
        settled.push(res);
        return res;
      }),
    );
    // Four at the upstream, four waiting, four refused at once.
    await expect.poll(() => upstream.heads.length).toBe(4);
    await expect.poll(() => settled.length).toBe(4);
    for (const res of settled) {
      expectApiError(res, 503, '503-101');
      expect(res.headers['retry-after']).toBe('1');
    }

    const other = await rawRequest(port, '/system/ws/v12/interaction/case/1000', {
      localAddress: '127.0.0.2',
      headers: { accept: 'application/json' },
    });
    expect(other.status).toBe(200);
    // The burst is still hanging: the other client did not wait for it.
    expect(settled).toHaveLength(4);
    expect(upstream.heads.filter((head) => head.includes('/hang'))).toHaveLength(4);

    // Once the upstream lets go, the four at the upstream fail cleanly and the four waiting get their
    // turn (and meet the same end).
    const release = setInterval(() => hanging.splice(0).forEach((socket) => socket.destroy()), 20);
    const all = await Promise.all(burst);
    clearInterval(release);
    expect(all.filter((res) => res.status === 503)).toHaveLength(4);
    for (const res of all.filter((res) => res.status !== 503)) expect(res.status).toBe(502);
  });

  it('a request waiting longer than the queue deadline gets a 503', async () => {
    upstream.behave = () => {};
    await start({
      upstreamLimits: {
        perClient: 1,
        queueTimeoutMs: 200,
        headersTimeoutMs: 5000,
        answerTimeoutMs: 5000,
      },
    });
    const first = read();
    await expect.poll(() => upstream.heads.length).toBe(1);
    expectApiError(await read(), 503, '503-101');
    await expect.poll(() => lines.some((line) => line.includes('waited too long'))).toBe(true);
    await upstream.close();
    await first;
    upstream = await startMisbehavingUpstream();
  });
});

describe('methods and host names', () => {
  it.each(['evil.example', 'evil.example:3000', '127.0.0.1.nip.io', 'localhost.evil.example'])(
    'a Host of %j gets 421 and reaches nothing (DNS rebinding)',
    async (host) => {
      await start();
      const res = await rawRequest(port, '/system/ws/v12/interaction/case/1000', {
        headers: { host },
      });
      expect(res.status).toBe(421);
      expect(JSON.parse(res.text)).toMatchObject({ code: '421-100' });
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect((await rawRequest(port, '/', { headers: { host } })).status).toBe(421);
      expect(upstream.heads).toHaveLength(0);
    },
  );

  it.each(['localhost', 'localhost:3000', '127.0.0.1:8080', '[::1]:3000', 'LOCALHOST'])(
    'a Host of %s is served',
    async (host) => {
      await start();
      const res = await rawRequest(port, '/system/ws/v12/interaction/case/1000', {
        headers: { host },
      });
      expect(res.status).toBe(200);
    },
  );

  it('answers for the configured names only', async () => {
    await start({ allowedHosts: ['cases.example.com'] });
    const named = await rawRequest(port, '/', { headers: { host: 'cases.example.com' } });
    expect(named.status).toBe(200);
    const loopback = await rawRequest(port, '/', { headers: { host: 'localhost' } });
    expect(loopback.status).toBe(421);
  });
});

describe('what goes up', () => {
  it('sends the product’s own User-Agent and no X-Forwarded-For by default', async () => {
    await start();
    await rawRequest(port, '/system/ws/v12/interaction/case/1000', {
      headers: { 'user-agent': 'Mozilla/5.0', 'x-forwarded-for': '203.0.113.9' },
    });
    expect(upstream.heads[0]).toMatch(/^user-agent: case-search\/\d+\.\d+\.\d+$/im);
    expect(upstream.heads[0]).not.toMatch(/x-forwarded-for/i);
    expect(upstream.heads[0]).not.toContain('Mozilla');
  });

  it('sends X-Forwarded-For behind a trusted proxy', async () => {
    await start({ trustProxy: ['127.0.0.1'] });
    await rawRequest(port, '/system/ws/v12/interaction/case/1000', {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(upstream.heads[0]).toMatch(/^x-forwarded-for: 203\.0\.113\.9, 127\.0\.0\.1$/im);
  });
});

describe('failed sign-ins', () => {
  const LOGIN = '/system/ws/v12/authentication/user/login';
  const signIn = (userName: string, password: string, localAddress?: string) =>
    rawRequest(port, LOGIN, {
      method: 'POST',
      headers: { ...JSON_TYPE, accept: 'application/json' },
      body: JSON.stringify({ userName, password }),
      localAddress,
    });

  beforeEach(() => {
    upstream.behave = (socket, _head, body) => {
      socket.end(
        body.includes('"password":"right"')
          ? rawAnswer('204 No Content', { ...JSON_TYPE, 'x-egain-session': 'sid' })
          : rawAnswer(
              '401 Unauthorized',
              { ...JSON_TYPE, 'content-length': 19 },
              '{"code":"401-100"}\n',
            ),
      );
    };
  });

  it('are limited per user name with 429 and Retry-After; the upstream sees no more of them', async () => {
    await start({ signInLimits: { perUser: 3, perAddress: 100, windowMs: 60_000 } });
    for (let i = 0; i < 3; i++) expect((await signIn('qa1', `wrong${i}`)).status).toBe(401);
    const refused = await signIn('QA1 ', 'wrong');
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.text)).toMatchObject({ code: '429-100' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Locked means locked: the right password waits too, or guessing would go on.
    expect((await signIn('qa1', 'right')).status).toBe(429);
    expect(upstream.heads).toHaveLength(3);
    // Another user name is not affected.
    expect((await signIn('qa2', 'right')).status).toBe(204);
  });

  it('are limited per client address across user names', async () => {
    await start({ signInLimits: { perUser: 100, perAddress: 4, windowMs: 60_000 } });
    for (let i = 0; i < 4; i++) expect((await signIn(`user${i}`, 'wrong')).status).toBe(401);
    expect((await signIn('user9', 'wrong')).status).toBe(429);
    // Another address still may.
    expect((await signIn('user9', 'right', '127.0.0.2')).status).toBe(204);
  });

  it('successful sign-ins are never limited', async () => {
    await start({ signInLimits: { perUser: 2, perAddress: 2, windowMs: 60_000 } });
    for (let i = 0; i < 30; i++) expect((await signIn('qa1', 'right')).status).toBe(204);
  });
});

describe('parser-level rejections, aborted requests, files', () => {
  /** Sends raw bytes and returns everything the server answers until it closes. */
  function rawExchange(bytes: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
      socket.end(bytes);
    });
  }

  it.each([
    [
      'headers too large',
      `GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
    ],
    ['a malformed request line', 'GET / HTTP/9.9 junk\r\n\r\n', 400],
    ['a bad header', 'GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n', 400],
  ])('%s: %#, answered with the security headers and a log line', async (_name, bytes, status) => {
    await start();
    const answer = await rawExchange(bytes);
    expect(answer).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    const head = answer.slice(0, answer.indexOf('\r\n\r\n')).toLowerCase();
    expect(head).toContain("content-security-policy: default-src 'self'");
    expect(head).toContain('x-content-type-options: nosniff');
    expect(head).toContain('x-frame-options: deny');
    expect(head).toContain('permissions-policy: ');
    expect(answer).toContain(`"code":"${status}-100"`);
    await expect
      .poll(() => lines)
      .toContainEqual(expect.stringMatching(new RegExp(`^client error ${status}: HPE_`)));
  });

  it('an aborted request body is one log line, not an error', async () => {
    await start();
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          'POST /system/ws/v20/interaction/case/lookup HTTP/1.1\r\nHost: localhost\r\n' +
            'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":',
        );
        setTimeout(() => socket.destroy(), 100);
      });
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    await expect
      .poll(() => lines)
      .toContainEqual('POST /system/ws/v20/interaction/case/lookup aborted by the client');
    expect(lines.filter((line) => line.startsWith('error'))).toEqual([]);
    expect(upstream.heads).toHaveLength(0);
  });

  it('never serves a source map, even one left in dist/', async () => {
    await start();
    await writeFile(
      join(dist.distDir, 'assets', 'index-Abc123.js.map'),
      '{"sources":["secret.ts"]}',
    );
    const res = await rawRequest(port, '/assets/index-Abc123.js.map');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('secret.ts');
  });

  it('sends HSTS only when the site is reached over HTTPS', async () => {
    await start();
    expect((await rawRequest(port, '/')).headers['strict-transport-security']).toBeUndefined();
    await server.close();
    await start({ https: true });
    expect((await rawRequest(port, '/')).headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    await server.close();
    await start({ trustProxy: ['127.0.0.1'] });
    const viaTls = await rawRequest(port, '/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaTls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const viaHttp = await rawRequest(port, '/', { headers: { 'x-forwarded-proto': 'http' } });
    expect(viaHttp.headers['strict-transport-security']).toBeUndefined();
  });
});
