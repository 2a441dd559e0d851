// The API client driven through a mocked network (msw), never by mocking fetch or the module.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiJson, apiRequest, apiUrl, setUnauthorizedHandler } from './api-client';
import { ApiError } from './api-error';
import { languageStore } from './language';
import { sessionStore } from './session-store';

const API = 'http://localhost:3000/system/ws';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  setUnauthorizedHandler(null);
});
afterAll(() => server.close());
beforeEach(() => {
  sessionStore.clear();
  sessionStore.start('session-1', 'qa');
  languageStore.set('en-US');
});

const caseSchema = z.object({ case: z.array(z.object({ id: z.string() })) });

describe('apiUrl', () => {
  it('keeps $ parameters readable and drops undefined values', () => {
    expect(
      apiUrl('/v20/interaction/case/lookup', { $pagenum: 2, $pagesize: 25, $sort: undefined }),
    ).toBe(`${API}/v20/interaction/case/lookup?$pagenum=2&$pagesize=25`);
  });
});

describe('apiRequest', () => {
  it('sends the JSON headers, the language and the session, and returns parsed JSON', async () => {
    let seen: Headers | undefined;
    server.use(
      http.post(`${API}/v20/interaction/case/lookup`, async ({ request }) => {
        seen = request.headers;
        expect(await request.json()).toEqual({ email: 'a@b.c' });
        return HttpResponse.json({ case: [{ id: '1' }] });
      }),
    );
    const result = await apiJson('/v20/interaction/case/lookup', caseSchema, {
      method: 'POST',
      body: { email: 'a@b.c' },
    });
    expect(result).toEqual({ case: [{ id: '1' }] });
    expect(seen?.get('accept')).toBe('application/json');
    expect(seen?.get('content-type')).toBe('application/json');
    expect(seen?.get('accept-language')).toBe('en-US');
    expect(seen?.get('x-egain-session')).toBe('session-1');
  });

  it('sends the most recent session id it received, from any response (D7)', async () => {
    const sent: (string | null)[] = [];
    let next = 2;
    server.use(
      http.get(`${API}/v12/thing`, ({ request }) => {
        sent.push(request.headers.get('x-egain-session'));
        const id = `session-${next++}`;
        return sent.length === 2
          ? HttpResponse.json(
              { code: '500-100', developerMessage: 'boom' },
              { status: 500, headers: { 'X-egain-session': id } },
            )
          : new HttpResponse(null, { status: 204, headers: { 'X-egain-session': id } });
      }),
    );
    await apiRequest('/v12/thing');
    await expect(apiRequest('/v12/thing')).rejects.toBeInstanceOf(ApiError);
    await apiRequest('/v12/thing');
    expect(sent).toEqual(['session-1', 'session-2', 'session-3']);
    expect(sessionStore.getSessionId()).toBe('session-4');
    expect(window.sessionStorage.getItem('egain.session')).toBe('session-4');
  });

  it('ignores session ids of responses to requests sent before a sign-out', async () => {
    server.use(
      http.get(`${API}/v12/slow`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return new HttpResponse(null, { status: 204, headers: { 'X-egain-session': 'late' } });
      }),
    );
    const pending = apiRequest('/v12/slow');
    sessionStore.clear();
    await pending;
    expect(sessionStore.getSessionId()).toBeNull();
  });

  it('treats 204 as no content, not an error', async () => {
    server.use(
      http.post(
        `${API}/v20/interaction/case/lookup`,
        () => new HttpResponse(null, { status: 204 }),
      ),
    );
    await expect(
      apiJson('/v20/interaction/case/lookup', caseSchema, {
        method: 'POST',
        body: { email: 'x@y.z' },
      }),
    ).resolves.toBeNull();
  });

  it('turns an eGain error body into an ApiError with code, message and details', async () => {
    server.use(
      http.post(`${API}/v20/interaction/case/lookup`, () =>
        HttpResponse.json(
          {
            code: '400-152',
            developerMessage:
              "Invalid value is provided in the request body for the following attribute:'createdDate'.",
            details: [{ key: 'attribute', value: 'createdDate' }],
          },
          { status: 400 },
        ),
      ),
    );
    const error = await apiRequest('/v20/interaction/case/lookup', {
      method: 'POST',
      body: {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: '400-152',
      kind: 'http',
      details: [{ key: 'attribute', value: 'createdDate' }],
    });
  });

  it('gives a non-JSON error body (an HTML 502 from a proxy) its own message', async () => {
    server.use(
      http.get(
        `${API}/v12/thing`,
        () =>
          new HttpResponse('<html><body>Bad gateway</body></html>', {
            status: 502,
            statusText: 'Bad Gateway',
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    const error = await apiRequest('/v12/thing').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'HTTP-502' });
    expect(error instanceof ApiError && error.developerMessage).toMatch(/502 Bad Gateway/);
  });

  it('reports a network failure as "Cannot reach the eGain server"', async () => {
    server.use(http.get(`${API}/v12/thing`, () => HttpResponse.error()));
    const error = await apiRequest('/v12/thing').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    expect(error instanceof ApiError && error.developerMessage).toMatch(
      /^Cannot reach the eGain server/,
    );
  });

  it('reports a malformed JSON success body as unreadable', async () => {
    server.use(
      http.get(
        `${API}/v12/thing`,
        () =>
          new HttpResponse('{"case": [', {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    await expect(apiJson('/v12/thing', caseSchema)).rejects.toMatchObject({ kind: 'unreadable' });
  });

  it('rejects a body that does not fit the schema', async () => {
    server.use(http.get(`${API}/v12/thing`, () => HttpResponse.json({ case: 'nope' })));
    await expect(apiJson('/v12/thing', caseSchema)).rejects.toMatchObject({ code: 'UNREADABLE' });
  });

  it('aborts with the signal and does not report an ApiError', async () => {
    server.use(
      http.get(`${API}/v12/slow`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return HttpResponse.json({ case: [] });
      }),
    );
    const controller = new AbortController();
    const pending = apiRequest('/v12/slow', { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(controller.signal.aborted).toBe(true);
  });

  it('on 401 calls the handler, then retries once with the new session', async () => {
    const sent: (string | null)[] = [];
    server.use(
      http.get(`${API}/v12/thing`, ({ request }) => {
        const id = request.headers.get('x-egain-session');
        sent.push(id);
        if (id === 'session-1') {
          return HttpResponse.json(
            {
              code: '401-101',
              developerMessage: "Invalid or expired 'X-egain-session' header provided.",
            },
            { status: 401 },
          );
        }
        return HttpResponse.json({ case: [{ id: '7' }] });
      }),
    );
    const handler = vi.fn((_error: ApiError) => {
      sessionStore.start('session-fresh', 'qa');
      return Promise.resolve();
    });
    setUnauthorizedHandler(handler);
    await expect(apiJson('/v12/thing', caseSchema)).resolves.toEqual({ case: [{ id: '7' }] });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]?.[0]).toMatchObject({ code: '401-101' });
    expect(sent).toEqual(['session-1', 'session-fresh']);
  });

  it('retries only once: a second 401 reaches the caller', async () => {
    server.use(
      http.get(`${API}/v12/thing`, () =>
        HttpResponse.json({ code: '401-101', developerMessage: 'expired' }, { status: 401 }),
      ),
    );
    const handler = vi.fn(() => Promise.resolve());
    setUnauthorizedHandler(handler);
    await expect(apiRequest('/v12/thing')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('does not ask for a new sign-in on a failed sign-in (unauthenticated calls)', async () => {
    server.use(
      http.post(`${API}/v12/authentication/user/login`, () =>
        HttpResponse.json(
          { code: '401-100', developerMessage: 'Invalid user name or password.' },
          { status: 401 },
        ),
      ),
    );
    const handler = vi.fn(() => Promise.resolve());
    setUnauthorizedHandler(handler);
    await expect(
      apiRequest('/v12/authentication/user/login', {
        method: 'POST',
        body: {},
        authenticated: false,
      }),
    ).rejects.toMatchObject({ code: '401-100' });
    expect(handler).not.toHaveBeenCalled();
  });
});
