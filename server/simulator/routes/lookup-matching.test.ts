import { describe, expect, it } from 'vitest';
import { LOOKUP_EXAMPLE_BODIES, LOOKUP_EXAMPLE_RESPONSE } from '../../../contract/examples.ts';
import { loadStore } from '../store.ts';
import { casePageOf, idsOf, login, lookup, simulator } from '../test-support.ts';

const { cases, customers, departments } = loadStore(5000, 20210825).dataset;

/** The first example of the seed document, without its spaces. */
const SEED_RESPONSE = JSON.stringify(LOOKUP_EXAMPLE_RESPONSE);

const casesWhere = (predicate: (c: (typeof cases)[number]) => boolean): number[] =>
  cases.filter(predicate).map((c) => c.id);

describe('seed examples', () => {
  it('answers the email example byte for byte', async () => {
    const app = await simulator();
    const response = await lookup(app, await login(app), '{ "email": "jhenry@customer.com" }');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.body).toBe(SEED_RESPONSE);
  });

  it('answers the same body without /system and with the email in another case', async () => {
    const app = await simulator();
    const session = await login(app);
    const response = await lookup(
      app,
      session,
      { email: 'JHenry@Customer.COM' },
      { url: '/ws/v20/interaction/case/lookup' },
    );
    expect(response.body).toBe(SEED_RESPONSE);
  });

  it('returns case 1000 first for the department example', async () => {
    const app = await simulator();
    const response = await lookup(app, await login(app), { department: 'Service' });
    const page = casePageOf(response);
    expect(page.case[0]).toEqual(
      casePageOf(await lookup(app, await login(app), { email: 'jhenry@customer.com' })).case[0],
    );
    expect(page.paginationInfo).toEqual({
      count: casesWhere((c) => c.departmentId === '999').length,
      pagenum: 1,
      pagesize: 25,
    });
    expect(page.case).toHaveLength(25);
  });
});

