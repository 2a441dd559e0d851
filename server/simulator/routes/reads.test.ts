import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACTIVITY_EXAMPLE, CUSTOMER_EXAMPLE } from '../../../contract/examples.ts';
import { loadStore } from '../store.ts';
import {
  activityPageOf,
  activitySchema,
  caseSchema,
  codeOf,
  errorOf,
  get,
  idsOf,
  login,
  parseJson,
  simulator,
} from '../test-support.ts';

const { cases, activities } = loadStore(5000, 20210825).dataset;

const caseList = z.strictObject({ case: z.array(caseSchema) });
const activityList = z.strictObject({ activity: z.array(activitySchema) });

/** §5's example, which customer 1000 reproduces exactly. */
const CUSTOMER_1000 = { customer: [CUSTOMER_EXAMPLE] };

describe('cases by ids', () => {
  it('returns the cases in the requested order on v12, v20 and without /system', async () => {
    const app = await simulator();
    const session = await login(app);
    for (const url of [
      '/system/ws/v12/interaction/case/1002,1000',
      '/system/ws/v20/interaction/case/1002,1000',
      '/ws/v12/interaction/case/1002,1000',
    ]) {
      const body = caseList.parse(parseJson(await get(app, session, url)));
      expect(body.case.map((c) => c.id)).toEqual(['1002', '1000']);
    }
  });

  it('links to the version that was asked and adds dueDate and owner', async () => {
    const app = await simulator();
    const response = await get(app, await login(app), '/system/ws/v12/interaction/case/1000');
    expect(parseJson(response)).toMatchObject({
      case: [
        {
          link: [{ rel: 'self', href: '/system/ws/v12/interaction/case/1000' }],
          dueDate: '2021-08-31T09:02:11.000Z',
          owner: {
            user: { name: 'Frank', firstName: 'Frank', lastName: 'Robert', id: '1012' },
            folder: { id: '13' },
          },
          subject: 'Charging is too slow [#1000]',
        },
      ],
    });
  });

  it('returns the ids that exist and 404-101 only when none does', async () => {
    const app = await simulator();
    const session = await login(app);
    const partial = caseList.parse(
      parseJson(await get(app, session, '/system/ws/v20/interaction/case/1000,999999,1001')),
    );
    expect(partial.case.map((c) => c.id)).toEqual(['1000', '1001']);
    const none = await get(app, session, '/system/ws/v20/interaction/case/999998,999999');
    expect(none.statusCode).toBe(404);
    expect(errorOf(none)).toEqual({
      code: '404-101',
      developerMessage:
        "The following IDs supplied in the URI path were not found: '999998, 999999'.",
    });
  });

  it('treats cases outside the caller’s departments as not found', async () => {
    const app = await simulator();
    const alice = await login(app, 'alice');
    expect(codeOf(await get(app, alice, '/system/ws/v20/interaction/case/1000'))).toBe('404-101');
  });

  it('accepts up to 75 ids and refuses 76 or non-numeric ids with 400-108', async () => {
    const app = await simulator();
    const session = await login(app);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => 1000 + i).join(',');
    expect(
      caseList.parse(
        parseJson(await get(app, session, `/system/ws/v20/interaction/case/${ids(75)}`)),
      ).case,
    ).toHaveLength(75);
    expect(codeOf(await get(app, session, `/system/ws/v20/interaction/case/${ids(76)}`))).toBe(
      '400-108',
    );
    expect(codeOf(await get(app, session, '/system/ws/v20/interaction/case/1000,abc'))).toBe(
      '400-108',
    );
    expect(codeOf(await get(app, session, '/system/ws/v20/interaction/case/1000,,1001'))).toBe(
      '400-108',
    );
  });

  it('adds created, lastClosed and custom attributes on request', async () => {
    const app = await simulator();
    const session = await login(app);
    const closed = cases.find((c) => c.status === 'closed');
    if (closed === undefined) throw new Error('no closed case');
    const response = await get(
      app,
      session,
      `/system/ws/v20/interaction/case/${closed.id}?$attribute=all`,
    );
    expect(parseJson(response)).toMatchObject({
      case: [
        {
          created: { date: new Date(closed.created).toISOString() },
          lastClosed: { date: new Date(closed.lastClosed ?? 0).toISOString() },
          customAttributes: {
            customAttribute: [
              {
                attribName: 'customer_rating',
                attribValues: { attribValue: [{ value: closed.custom.customer_rating }] },
              },
              {
                attribName: 'product',
                attribValues: { attribValue: [{ value: closed.custom.product }] },
              },
              {
                attribName: 'region',
                attribValues: { attribValue: [{ value: closed.custom.region }] },
              },
            ],
          },
        },
      ],
    });
    expect(
      codeOf(await get(app, session, '/system/ws/v20/interaction/case/1000?$attribute=notes')),
    ).toBe('400-102');
    expect(codeOf(await get(app, session, '/system/ws/v20/interaction/case/1000?$sort=id'))).toBe(
      '400-101',
    );
  });

  it('answers 406-101 without Accept: application/json and 401 without a session', async () => {
    const app = await simulator();
    const session = await login(app);
    expect(
      codeOf(
        await get(app, session, '/system/ws/v20/interaction/case/1000', {
          accept: 'application/xml',
        }),
      ),
    ).toBe('406-101');
    expect(codeOf(await get(app, 'nope', '/system/ws/v20/interaction/case/1000'))).toBe('401-101');
  });
});

