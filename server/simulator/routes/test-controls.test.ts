import type { FastifyInstance } from 'fastify';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { z } from 'zod';
import {
  codeOf,
  errorOf,
  login,
  loginRequest,
  lookup,
  parseJson,
  sessionOf,
  simulator,
} from '../test-support.ts';

const control = (app: FastifyInstance, path: string, body: unknown) =>
  app.inject({
    method: 'POST',
    url: `/system/ws/__sim/${path}`,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });

const idsOfBody = (text: string): string[] =>
  z
    .object({ case: z.array(z.object({ id: z.string() })) })
    .parse(JSON.parse(text))
    .case.map((c) => c.id);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const requestLog = z.object({
  requests: z.array(
    z.object({
      method: z.string(),
      path: z.string(),
      query: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
      headers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
      body: z.unknown(),
      at: z.string(),
    }),
  ),
});

describe('test controls', () => {
  it('do not exist unless testControls is on', async () => {
    const app = await simulator();
    for (const path of ['faults', 'sessions/expire', 'rotation', 'reset']) {
      const response = await control(app, path, {});
      expect(response.statusCode).toBe(404);
      expect(codeOf(response)).toBe('404-100');
    }
    expect((await app.inject({ method: 'GET', url: '/system/ws/__sim/requests' })).statusCode).toBe(
      404,
    );
  });

  it('validate their bodies', async () => {
    const app = await simulator({ testControls: true });
    expect((await control(app, 'faults', { status: 500 })).statusCode).toBe(400);
    expect((await control(app, 'faults', { path: '/x', times: 0 })).statusCode).toBe(400);
    expect((await control(app, 'rotation', { graceMs: 5 })).statusCode).toBe(400);
    expect(
      (await app.inject({ method: 'POST', url: '/system/ws/__sim/reset', payload: '{' }))
        .statusCode,
    ).toBe(400);
  });
});

describe('faults', () => {
  it('answer the given status and body for the next `times` matching requests', async () => {
    const app = await simulator({ testControls: true });
    const session = await login(app, 'qa1');
    const fault = {
      path: '/case/lookup',
      method: 'POST',
      times: 2,
      status: 503,
      body: { code: '503-100', developerMessage: 'down' },
    };
    expect((await control(app, 'faults', fault)).statusCode).toBe(204);
    for (let i = 0; i < 2; i++) {
      const response = await lookup(app, session, { status: 'open' });
      expect(response.statusCode).toBe(503);
      expect(errorOf(response)).toEqual({ code: '503-100', developerMessage: 'down' });
      expect(response.headers['x-egain-session']).toBe(session);
    }
    expect((await lookup(app, session, { status: 'open' })).statusCode).toBe(200);
  });

  it('match method and path, and default to one time with an eGain-style body', async () => {
    const app = await simulator({ testControls: true });
    const session = await login(app);
    await control(app, 'faults', { path: '/interaction/activity', method: 'GET', status: 500 });
    expect((await lookup(app, session, { status: 'open' })).statusCode).toBe(200);
    const get = () =>
      app.inject({
        method: 'GET',
        url: '/system/ws/v20/interaction/activity?case=1000',
        headers: { accept: 'application/json', 'x-egain-session': session },
      });
    const failed = await get();
    expect(failed.statusCode).toBe(500);
    expect(codeOf(failed)).toBe('500-100');
    expect((await get()).statusCode).toBe(200);
    await control(app, 'faults', { path: '/v20/interaction/case/lookup', status: 401 });
    expect(codeOf(await lookup(app, session, { status: 'open' }))).toBe('401-101');
  });

  it('can send a truncated JSON body, with or without a status', async () => {
    const app = await simulator({ testControls: true });
    const session = await login(app);
    await control(app, 'faults', { path: 'lookup', malformed: true });
    const broken = await lookup(app, session, { email: 'jhenry@customer.com' });
    expect(broken.statusCode).toBe(200);
    expect(broken.headers['content-type']).toBe('application/json');
    expect(isJson(broken.body)).toBe(false);
    expect(broken.body.length).toBeGreaterThan(0);
    await control(app, 'faults', { path: 'lookup', malformed: true, status: 500 });
    const brokenError = await lookup(app, session, { status: 'open' });
    expect(brokenError.statusCode).toBe(500);
    expect(isJson(brokenError.body)).toBe(false);
    expect((await lookup(app, session, { status: 'open' })).statusCode).toBe(200);
  });

  it('delay the answer by delayMs and otherwise answer normally', async () => {
    const app = await simulator({ testControls: true });
    const session = await login(app);
    await control(app, 'faults', { path: 'lookup', delayMs: 60_000 });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    let answered = false;
    const pending = lookup(app, session, { email: 'jhenry@customer.com' }).then((response) => {
      answered = true;
      return response;
    });
    // Wait (on real setImmediate turns) until the request reaches the fault's timer.
    while (vi.getTimerCount() === 0) await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(59_999);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const response = await pending;
    expect(response.statusCode).toBe(200);
    expect(idsOfBody(response.body)).toEqual(['1000']);
  });

  it('scoped to a user touch only that user’s sessions, and the login by userName', async () => {
    const app = await simulator({ testControls: true });
    const qa1 = await login(app, 'qa1');
    const qa2 = await login(app, 'qa2');
    await control(app, 'faults', { user: 'qa1', path: 'lookup', status: 500, times: 5 });
    expect((await lookup(app, qa2, { status: 'open' })).statusCode).toBe(200);
    expect((await lookup(app, qa1, { status: 'open' })).statusCode).toBe(500);

    await control(app, 'faults', { user: 'QA3', path: '/authentication/user/login', status: 503 });
    expect((await loginRequest(app, 'qa4')).statusCode).toBe(204);
    expect((await loginRequest(app, 'qa3')).statusCode).toBe(503);
    expect((await loginRequest(app, 'qa3')).statusCode).toBe(204);
  });
});