describe('matching', () => {
  it('matches a customer id exactly', async () => {
    const app = await simulator();
    const expected = casesWhere((c) => c.customerId === 1042);
    expect(expected.length).toBeGreaterThan(0);
    expect(idsOf(await lookup(app, await login(app), { customer: '1042' }))).toEqual(expected);
  });

  it('matches email case-insensitively but never partially', async () => {
    const app = await simulator();
    const session = await login(app);
    expect(idsOf(await lookup(app, session, { email: 'JHENRY@customer.com' }))).toEqual([1000]);
    for (const email of [
      'henry@customer.com',
      'jhenry@customer',
      'jhenry@customer.com ',
      'customer.com',
    ]) {
      expect((await lookup(app, session, { email })).statusCode, email).toBe(204);
    }
  });

  it('matches the email of any contact person of a customer', async () => {
    const app = await simulator();
    const customer = customers.find(
      (c) =>
        c.contactPersons[1]?.contactPoints.some((p) => p.kind === 'email') === true &&
        cases.some((k) => k.customerId === c.id),
    );
    const point = customer?.contactPersons[1]?.contactPoints.find((p) => p.kind === 'email');
    if (customer === undefined || point?.kind !== 'email')
      throw new Error('no suitable customer in the data');
    const owners = new Set(
      customers
        .filter((c) =>
          c.contactPersons.some((p) =>
            p.contactPoints.some(
              (q) =>
                q.kind === 'email' &&
                q.emailAddress.toLowerCase() === point.emailAddress.toLowerCase(),
            ),
          ),
        )
        .map((c) => c.id),
    );
    const expected = casesWhere((c) => owners.has(c.customerId));
    expect(expected.length).toBeGreaterThan(0);
    expect(idsOf(await lookup(app, await login(app), { email: point.emailAddress }))).toEqual(
      expected,
    );
  });

  it('compares phone digits on both sides', async () => {
    const app = await simulator();
    const session = await login(app);
    for (const phone of [
      '4082229898',
      '408-222-9898',
      '(408) 222-9898',
      '408.222.9898',
      ' 408 222 9898 ',
    ]) {
      expect(idsOf(await lookup(app, session, { phone })), phone).toEqual([1000]);
    }
    expect((await lookup(app, session, { phone: '+1 408-222-9898' })).statusCode).toBe(204);
    // A number stored with formatting is found by its digits.
    const stored = customers
      .flatMap((c) =>
        c.contactPersons.flatMap((p) =>
          p.contactPoints.map((point) => ({ customer: c.id, point })),
        ),
      )
      .find(
        ({ point, customer }) =>
          point.kind === 'phone' &&
          /\D/.test(point.phoneNo) &&
          casesWhere((c) => c.customerId === customer).length > 0,
      );
    if (stored?.point.kind !== 'phone') throw new Error('no formatted phone number in the data');
    const digits = stored.point.phoneNo.replace(/\D/g, '');
    expect(idsOf(await lookup(app, session, { phone: digits }))).toContain(
      casesWhere((c) => c.customerId === stored.customer)[0],
    );
  });

  it('matches status, custom attributes, owner id and owner login', async () => {
    const app = await simulator();
    const session = await login(app);
    const first = (response: Awaited<ReturnType<typeof lookup>>) => casePageOf(response);
    expect(first(await lookup(app, session, { status: 'closed' })).paginationInfo.count).toBe(
      casesWhere((c) => c.status === 'closed').length,
    );
    expect(
      first(await lookup(app, session, { custom: { name: 'customer_rating', value: '5' } }))
        .paginationInfo.count,
    ).toBe(casesWhere((c) => c.custom.customer_rating === '5').length);
    expect(
      first(
        await lookup(app, session, { custom: { name: 'region', value: 'West' }, status: 'open' }),
      ).paginationInfo.count,
    ).toBe(casesWhere((c) => c.custom.region === 'West' && c.status === 'open').length);
    expect(
      (await lookup(app, session, { custom: { name: 'no_such_attribute', value: '5' } }))
        .statusCode,
    ).toBe(204);
    const frankCases = casesWhere((c) => c.ownerId === '1012');
    expect(first(await lookup(app, session, { ownerId: '1012' })).paginationInfo.count).toBe(
      frankCases.length,
    );
    expect(first(await lookup(app, session, { ownerLoginId: 'frank' })).paginationInfo.count).toBe(
      frankCases.length,
    );
    expect(first(await lookup(app, session, { ownerLoginId: 'FRANK' })).paginationInfo.count).toBe(
      frankCases.length,
    );
    expect((await lookup(app, session, { ownerLoginId: 'nobody' })).statusCode).toBe(204);
  });

  it('matches department names case-insensitively; an unknown department finds nothing', async () => {
    const app = await simulator();
    const session = await login(app);
    const billing = departments.find((d) => d.name === 'Billing');
    const expected = casesWhere((c) => c.departmentId === billing?.id).length;
    expect(
      casePageOf(await lookup(app, session, { department: 'billing' })).paginationInfo.count,
    ).toBe(expected);
    expect(
      casePageOf(await lookup(app, session, { department: 'Technical Support' })).paginationInfo
        .count,
    ).toBeGreaterThan(0);
    expect((await lookup(app, session, { department: 'Bill' })).statusCode).toBe(204);
  });

  it('ANDs all criteria (the full seed body finds nothing: customer 1001 does not own that email)', async () => {
    const app = await simulator();
    const session = await login(app);
    const body = LOOKUP_EXAMPLE_BODIES.full;
    const response = await lookup(app, session, body);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect(
      idsOf(
        await lookup(app, session, {
          customer: '1000',
          email: 'jhenry@customer.com',
          phone: '408-222-9898',
          status: 'open',
          department: 'Service',
          ownerId: '1012',
        }),
      ),
    ).toEqual([1000]);
    expect((await lookup(app, session, { customer: '1000', status: 'closed' })).statusCode).toBe(
      204,
    );
  });
});

