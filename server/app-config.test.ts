import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { APP_CONFIG_PATH, buildServer } from './app.ts';

let server: FastifyInstance | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe(APP_CONFIG_PATH, () => {
  it('names the eGain server it was given, never cached', async () => {
    server = await buildServer({
      upstream: new URL('https://acme.example.com/system'),
      egainServer: 'https://acme.example.com',
      logRequests: false,
    });
    const res = await server.inject({ method: 'GET', url: APP_CONFIG_PATH });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({ egainServer: 'https://acme.example.com' });
  });

  it("defaults to the upstream's origin, without path or credentials", async () => {
    server = await buildServer({
      upstream: new URL('https://acme.example.com:8443/system'),
      logRequests: false,
    });
    const res = await server.inject({ method: 'GET', url: APP_CONFIG_PATH });
    expect(res.json()).toEqual({ egainServer: 'https://acme.example.com:8443' });
  });
});
