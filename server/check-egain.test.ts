// The connection check against the simulator in both shapes, and its clear failures.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCheck, type CheckOptions } from './check-egain.ts';
import { createSimulator } from './simulator/app.ts';
import type { SimulatorShape } from './simulator/serialize.ts';

const PASSWORD = 'egain-demo';

/** Listens on a free loopback port and returns it. */
async function listening(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening');
  return address.port;
}

async function simulatorUrl(shape: SimulatorShape): Promise<string> {
  const app = await createSimulator({ cases: 300, shape });
  await app.listen({ host: '127.0.0.1', port: 0 });
  onTestFinished(() => app.close());
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}/system`;
}

function options(baseUrl: string, overrides: Partial<CheckOptions> = {}): CheckOptions {
  return {
    baseUrl,
    userName: 'supervisor',
    password: PASSWORD,
    criteria: { department: 'Service' },
    timeoutMs: 10_000,
    forceLogin: false,
    language: 'en-US',
    ...overrides,
  };
}

async function check(opts: CheckOptions) {
  const lines: string[] = [];
  const result = await runCheck(opts, (line) => lines.push(line));
  return { ...result, lines, text: lines.join('\n') };
}

describe('runCheck', () => {
  it.each(['contract', 'ece'] as const)(
    'passes every step against the %s-shaped simulator',
    async (shape) => {
      const { ok, reason, lines, text } = await check(options(await simulatorUrl(shape)));
      expect(reason).toBeUndefined();
      expect(ok).toBe(true);
      expect(lines.filter((line) => line.startsWith('ok '))).toHaveLength(6);
      for (const step of ['sign in', 'lookup', 'case by id', 'customer', 'activities', 'sign out'])
        expect(text).toContain(step);
      expect(text).toMatch(/POST \/system\/ws\/v12\/authentication\/user\/login -> 204 in \d+ ms/);
      expect(text).toContain('$attribute=created');
      expect(text).toMatch(/created on (\d+) of \1/);
      expect(text).not.toContain('do not fit');
      expect(text).toContain('Session header: stable');
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
    },
  );

  it('reports rows that do not fit, by path and id, without values', async () => {
    const server = createServer((request, response) => {
      if (request.url?.includes('/login')) {
        response.writeHead(204, { 'X-egain-session': 'session-one' }).end();
        return;
      }
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'X-egain-session': 'session-two',
      });
      response.end(
        JSON.stringify({
          case: [
            { id: '1', customer: { id: '2', customerName: 'Ann' } },
            { id: '9', status: { value: { secret: 'do-not-print' } } },
          ],
          customer: [{ id: '2' }],
        }),
      );
    });
    const port = await listening(server);
    onTestFinished(() => void server.close());
    const { ok, text } = await check(options(`http://127.0.0.1:${port}/system`));
    expect(ok).toBe(true);
    expect(text).toContain('1 of 2 case rows do not fit (case 9: status)');
    expect(text).not.toContain('do-not-print');
    expect(text).toContain('Session header: rotating');
    expect(text).not.toContain('session-one');
  });

  it('fails clearly on wrong credentials', async () => {
    const { ok, reason, text } = await check(
      options(await simulatorUrl('ece'), { password: 'wrong-password' }),
    );
    expect(ok).toBe(false);
    expect(reason).toBe(
      'sign in: answered 401: User could not be authenticated. Invalid user name or password.',
    );
    expect(text).toMatch(/^FAIL 1\/6 sign in/);
    expect(text).not.toContain('wrong-password');
  });

  it('fails clearly against a closed port', async () => {
    const probe = createServer();
    const port = await listening(probe);
    await new Promise((resolve) => probe.close(resolve));
    const { ok, reason } = await check(options(`http://127.0.0.1:${port}/system`));
    expect(ok).toBe(false);
    expect(reason).toBe(`sign in: cannot reach http://127.0.0.1:${port} (connection refused)`);
  });

  it('fails clearly when the answer is an HTML page', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><p>Portal</p>');
    });
    const port = await listening(server);
    onTestFinished(() => void server.close());
    const { ok, reason } = await check(options(`http://127.0.0.1:${port}/`));
    expect(ok).toBe(false);
    expect(reason).toMatch(/^sign in: answered 200 with an HTML page, not the eGain API/);
  });

  it('times out a step that does not answer', async () => {
    const server = createServer(() => {
      // Never answers.
    });
    const port = await listening(server);
    onTestFinished(() => {
      server.closeAllConnections();
      server.close();
    });
    const { ok, reason } = await check(
      options(`http://127.0.0.1:${port}/system`, { timeoutMs: 300 }),
    );
    expect(ok).toBe(false);
    expect(reason).toBe(`sign in: no answer from http://127.0.0.1:${port} within 300 ms`);
  });

  it('says when the lookup finds nothing', async () => {
    const { ok, reason, text } = await check(
      options(await simulatorUrl('contract'), { criteria: { department: 'Nowhere' } }),
    );
    expect(ok).toBe(false);
    expect(reason).toMatch(/^lookup: the lookup found no case: set EGAIN_CHECK_CRITERIA/);
    expect(text).toContain('signed out after the failure -> 204');
  });
});

describe('npm run check:egain without a terminal', () => {
  it('fails with a one-line reason when the password is missing', () => {
    const main = fileURLToPath(new URL('./check-egain-main.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: {
        ...process.env,
        EGAIN_URL: 'http://127.0.0.1:9/system',
        EGAIN_USER: 'supervisor',
        EGAIN_PASSWORD: '',
      },
      input: '',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'check:egain failed: EGAIN_PASSWORD is not set and no terminal is attached to ask for it\n',
    );
  }, 60_000);
});