describe('session controls', () => {
  it('expire every session of a user, or of everyone', async () => {
    const app = await simulator({ testControls: true });
    const qa1 = await login(app, 'qa1');
    const qa2 = await login(app, 'qa2');
    await control(app, 'sessions/expire', { user: 'qa1' });
    expect(codeOf(await lookup(app, qa1, { status: 'open' }))).toBe('401-101');
    expect((await lookup(app, qa2, { status: 'open' })).statusCode).toBe(200);
    await control(app, 'sessions/expire', {});
    expect(codeOf(await lookup(app, qa2, { status: 'open' }))).toBe('401-101');
  });

  it('rotate the id on every authenticated answer; the previous id works for graceMs, then 401', async () => {
    let clock = 1_000_000;
    const app = await simulator({ testControls: true, now: () => clock });
    const first = await login(app, 'qa1');
    const other = await login(app, 'qa2');
    await control(app, 'rotation', { user: 'qa1', enabled: true, graceMs: 1000 });

    const answer = await lookup(app, first, { status: 'open' });
    const second = sessionOf(answer);
    expect(second).not.toBe(first);
    // Rotation is per session, errors and 204s included; qa2 is not rotated.
    const noMatch = await lookup(app, second, { email: 'nobody@nowhere.example' });
    expect(noMatch.statusCode).toBe(204);
    const third = sessionOf(noMatch);
    expect(third).not.toBe(second);
    expect(sessionOf(await lookup(app, other, { status: 'open' }))).toBe(other);

    clock += 999;
    // Still within the grace period of the first id (superseded at the first answer). A request
    // with a superseded id is answered with the current id, not yet another one.
    const late = await lookup(app, first, {});
    expect(codeOf(late)).toBe('400-112');
    expect(sessionOf(late)).toBe(third);
    clock += 2;
    expect(codeOf(await lookup(app, first, { status: 'open' }))).toBe('401-101');
    expect(codeOf(await lookup(app, second, { status: 'open' }))).toBe('401-101');
    const fourth = sessionOf(await lookup(app, third, { status: 'open' }));
    expect(fourth).not.toBe(third);
    // The third id was superseded just now, so its grace period starts now.
    clock += 1000;
    expect(sessionOf(await lookup(app, third, { status: 'open' }))).toBe(fourth);
    clock += 1;
    expect(codeOf(await lookup(app, third, { status: 'open' }))).toBe('401-101');

    await control(app, 'rotation', { enabled: false });
    const current = sessionOf(await lookup(app, fourth, { status: 'open' }));
    expect(current).toBe(fourth);
    expect(sessionOf(await lookup(app, current, { status: 'open' }))).toBe(current);
  });

  it('rotate for everyone with the default grace of 3 s when no user is named', async () => {
    let clock = 0;
    const app = await simulator({ testControls: true, now: () => clock });
    const session = await login(app, 'qa9');
    await control(app, 'rotation', { enabled: true });
    const next = sessionOf(await lookup(app, session, { status: 'open' }));
    expect(next).not.toBe(session);
    clock += 3000;
    expect((await lookup(app, session, { status: 'open' })).statusCode).toBe(200);
    clock += 1;
    expect((await lookup(app, session, { status: 'open' })).statusCode).toBe(401);
  });
});