describe('customers by ids', () => {
  it('returns the contactPersons form of §5', async () => {
    const app = await simulator();
    const response = await get(app, await login(app), '/system/ws/v20/interaction/customer/1000');
    expect(response.statusCode).toBe(200);
    expect(parseJson(response)).toEqual(CUSTOMER_1000);
  });

  it('serves v12 links, several ids, corporate customers and 404-101', async () => {
    const app = await simulator();
    const session = await login(app);
    const list = z.object({
      customer: z.array(
        z.object({
          id: z.string(),
          link: z.array(z.object({ href: z.string() })),
          type: z.object({ value: z.string() }),
        }),
      ),
    });
    const body = list.parse(
      parseJson(
        await get(
          app,
          session,
          `/ws/v12/interaction/customer/${Array.from({ length: 40 }, (_, i) => 1000 + i).join(',')}`,
        ),
      ),
    );
    expect(body.customer).toHaveLength(40);
    expect(body.customer[0]?.link[0]?.href).toBe('/system/ws/v12/interaction/customer/1000');
    expect(new Set(body.customer.map((c) => c.type.value))).toEqual(
      new Set(['individual', 'corporate']),
    );
    expect(codeOf(await get(app, session, '/system/ws/v12/interaction/customer/999999'))).toBe(
      '404-101',
    );
  });

  it('localises the customer type', async () => {
    const app = await simulator();
    const response = await get(app, await login(app), '/system/ws/v20/interaction/customer/1000', {
      'accept-language': 'de-DE',
    });
    expect(parseJson(response)).toMatchObject({
      customer: [{ type: { value: 'individual', displayValue: 'Privatperson' } }],
    });
  });
});

