import { describe, expect, it } from 'vitest';
import { LOOKUP_URL, codeOf, errorOf, login, lookup, simulator } from '../test-support.ts';

describe('lookup validation', () => {
  it('checks in the documented order: 401, 406, 400-101, 400-105, 400-102, 415, 400-100, 400-112, fields', async () => {
    const app = await simulator();
    const session = await login(app);
    // Each step repairs one fault of the request before, so the next check becomes visible.
    const steps: {
      session: string;
      accept: string;
      language: string;
      query: string;
      type: string;
      body: string;
      code: string;
    }[] = [];
    let request = {
      session: 'expired',
      accept: 'application/xml',
      language: 'en',
      query: '?$foo=1&$pagesize=76&$sort=owner',
      type: 'text/plain',
      body: '{"email":',
    };
    const expectNext = (code: string, change: Partial<typeof request>): void => {
      steps.push({ ...request, code });
      request = { ...request, ...change };
    };
    expectNext('401-101', { session });
    expectNext('406-101', { accept: 'application/json' });
    expectNext('406-100', { language: 'de-DE' });
    expectNext('400-101', { query: '?$pagesize=76&$sort=owner' });
    expectNext('400-105', { query: '?$sort=owner' });
    expectNext('400-102', { query: '?$order=desc' });
    expectNext('415-100', { type: 'application/json' });
    expectNext('400-100', { body: '{"foo":1}' });
    expectNext('400-112', { query: '' });
    expectNext('400-112', { body: '{"status":"pending","foo":1}' });
    expectNext('400-196', { body: '{"status":"open","foo":1}' });
    expectNext('400-152', { body: '{"status":"open"}' });
    for (const step of steps) {
      const response = await lookup(app, step.session, step.body, {
        query: step.query,
        headers: {
          accept: step.accept,
          'accept-language': step.language,
          'content-type': step.type,
        },
      });
      expect(codeOf(response), JSON.stringify(step)).toBe(step.code);
    }
    const fixed = await lookup(app, request.session, request.body, {
      headers: { 'accept-language': request.language },
    });
    expect(fixed.statusCode).toBe(200);
  });

  it('answers 406-101 unless Accept includes application/json; a missing Accept-Language means en-US', async () => {
    const app = await simulator();
    const session = await login(app);
    for (const accept of ['application/xml', '*/*', 'text/plain']) {
      const response = await lookup(app, session, { status: 'open' }, { headers: { accept } });
      expect(response.statusCode).toBe(406);
      expect(codeOf(response)).toBe('406-101');
    }
    const noAccept = await app.inject({
      method: 'POST',
      url: LOOKUP_URL,
      headers: { 'x-egain-session': session, 'content-type': 'application/json' },
      payload: '{"status":"open"}',
    });
    expect(codeOf(noAccept)).toBe('406-101');
    const noLanguage = await app.inject({
      method: 'POST',
      url: LOOKUP_URL,
      headers: {
        'x-egain-session': session,
        accept: 'application/json',
        'content-type': 'application/json',
      },
      payload: '{"email":"jhenry@customer.com"}',
    });
    expect(noLanguage.statusCode).toBe(200);
    expect(noLanguage.body).toContain('"displayValue":"Open"');
  });

  it.each([['en-US,en;q=0.9'], ['en'], ['de-CH'], ['klingon']])(
    'answers 406-100 for Accept-Language %j',
    async (language) => {
      const app = await simulator();
      const response = await lookup(
        app,
        await login(app),
        { status: 'open' },
        { headers: { 'accept-language': language } },
      );
      expect(response.statusCode).toBe(406);
      expect(codeOf(response)).toBe('406-100');
    },
  );

  it('names unknown query parameters in 400-101', async () => {
    const app = await simulator();
    const response = await lookup(
      app,
      await login(app),
      { status: 'open' },
      { query: '?$foo=1&bar=2' },
    );
    expect(errorOf(response)).toEqual({
      code: '400-101',
      developerMessage: "Unsupported query parameter(s) supplied: '$foo, bar'.",
    });
  });

  it.each([
    ['$pagenum=0'],
    ['$pagenum=x'],
    ['$pagesize=0'],
    ['$pagesize=76'],
    ['$rangestart=0'],
    ['$rangesize=100'],
    ['$pagenum=1&$rangestart=1'],
  ])('answers 400-105 for %s', async (query) => {
    const app = await simulator();
    const response = await lookup(
      app,
      await login(app),
      { status: 'open' },
      { query: `?${query}` },
    );
    expect(response.statusCode).toBe(400);
    expect(codeOf(response)).toBe('400-105');
  });

  it('answers 400-102 for a $sort outside D6, with the documented message', async () => {
    const app = await simulator();
    const response = await lookup(
      app,
      await login(app),
      { status: 'open' },
      { query: '?$sort=owner' },
    );
    expect(errorOf(response)).toEqual({
      code: '400-102',
      developerMessage:
        "Unsupported value for query parameter '$sort'. Only the following values are supported: 'id, subject, status, severity, department, lastModifiedDate, createdDate'.",
    });
    expect(
      codeOf(
        await lookup(app, await login(app), { status: 'open' }, { query: '?$sort=id&$order=up' }),
      ),
    ).toBe('400-102');
  });

  it('answers 400-112 for $order without $sort and for a body without criteria', async () => {
    const app = await simulator();
    const session = await login(app);
    const orderAlone = await lookup(app, session, { status: 'open' }, { query: '?$order=asc' });
    expect(errorOf(orderAlone)).toEqual({
      code: '400-112',
      developerMessage:
        "Required query parameter(s) is missing. The following parameters are required: '$sort'.",
    });
    for (const body of [{}, { foo: 'bar' }]) {
      const response = await lookup(app, session, body);
      expect(response.statusCode).toBe(400);
      expect(codeOf(response)).toBe('400-112');
    }
  });

  it('answers 415-100 without Content-Type: application/json and 400-100 for a body that is not a JSON object', async () => {
    const app = await simulator();
    const session = await login(app);
    const noType = await app.inject({
      method: 'POST',
      url: LOOKUP_URL,
      headers: { 'x-egain-session': session, accept: 'application/json' },
      payload: '{"status":"open"}',
    });
    expect(codeOf(noType)).toBe('415-100');
    for (const type of ['application/xml', 'text/plain', 'not a media type']) {
      expect(
        codeOf(
          await lookup(app, session, '{"status":"open"}', { headers: { 'content-type': type } }),
        ),
      ).toBe('415-100');
    }
    expect(
      (
        await lookup(app, session, '{"status":"open"}', {
          headers: { 'content-type': 'application/json; charset=utf-8' },
        })
      ).statusCode,
    ).toBe(200);
    for (const body of ['', 'status=open', '{"status":', '[{"status":"open"}]', '"open"', 'null']) {
      const response = await lookup(app, session, body);
      expect(response.statusCode, body).toBe(400);
      expect(codeOf(response), body).toBe('400-100');
    }
  });

  it.each([
    [{ customer: 1000 }, 'customer'],
    [{ customer: 'abc' }, 'customer'],
    [{ customer: '' }, 'customer'],
    [{ email: null }, 'email'],
    [{ email: '  ' }, 'email'],
    [{ phone: '---' }, 'phone'],
    [{ phone: 4082229898 }, 'phone'],
    [{ status: true }, 'status'],
    [{ custom: 'customer_rating=5' }, 'custom'],
    [{ custom: { name: 'customer_rating' } }, 'custom'],
    [{ custom: { name: 'customer_rating', value: 5 } }, 'custom'],
    [{ custom: { name: 'customer_rating', value: '5', extra: 'x' } }, 'custom'],
    [{ custom: [{ name: 'customer_rating', value: '5' }] }, 'custom'],
    [{ createdDate: '[,]' }, 'createdDate'],
    [{ createdDate: '[2022-04-28T09:39:16.000Z,2022-03-23T08:39:16.000Z]' }, 'createdDate'],
    [{ createdDate: '2022-03-23T08:39:16.000Z' }, 'createdDate'],
    [{ lastModifiedDate: '[2022-03-23,]' }, 'lastModifiedDate'],
    [{ lastClosedDate: '[,yesterday]' }, 'lastClosedDate'],
    [{ department: 999 }, 'department'],
    [{ ownerId: 'frank' }, 'ownerId'],
    [{ ownerLoginId: '' }, 'ownerLoginId'],
    [{ status: 'open', Email: 'jhenry@customer.com' }, 'Email'],
  ])('answers 400-152 for %j', async (body, attribute) => {
    const app = await simulator();
    const response = await lookup(app, await login(app), body);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('400-152');
    expect(errorOf(response).developerMessage).toContain(`'${attribute}'`);
  });

  it('answers 400-196 for a status other than open or closed', async () => {
    const app = await simulator();
    const response = await lookup(app, await login(app), { status: 'Open' });
    expect(errorOf(response)).toEqual({
      code: '400-196',
      developerMessage: 'Invalid value of attribute status, expected values are: [open, closed].',
    });
  });

  it('checks known attributes in the order of §3.2, then unknown ones', async () => {
    const app = await simulator();
    const session = await login(app);
    const message = async (body: unknown) =>
      errorOf(await lookup(app, session, body)).developerMessage;
    expect(await message({ zzz: 'x', ownerId: 'x', customer: 'x' })).toContain("'customer'");
    expect(await message({ zzz: 'x', ownerId: 'x', customer: '1' })).toContain("'ownerId'");
    expect(await message({ zzz: 'x', ownerId: '1', customer: '1' })).toContain("'zzz'");
  });

  it('adds userMessage only when X-egain-error-message: yes is sent', async () => {
    const app = await simulator();
    const session = await login(app);
    expect(errorOf(await lookup(app, session, {})).userMessage).toBeUndefined();
    const withMessage = errorOf(
      await lookup(app, session, {}, { headers: { 'x-egain-error-message': 'yes' } }),
    );
    expect(withMessage.code).toBe('400-112');
    expect(withMessage.userMessage).toEqual(expect.any(String));
    const unauthenticated = await app.inject({
      method: 'POST',
      url: LOOKUP_URL,
      headers: { 'x-egain-error-message': 'yes' },
    });
    expect(errorOf(unauthenticated).userMessage).toEqual(expect.any(String));
  });

  it('exists only as v20: v12 lookup and unknown paths are 404-100', async () => {
    const app = await simulator();
    const session = await login(app);
    const v12 = await lookup(
      app,
      session,
      { status: 'open' },
      { url: '/system/ws/v12/interaction/case/lookup' },
    );
    expect(v12.statusCode).toBe(404);
    expect(codeOf(v12)).toBe('404-100');
    const unknown = await app.inject({ method: 'GET', url: '/system/ws/v20/interaction/nothing' });
    expect(unknown.statusCode).toBe(404);
    expect(codeOf(unknown)).toBe('404-100');
  });
});