describe('request log and reset', () => {
  it('records the last requests of a user without the session header', async () => {
    let clock = Date.parse('2024-05-01T12:00:00.000Z');
    const app = await simulator({ testControls: true, now: () => clock });
    const session = await login(app, 'qa1');
    await login(app, 'qa2');
    clock += 1000;
    await lookup(app, session, { email: 'jhenry@customer.com' }, { query: '?$pagesize=10' });
    const log = requestLog.parse(
      parseJson(await app.inject({ method: 'GET', url: '/system/ws/__sim/requests?user=qa1' })),
    );
    expect(log.requests).toHaveLength(2);
    const [loginEntry, lookupEntry] = log.requests;
    expect(loginEntry).toMatchObject({
      method: 'POST',
      path: '/system/ws/v12/authentication/user/login',
    });
    expect(lookupEntry).toMatchObject({
      method: 'POST',
      path: '/system/ws/v20/interaction/case/lookup',
      query: { $pagesize: '10' },
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: { email: 'jhenry@customer.com' },
      at: '2024-05-01T12:00:01.000Z',
    });
    expect(lookupEntry?.headers['x-egain-session']).toBeUndefined();
    const everyone = requestLog.parse(
      parseJson(await app.inject({ method: 'GET', url: '/system/ws/__sim/requests' })),
    );
    expect(everyone.requests).toHaveLength(3);
  });

  it('keeps the last 200 requests', async () => {
    const app = await simulator({ testControls: true });
    const session = await login(app, 'qa1');
    for (let i = 0; i < 205; i++) await lookup(app, session, { customer: String(1000 + i) });
    const log = requestLog.parse(
      parseJson(await app.inject({ method: 'GET', url: '/system/ws/__sim/requests?user=qa1' })),
    );
    expect(log.requests).toHaveLength(200);
    expect(log.requests.at(-1)?.body).toEqual({ customer: '1204' });
  });

  it('reset removes a user’s faults, rotation, log and sessions, leaving others alone', async () => {
    const app = await simulator({ testControls: true });
    const qa1 = await login(app, 'qa1');
    const qa2 = await login(app, 'qa2');
    await control(app, 'faults', { user: 'qa1', path: 'lookup', status: 500 });
    await control(app, 'faults', { user: 'qa2', path: 'lookup', status: 500 });
    await control(app, 'rotation', { user: 'qa1', enabled: true });
    expect((await control(app, 'reset', { user: 'qa1' })).statusCode).toBe(204);
    expect(codeOf(await lookup(app, qa1, { status: 'open' }))).toBe('401-101');
    const fresh = await login(app, 'qa1');
    const answer = await lookup(app, fresh, { status: 'open' });
    expect(answer.statusCode).toBe(200);
    expect(sessionOf(answer)).toBe(fresh);
    expect((await lookup(app, qa2, { status: 'open' })).statusCode).toBe(500);
    const log = requestLog.parse(
      parseJson(await app.inject({ method: 'GET', url: '/system/ws/__sim/requests?user=qa1' })),
    );
    // Requests made with an ended session still count as that user's (here the refused lookup).
    expect(log.requests.map((r) => r.path)).toEqual([
      '/system/ws/v20/interaction/case/lookup',
      '/system/ws/v12/authentication/user/login',
      '/system/ws/v20/interaction/case/lookup',
    ]);

    expect((await app.inject({ method: 'POST', url: '/system/ws/__sim/reset' })).statusCode).toBe(
      204,
    );
    expect(codeOf(await lookup(app, qa2, { status: 'open' }))).toBe('401-101');
  });
});