describe('activities of a case', () => {
  const busy = cases.find((c) => c.activityCount >= 7 && c.activityCount <= 9);
  const longRunning = cases.find((c) => c.activityCount > 25);
  const idle = cases.find((c) => c.activityCount === 0);

  it('returns the §6.3 shape for case 1000', async () => {
    const app = await simulator();
    const response = await get(
      app,
      await login(app),
      '/system/ws/v20/interaction/activity?case=1000',
    );
    const page = activityPageOf(response);
    expect(page.paginationInfo).toEqual({ count: 2, pagenum: 1, pagesize: 25 });
    expect(parseJson(response)).toMatchObject({
      activity: [
        // §6.3's first activity; the simulator numbers it 1000.
        {
          ...ACTIVITY_EXAMPLE,
          link: [{ rel: 'self', href: '/system/ws/v20/interaction/activity/1000' }],
          id: '1000',
        },
        {
          id: '1001',
          mode: { value: 'outbound' },
          status: { value: 'assigned', substatus: { value: 'in_progress' } },
        },
      ],
    });
  });

  it('pages like lookup and answers 204 past the end and for a case without activities', async () => {
    if (busy === undefined || idle === undefined)
      throw new Error('data lacks a busy or an idle case');
    const app = await simulator();
    const session = await login(app);
    const page = activityPageOf(
      await get(
        app,
        session,
        `/system/ws/v12/interaction/activity?case=${busy.id}&$pagesize=3&$pagenum=2`,
      ),
    );
    expect(page.paginationInfo).toEqual({ count: busy.activityCount, pagenum: 2, pagesize: 3 });
    expect(page.activity.map((a) => Number(a.id))).toEqual(
      [3, 4, 5].map((i) => busy.firstActivity + 1000 + i),
    );
    expect(
      (
        await get(
          app,
          session,
          `/system/ws/v12/interaction/activity?case=${busy.id}&$pagesize=3&$pagenum=4`,
        )
      ).statusCode,
    ).toBe(204);
    const none = await get(app, session, `/system/ws/v20/interaction/activity?case=${idle.id}`);
    expect(none.statusCode).toBe(204);
    expect(none.headers['x-egain-session']).toBe(session);
    expect(
      (await get(app, session, '/system/ws/v20/interaction/activity?case=999999')).statusCode,
    ).toBe(204);
  });

  it('pages through a long-running case with more activities than a page', async () => {
    if (longRunning === undefined) throw new Error('data lacks a long-running case');
    const app = await simulator();
    const session = await login(app);
    const path = `/system/ws/v20/interaction/activity?case=${longRunning.id}`;
    const first = activityPageOf(await get(app, session, path));
    const second = activityPageOf(await get(app, session, `${path}&$pagenum=2`));
    expect(first.paginationInfo.count).toBe(longRunning.activityCount);
    expect(first.activity).toHaveLength(25);
    expect(second.activity).toHaveLength(longRunning.activityCount - 25);
    expect(new Set([...first.activity, ...second.activity].map((a) => a.id)).size).toBe(
      longRunning.activityCount,
    );
  });

  it.each([
    ['id', (a: { id: number }) => a.id],
    ['createdDate', (a: { created: number }) => a.created],
    ['lastModifiedDate', (a: { lastModified: number }) => a.lastModified],
  ] as const)('sorts by %s both ways (D17)', async (field, key) => {
    if (busy === undefined) throw new Error('no busy case');
    const app = await simulator();
    const session = await login(app);
    const own = activities.slice(busy.firstActivity, busy.firstActivity + busy.activityCount);
    const compare = (a: (typeof own)[number], b: (typeof own)[number]) =>
      key(a) - key(b) || a.id - b.id;
    const asc = [...own].sort(compare).map((a) => String(a.id));
    const read = async (order: string) =>
      activityPageOf(
        await get(
          app,
          session,
          `/system/ws/v20/interaction/activity?case=${busy.id}&$sort=${field}&$order=${order}`,
        ),
      ).activity.map((a) => a.id);
    expect(await read('asc')).toEqual(asc);
    expect(await read('desc')).toEqual([...asc].reverse());
  });

  it('validates its parameters', async () => {
    const app = await simulator();
    const session = await login(app);
    const code = async (query: string) =>
      codeOf(await get(app, session, `/system/ws/v20/interaction/activity${query}`));
    expect(await code('?case=1000&colour=red')).toBe('400-101');
    expect(await code('?case=1000&status=lost')).toBe('400-102');
    expect(await code('?case=abc')).toBe('400-105');
    expect(await code('?case=1000&$pagesize=76')).toBe('400-105');
    expect(await code('?case=1000&$sort=subject')).toBe('400-102');
    expect(await code('?case=1000&$order=desc')).toBe('400-112');
    expect(await code('')).toBe('400-112');
  });

  it('hides the activities of cases in other departments', async () => {
    const app = await simulator();
    expect(
      (await get(app, await login(app, 'alice'), '/system/ws/v20/interaction/activity?case=1000'))
        .statusCode,
    ).toBe(204);
  });
});

