import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './main.ts';
import { INDEX_HTML, makeFakeDist, rawRequest, startFakeUpstream } from './test-helpers.ts';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      egainUrl: undefined,
      sim: { cases: 5000, seed: 20210825, idleTimeoutMinutes: 30, testControls: false, shape: 'contract' },
      guard: {
        allowedHosts: ['localhost', '127.0.0.1', '::1'],
        trustProxy: false,
        https: false,
        upstream: {
          connectTimeoutMs: 5000,
          headersTimeoutMs: 15_000,
          answerTimeoutMs: 30_000,
          maxAnswerBytes: 10 * 1024 * 1024,
          perClient: 16,
          total: 128,
          queueTimeoutMs: 5000,
          queuePerClient: 64,
        },
        signIn: { perUser: 10, perAddress: 50, windowMs: 300_000 },
      },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      SIM_CASES: '200',
      SIM_SEED: '7',
      SIM_IDLE_TIMEOUT_MINUTES: '0.5',
      SIM_TEST_CONTROLS: '1',
      ALLOWED_HOSTS: 'Cases.Example.com, 10.0.0.5',
      TRUST_PROXY: '10.0.0.0/8, loopback',
      HTTPS: 'true',
      UPSTREAM_CONNECT_TIMEOUT_SECONDS: '2',
      UPSTREAM_HEADERS_TIMEOUT_SECONDS: '7.5',
      UPSTREAM_TIMEOUT_SECONDS: '20',
      UPSTREAM_QUEUE_TIMEOUT_SECONDS: '3',
      UPSTREAM_MAX_RESPONSE_MB: '2',
      UPSTREAM_MAX_PER_CLIENT: '4',
      UPSTREAM_MAX_IN_FLIGHT: '32',
      SIGN_IN_FAILURES_PER_USER: '3',
      SIGN_IN_FAILURES_PER_ADDRESS: '20',
      SIGN_IN_FAILURE_WINDOW_MINUTES: '15',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      egainUrl: undefined,
      sim: { cases: 200, seed: 7, idleTimeoutMinutes: 0.5, testControls: true, shape: 'contract' },
      guard: {
        allowedHosts: ['cases.example.com', '10.0.0.5'],
        trustProxy: ['10.0.0.0/8', 'loopback'],
        https: true,
        upstream: {
          connectTimeoutMs: 2000,
          headersTimeoutMs: 7500,
          answerTimeoutMs: 20_000,
          maxAnswerBytes: 2 * 1024 * 1024,
          perClient: 4,
          total: 32,
          queueTimeoutMs: 3000,
          queuePerClient: 16,
        },
        signIn: { perUser: 3, perAddress: 20, windowMs: 15 * 60_000 },
      },
    });
  });

  it('answers for the listen host too when it names this machine', () => {
    expect(loadConfig({ HOST: 'cases.internal' }).guard.allowedHosts).toEqual([
      'cases.internal',
      'localhost',
      '127.0.0.1',
      '::1',
    ]);
    expect(loadConfig({ HOST: '::' }).guard.allowedHosts).toEqual([
      'localhost',
      '127.0.0.1',
      '::1',
    ]);
  });

  it.each([
    ['TRUST_PROXY', 'true', true],
    ['TRUST_PROXY', '0', false],
    ['TRUST_PROXY', '192.168.1.10', ['192.168.1.10']],
    ['TRUST_PROXY', '::1/128', ['::1/128']],
    ['HTTPS', '1', true],
    ['HTTPS', 'FALSE', false],
  ])('reads %s=%s', (name, value, expected) => {
    const guard = loadConfig({ [name]: value }).guard;
    expect(name === 'HTTPS' ? guard.https : guard.trustProxy).toEqual(expected);
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({
      PORT: '',
      HOST: ' ',
      EGAIN_URL: '',
      SIM_CASES: '',
      SIM_TEST_CONTROLS: '',
    });
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.egainUrl).toBeUndefined();
    expect(config.sim.cases).toBe(5000);
    expect(config.sim.testControls).toBe(false);
  });

  it('uses the caller’s default port when PORT is unset', () => {
    expect(loadConfig({}, { defaultPort: 5173 }).port).toBe(5173);
    expect(loadConfig({ PORT: '4000' }, { defaultPort: 5173 }).port).toBe(4000);
  });

  it.each([
    ['https://acme.example.com/system', 'https://acme.example.com/system'],
    ['https://acme.example.com/system/', 'https://acme.example.com/system'],
    ['http://10.0.0.5:8080/ece/system//', 'http://10.0.0.5:8080/ece/system'],
    ['HTTPS://ACME.example.com/system', 'https://acme.example.com/system'],
    ['https://acme.example.com', 'https://acme.example.com'],
  ])('normalises EGAIN_URL %s to %s', (value, expected) => {
    expect(loadConfig({ EGAIN_URL: value }).egainUrl).toBe(expected);
  });

  it('never turns test controls on in front of a real eGain server', () => {
    const config = loadConfig({
      EGAIN_URL: 'https://acme.example.com/system',
      SIM_TEST_CONTROLS: '1',
    });
    expect(config.sim.testControls).toBe(false);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '30.5'],
    ['EGAIN_URL', 'acme.example.com/system'],
    ['EGAIN_URL', '/system'],
    ['EGAIN_URL', 'ftp://acme.example.com/system'],
    ['EGAIN_URL', 'javascript:alert(1)'],
    ['EGAIN_URL', 'https://user:pw@acme.example.com/system'],
    ['EGAIN_URL', 'https://acme.example.com/system?x=1'],
    ['SIM_CASES', '0'],
    ['SIM_CASES', 'many'],
    ['SIM_SEED', '1.5'],
    ['SIM_IDLE_TIMEOUT_MINUTES', '0'],
    ['SIM_IDLE_TIMEOUT_MINUTES', '-5'],
    ['SIM_TEST_CONTROLS', 'yes'],
    ['ALLOWED_HOSTS', 'cases.example.com:3000'],
    ['ALLOWED_HOSTS', 'https://cases.example.com'],
    ['ALLOWED_HOSTS', ' , '],
    ['TRUST_PROXY', 'yes'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', 'proxy.example.com'],
    ['HTTPS', 'on'],
    ['UPSTREAM_TIMEOUT_SECONDS', '0'],
    ['UPSTREAM_TIMEOUT_SECONDS', '10m'],
    ['UPSTREAM_MAX_PER_CLIENT', '0'],
    ['SIGN_IN_FAILURES_PER_USER', 'many'],
  ])('rejects %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`${name}: .*got "${escape(value)}"`),
    );
  });

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', SIM_CASES: 'y' })).toThrow(/PORT[\s\S]*SIM_CASES/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('npm start with a bad environment', () => {
  it('prints the reason and exits with code 1, run by Node itself (no TypeScript compiler)', () => {
    const start = fileURLToPath(new URL('./start.ts', import.meta.url));
    const result = spawnSync(process.execPath, [start], {
      env: { ...process.env, PORT: 'not-a-port', EGAIN_URL: 'https://acme.example.com/system' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('"not-a-port"');
  });
});

describe('startServer with EGAIN_URL', () => {
  it('serves the bundle and forwards /system/ws/* to that server only', async () => {
    const egain = await startFakeUpstream();
    const dist = await makeFakeDist();
    egain.respond = () => ({
      status: 204,
      headers: { 'x-egain-session': 'abc-123', 'content-type': 'application/json' },
    });
    const config = loadConfig({
      EGAIN_URL: `${egain.url.href}/`,
      PORT: '0',
      SIM_TEST_CONTROLS: '1',
    });
    const server = await startServer(config, { distDir: dist.distDir, log: () => {} });
    try {
      expect(server.upstream.simulator).toBeUndefined();
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const port = Number(new URL(server.url).port);

      const login = await rawRequest(
        port,
        '/system/ws/v12/authentication/user/login?forceLogin=yes',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: '{"userName":"qa1","password":"egain-demo"}',
        },
      );
      expect(login.status).toBe(204);
      expect(login.headers['x-egain-session']).toBe('abc-123');
      expect(egain.requests.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
        'POST /system/ws/v12/authentication/user/login?forceLogin=yes {"userName":"qa1","password":"egain-demo"}',
      ]);

      const page = await rawRequest(port, '/');
      expect(page.text).toBe(INDEX_HTML);
    } finally {
      await server.close();
      await server.close();
      await egain.close();
      await dist.close();
    }
  });
});
