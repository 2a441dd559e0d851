// SIM_SHAPE=ece: the wire shapes of a real ECE server, and the console's reading of them.
import { describe, expect, it } from 'vitest';
import { activitiesResponseSchema } from '../../src/features/activities/api/activity-schemas.ts';
import { lookupResponseSchema } from '../../src/features/case-search/api/case-schemas.ts';
import { customerResponseSchema } from '../../src/features/customer/api/customer-schemas.ts';
import { errors } from './errors.ts';
import { get, login, loginRequest, lookup, parseJson, simulator } from './test-support.ts';

describe('the ECE shape', () => {
  it('sends single links as objects, numeric ids, nulls and string dates, all readable', async () => {
    const app = await simulator({ shape: 'ece', cases: 300 });
    const session = await login(app);
    const response = await lookup(
      app,
      session,
      { department: 'Service' },
      { query: '?$pagesize=20' },
    );
    expect(response.statusCode).toBe(200);
    const raw = parseJson(response);
    const text = JSON.stringify(raw);
    expect(text).toMatch(/"link":\{"rel":"self"/);
    expect(text).toMatch(/"id":\d+/);
    expect(text).toMatch(/"lastModified":"\d{4}-/);
    expect(text).toMatch(/"lastModifiedBy":\{/);
    expect(text).toMatch(/"user":null/);
    const parsed = lookupResponseSchema.parse(raw);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.case).toHaveLength(20);
    expect(parsed.case.every((row) => row.lastModified?.date && row.links.length === 1)).toBe(true);

    const first = parsed.case.find((row) => row.customer?.id !== undefined);
    const customer = await get(
      app,
      session,
      `/system/ws/v20/interaction/customer/${first?.customer?.id}`,
    );
    expect(customerResponseSchema.parse(parseJson(customer)).skipped).toEqual([]);
  });

  it('leaves created out of activities unless asked, and answers the activity filters', async () => {
    const app = await simulator({ shape: 'ece' });
    const session = await login(app);
    const plain = parseJson(
      await get(app, session, '/system/ws/v20/interaction/activity?case=1000'),
    );
    expect(JSON.stringify(plain)).not.toContain('"created"');
    const asked = parseJson(
      await get(app, session, '/system/ws/v20/interaction/activity?case=1000&$attribute=created'),
    );
    const parsed = activitiesResponseSchema.parse(asked);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.activity.every((row) => row.created !== undefined)).toBe(true);

    const completed = activitiesResponseSchema.parse(
      parseJson(
        await get(
          app,
          session,
          '/system/ws/v20/interaction/activity?case=1000&status=completed&type=email',
        ),
      ),
    );
    expect(completed.activity.map((row) => row.id)).toEqual(['1000']);
    const later = await get(
      app,
      session,
      '/system/ws/v20/interaction/activity?case=1000&createdDate=[2021-08-25T00:00:00.000Z,]',
    );
    expect(activitiesResponseSchema.parse(parseJson(later)).activity.map((row) => row.id)).toEqual([
      '1001',
    ]);
    const bad = await get(
      app,
      session,
      '/system/ws/v20/interaction/activity?case=1000&status=lost',
    );
    expect(bad.statusCode).toBe(400);
    const badAttribute = await get(
      app,
      session,
      '/system/ws/v20/interaction/activity?case=1000&$attribute=x',
    );
    expect(badAttribute.statusCode).toBe(400);
  });

  it('answers sign-in errors as {message} without a code', async () => {
    const app = await simulator({ shape: 'ece' });
    const wrong = await loginRequest(app, 'supervisor', { password: 'nope' });
    expect(wrong.statusCode).toBe(401);
    expect(parseJson(wrong)).toEqual({
      message: 'User could not be authenticated. Invalid user name or password.',
    });
    for (let i = 0; i < 5; i += 1) await login(app, 'qa1');
    const sixth = await loginRequest(app, 'qa1');
    expect(sixth.statusCode).toBe(400);
    expect(parseJson(sixth)).toEqual({ message: errors.sessionLimit(5).developerMessage });
  });

  it('keeps the contract shape by default', async () => {
    const app = await simulator({ cases: 300 });
    const session = await login(app);
    const text = JSON.stringify(parseJson(await lookup(app, session, { department: 'Service' })));
    expect(text).not.toMatch(/"link":\{/);
    expect(text).not.toMatch(/"id":\d/);
  });
});
