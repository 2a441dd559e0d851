import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../app.ts';
import {
  JSON_HEADERS,
  LOOKUP_URL,
  PASSWORD,
  codeOf,
  errorOf,
  login,
  loginRequest,
  lookup,
  sessionOf,
  simulator,
} from '../test-support.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function logout(app: Awaited<ReturnType<typeof simulator>>, session: string, version = 'v12') {
  return app.inject({
    method: 'DELETE',
    url: `/system/ws/${version}/authentication/user/logout`,
    headers: { 'x-egain-session': session, 'accept-language': 'en-US' },
  });
}

describe('login', () => {
  it('answers 204 with a new GUID session on v12, v20 and without /system', async () => {
    const app = await simulator();
    for (const url of [
      '/system/ws/v12/authentication/user/login',
      '/system/ws/v20/authentication/user/login',
      '/ws/v12/authentication/user/login',
    ]) {
      const response = await app.inject({
        method: 'POST',
        url,
        headers: { ...JSON_HEADERS, 'content-type': 'application/json' },
        payload: JSON.stringify(DEMO_CREDENTIALS),
      });
      expect(response.statusCode).toBe(204);
      expect(response.body).toBe('');
      expect(sessionOf(response)).toMatch(GUID);
    }
  });

  it('accepts the `username` spelling and login names in any case', async () => {
    const app = await simulator();
    const response = await app.inject({
      method: 'POST',
      url: '/system/ws/v12/authentication/user/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'Frank', password: PASSWORD }),
    });
    expect(response.statusCode).toBe(204);
  });

  it('rejects wrong credentials with 401-100 and no session', async () => {
    const app = await simulator();
    for (const response of [
      await loginRequest(app, 'supervisor', { password: 'wrong' }),
      await loginRequest(app, 'nobody'),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(codeOf(response)).toBe('401-100');
      expect(response.headers['x-egain-session']).toBeUndefined();
    }
  });

  it('checks Accept-Language, query, Content-Type, JSON and fields, in that order', async () => {
    const app = await simulator();
    const send = (options: { url?: string; headers?: Record<string, string>; payload?: string }) =>
      app.inject({
        method: 'POST',
        url: options.url ?? '/system/ws/v12/authentication/user/login',
        headers: options.headers ?? { 'content-type': 'application/json' },
        payload: options.payload ?? JSON.stringify({ userName: 'qa1', password: PASSWORD }),
      });
    expect(
      codeOf(
        await send({
          headers: { 'content-type': 'text/plain', 'accept-language': 'xx' },
          url: '/ws/v12/authentication/user/login?x=1',
        }),
      ),
    ).toBe('406-100');
    expect(
      codeOf(
        await send({
          headers: { 'content-type': 'text/plain' },
          url: '/ws/v12/authentication/user/login?x=1',
        }),
      ),
    ).toBe('400-101');
    expect(codeOf(await send({ url: '/ws/v12/authentication/user/login?forceLogin=true' }))).toBe(
      '400-102',
    );
    expect(codeOf(await send({ headers: { 'content-type': 'text/plain' }, payload: 'x' }))).toBe(
      '415-100',
    );
    expect(codeOf(await send({ payload: '{"userName":' }))).toBe('400-100');
    expect(codeOf(await send({ payload: '{"password":"egain-demo"}' }))).toBe('400-152');
    expect(codeOf(await send({ payload: '{"userName":"qa1"}' }))).toBe('400-152');
  });

  it('allows five live sessions per user; the sixth needs forceLogin=yes, which ends the oldest', async () => {
    const app = await simulator();
    const sessions: string[] = [];
    for (let i = 0; i < 5; i++) sessions.push(await login(app, 'qa2'));
    const sixth = await loginRequest(app, 'qa2');
    expect(sixth.statusCode).toBe(400);
    expect(codeOf(sixth)).toBe('400-120');
    // Other users are not affected by qa2's cap.
    expect((await loginRequest(app, 'qa3')).statusCode).toBe(204);

    const forced = await loginRequest(app, 'qa2', { query: '?forceLogin=yes' });
    expect(forced.statusCode).toBe(204);
    const [oldest, second] = sessions;
    expect(codeOf(await lookup(app, oldest ?? '', { status: 'open' }))).toBe('401-101');
    expect((await lookup(app, second ?? '', { status: 'open' })).statusCode).toBe(200);
    expect((await lookup(app, sessionOf(forced), { status: 'open' })).statusCode).toBe(200);
  });

  it('frees a slot when a session is logged out', async () => {
    const app = await simulator();
    const sessions: string[] = [];
    for (let i = 0; i < 5; i++) sessions.push(await login(app, 'qa4'));
    await logout(app, sessions[2] ?? '');
    expect((await loginRequest(app, 'qa4')).statusCode).toBe(204);
  });
});

describe('logout', () => {
  it('answers 204 with the ended session, after which the id is refused', async () => {
    const app = await simulator();
    const session = await login(app);
    const response = await logout(app, session);
    expect(response.statusCode).toBe(204);
    expect(response.headers['x-egain-session']).toBe(session);
    expect(codeOf(await lookup(app, session, { status: 'open' }))).toBe('401-101');
    expect((await logout(app, session)).statusCode).toBe(401);
  });

  it('works on v20 and answers 401-101 for an unknown or missing session', async () => {
    const app = await simulator();
    expect((await logout(app, await login(app), 'v20')).statusCode).toBe(204);
    expect(codeOf(await logout(app, 'not-a-session'))).toBe('401-101');
    const missing = await app.inject({
      method: 'DELETE',
      url: '/ws/v12/authentication/user/logout',
    });
    expect(missing.statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('expire after the idle timeout and stay alive while used', async () => {
    let clock = Date.parse('2024-01-01T00:00:00.000Z');
    const app = await simulator({ idleTimeoutMs: 60_000, now: () => clock });
    const session = await login(app);
    clock += 59_000;
    expect((await lookup(app, session, { status: 'open' })).statusCode).toBe(200);
    clock += 59_000;
    expect((await lookup(app, session, { status: 'open' })).statusCode).toBe(200);
    clock += 60_000;
    const expired = await lookup(app, session, { status: 'open' });
    expect(expired.statusCode).toBe(401);
    expect(errorOf(expired)).toEqual({
      code: '401-101',
      developerMessage:
        "Invalid or expired 'X-egain-session' header provided. New login is required.",
    });
    expect(expired.headers['x-egain-session']).toBeUndefined();
  });

  it('do not count expired sessions against the cap', async () => {
    let clock = 0;
    const app = await simulator({ idleTimeoutMs: 1000, now: () => clock });
    for (let i = 0; i < 5; i++) await login(app, 'qa5');
    clock += 1000;
    expect((await loginRequest(app, 'qa5')).statusCode).toBe(204);
  });

  it('put the session on every authenticated answer: 200, 204 and errors', async () => {
    const app = await simulator();
    const session = await login(app);
    const answers = [
      await lookup(app, session, { status: 'open' }),
      await lookup(app, session, { email: 'nobody@nowhere.example' }),
      await lookup(app, session, {}),
      await lookup(app, session, { status: 'open' }, { headers: { 'accept-language': 'xx' } }),
      await app.inject({
        method: 'GET',
        url: '/ws/v12/interaction/case/1',
        headers: { ...JSON_HEADERS, 'x-egain-session': session },
      }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 204, 400, 406, 404]);
    for (const answer of answers) expect(answer.headers['x-egain-session']).toBe(session);
  });

  it('are required: no header gives 401-101 before any other check', async () => {
    const app = await simulator();
    const response = await app.inject({
      method: 'POST',
      url: `${LOOKUP_URL}?$foo=1`,
      headers: { accept: 'text/html', 'accept-language': 'xx', 'content-type': 'text/plain' },
      payload: 'not json',
    });
    expect(response.statusCode).toBe(401);
    expect(codeOf(response)).toBe('401-101');
  });
});