describe('date ranges', () => {
  const iso = (ms: number): string => new Date(ms).toISOString();

  it('include both ends', async () => {
    const app = await simulator();
    const session = await login(app);
    const sample = cases[1234];
    if (sample === undefined) throw new Error('no sample');
    const exact = `[${iso(sample.created)},${iso(sample.created)}]`;
    expect(idsOf(await lookup(app, session, { createdDate: exact }))).toEqual(
      casesWhere((c) => c.created === sample.created),
    );
    expect(
      idsOf(
        await lookup(app, session, {
          lastModifiedDate: `[${iso(sample.lastModified)},${iso(sample.lastModified)}]`,
        }),
      ),
    ).toContain(sample.id);
    const justAfter = `[${iso(sample.created + 1)},${iso(sample.created + 1000)}]`;
    expect(idsOf(await lookup(app, session, { createdDate: justAfter }))).not.toContain(sample.id);
    const justBefore = `[${iso(sample.created - 1000)},${iso(sample.created - 1)}]`;
    expect(idsOf(await lookup(app, session, { createdDate: justBefore }))).not.toContain(sample.id);
  });

  it('may be open at either end', async () => {
    const app = await simulator();
    const session = await login(app);
    const pivot = Date.parse('2024-06-01T00:00:00.000Z');
    const count = async (body: unknown) =>
      casePageOf(await lookup(app, session, body)).paginationInfo.count;
    expect(await count({ createdDate: `[${iso(pivot)},]` })).toBe(
      casesWhere((c) => c.created >= pivot).length,
    );
    expect(await count({ createdDate: `[,${iso(pivot)}]` })).toBe(
      casesWhere((c) => c.created <= pivot).length,
    );
    expect(await count({ lastClosedDate: `[,${iso(pivot)}]` })).toBe(
      casesWhere((c) => c.lastClosed !== null && c.lastClosed <= pivot).length,
    );
    expect(await count({ lastModifiedDate: `[${iso(pivot)},]`, status: 'open' })).toBe(
      casesWhere((c) => c.lastModified >= pivot && c.status === 'open').length,
    );
  });
});

describe('department visibility', () => {
  it('silently limits an agent to their home department', async () => {
    const app = await simulator();
    const frank = await login(app, 'frank');
    const alice = await login(app, 'alice');
    expect(idsOf(await lookup(app, frank, { email: 'jhenry@customer.com' }))).toEqual([1000]);
    // Alice works in Sales: case 1000 (Service) is invisible to her, without an error.
    expect((await lookup(app, alice, { email: 'jhenry@customer.com' })).statusCode).toBe(204);
    const page = casePageOf(await lookup(app, frank, { status: 'open' }));
    expect(page.paginationInfo.count).toBe(
      casesWhere((c) => c.status === 'open' && c.departmentId === '999').length,
    );
    expect(new Set(page.case.map((c) => c.department.name))).toEqual(new Set(['Service']));
    expect((await lookup(app, alice, { department: 'Service' })).statusCode).toBe(204);
  });

  it('lets supervisor and qa accounts see every department', async () => {
    const app = await simulator();
    for (const user of ['supervisor', 'qa7']) {
      const page = casePageOf(await lookup(app, await login(app, user), { status: 'open' }));
      expect(page.paginationInfo.count).toBe(casesWhere((c) => c.status === 'open').length);
    }
  });
});

describe('localisation', () => {
  it.each([
    ['en-US', 'Open', 'Medium'],
    ['de-DE', 'Offen', 'Mittel'],
    ['fr-FR', 'Ouvert', 'Moyenne'],
    ['es-ES', 'Abierto', 'Media'],
    ['ja-JP', 'Open', 'Medium'],
  ])('localises display values for %s', async (language, status, severity) => {
    const app = await simulator();
    const page = casePageOf(
      await lookup(
        app,
        await login(app),
        { email: 'jhenry@customer.com' },
        { headers: { 'accept-language': language } },
      ),
    );
    expect(page.case[0]?.status).toEqual({ value: 'open', displayValue: status });
    expect(page.case[0]?.severity).toEqual({ value: 'medium', displayValue: severity });
  });
});
