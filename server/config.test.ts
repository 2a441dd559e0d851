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
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      egainUrl: undefined,
      sim: { cases: 200, seed: 7, idleTimeoutMinutes: 0.5, testControls: true, shape: 'contract' },
    });
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
  it('prints the reason and exits with code 1', () => {
    const start = fileURLToPath(new URL('./start.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', start], {
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