describe('activities by ids', () => {
  it('returns existing activities and 404-101 when none exists', async () => {
    const app = await simulator();
    const session = await login(app);
    const body = activityList.parse(
      parseJson(await get(app, session, '/system/ws/v12/interaction/activity/1001,1000,99999999')),
    );
    expect(body.activity.map((a) => a.id)).toEqual(['1001', '1000']);
    expect(codeOf(await get(app, session, '/system/ws/v12/interaction/activity/99999999'))).toBe(
      '404-101',
    );
    expect(
      codeOf(await get(app, await login(app, 'alice'), '/system/ws/v12/interaction/activity/1000')),
    ).toBe('404-101');
  });
});

describe('case custom attribute metadata (D5)', () => {
  it('lists the custom attributes on v12 and v20', async () => {
    const app = await simulator();
    const session = await login(app);
    for (const version of ['v12', 'v20']) {
      const response = await get(
        app,
        session,
        `/system/ws/${version}/interaction/case/attributes?$attribute=custom`,
      );
      expect(response.body).toBe(
        JSON.stringify({
          attribute: [
            { name: 'customer_rating', displayName: 'Customer rating', dataType: 'integer' },
            { name: 'product', displayName: 'Product', dataType: 'string' },
            { name: 'region', displayName: 'Region', dataType: 'string' },
          ],
          resource: 'case',
        }),
      );
    }
  });

  it('localises display names and validates $attribute', async () => {
    const app = await simulator();
    const session = await login(app);
    const german = await get(
      app,
      session,
      '/system/ws/v12/interaction/case/attributes?$attribute=custom',
      { 'accept-language': 'de-DE' },
    );
    expect(german.body).toContain('"displayName":"Kundenbewertung"');
    expect(codeOf(await get(app, session, '/system/ws/v12/interaction/case/attributes'))).toBe(
      '400-112',
    );
    expect(
      codeOf(await get(app, session, '/system/ws/v12/interaction/case/attributes?$attribute=all')),
    ).toBe('400-102');
    expect(
      codeOf(
        await get(app, session, '/system/ws/v12/interaction/case/attributes?$attribute=custom&x=1'),
      ),
    ).toBe('400-101');
  });
});

describe('GET case search (the customer `cases` link)', () => {
  it('finds the cases of a customer with paging and sorting', async () => {
    const app = await simulator();
    const session = await login(app);
    const own = cases.filter((c) => c.customerId === 1042).map((c) => c.id);
    expect(idsOf(await get(app, session, '/system/ws/v20/interaction/case?customer=1042'))).toEqual(
      own,
    );
    expect(
      idsOf(
        await get(
          app,
          session,
          '/system/ws/v12/interaction/case?customer=1042&$sort=id&$order=desc',
        ),
      ),
    ).toEqual([...own].reverse());
    expect(
      idsOf(
        await get(
          app,
          session,
          '/system/ws/v12/interaction/case?email=jhenry%40customer.com&custom.region=West',
        ),
      ),
    ).toEqual([1000]);
    expect(codeOf(await get(app, session, '/system/ws/v12/interaction/case'))).toBe('400-112');
    expect(codeOf(await get(app, session, '/system/ws/v12/interaction/case?status=pending'))).toBe(
      '400-102',
    );
    expect(
      codeOf(await get(app, session, '/system/ws/v12/interaction/case?custom.unknown=1')),
    ).toBe('400-101');
  });
});
