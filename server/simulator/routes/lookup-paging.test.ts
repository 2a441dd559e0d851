import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../data/model.ts';
import { loadStore } from '../store.ts';
import { casePageOf, idsOf, login, lookup, simulator } from '../test-support.ts';

const { cases, departments } = loadStore(5000, 20210825).dataset;
const billing = cases.filter((c) => c.departmentId === '1001');
const billingIds = billing.map((c) => c.id);
const BODY = { department: 'Billing' };

describe('paging', () => {
  it('reports the total number of matches and echoes the effective page (D1)', async () => {
    const app = await simulator();
    const session = await login(app);
    const page = casePageOf(
      await lookup(app, session, BODY, { query: '?$pagenum=2&$pagesize=10' }),
    );
    expect(page.paginationInfo).toEqual({ count: billing.length, pagenum: 2, pagesize: 10 });
    expect(page.case.map((c) => Number(c.id))).toEqual(billingIds.slice(10, 20));
  });

  it('returns a short last page and 204 past the end', async () => {
    const app = await simulator();
    const session = await login(app);
    const size = 75;
    const last = Math.ceil(billing.length / size);
    expect(billing.length % size).not.toBe(0);
    expect(
      idsOf(await lookup(app, session, BODY, { query: `?$pagenum=${last}&$pagesize=${size}` })),
    ).toEqual(billingIds.slice((last - 1) * size));
    const past = await lookup(app, session, BODY, {
      query: `?$pagenum=${last + 1}&$pagesize=${size}`,
    });
    expect(past.statusCode).toBe(204);
    expect(past.body).toBe('');
  });

  it('accepts $pagesize 75 and refuses 76', async () => {
    const app = await simulator();
    const session = await login(app);
    expect(
      casePageOf(await lookup(app, session, BODY, { query: '?$pagesize=75' })).case,
    ).toHaveLength(75);
    expect((await lookup(app, session, BODY, { query: '?$pagesize=76' })).statusCode).toBe(400);
  });

  it('serves $rangestart/$rangesize slices with the page they fall in', async () => {
    const app = await simulator();
    const session = await login(app);
    const page = casePageOf(
      await lookup(app, session, BODY, { query: '?$rangestart=31&$rangesize=15' }),
    );
    expect(page.case.map((c) => Number(c.id))).toEqual(billingIds.slice(30, 45));
    expect(page.paginationInfo).toEqual({ count: billing.length, pagenum: 3, pagesize: 15 });
    const unaligned = casePageOf(
      await lookup(app, session, BODY, { query: '?$rangestart=5&$rangesize=10' }),
    );
    expect(unaligned.case.map((c) => Number(c.id))).toEqual(billingIds.slice(4, 14));
    expect(unaligned.paginationInfo.pagenum).toBe(1);
    expect(
      (await lookup(app, session, BODY, { query: `?$rangestart=${billing.length + 1}` }))
        .statusCode,
    ).toBe(204);
  });
});

const departmentName = (c: CaseRecord): string =>
  departments.find((d) => d.id === c.departmentId)?.name ?? '';
const rank = { low: 0, medium: 1, high: 2, urgent: 3 } as const;
const byKey =
  <K extends string | number>(key: (c: CaseRecord) => K) =>
  (a: CaseRecord, b: CaseRecord): number => {
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : a.id - b.id;
  };

const SORTS: [string, (a: CaseRecord, b: CaseRecord) => number][] = [
  ['id', (a, b) => a.id - b.id],
  ['subject', byKey((c) => c.subject.toLowerCase())],
  ['status', byKey((c) => c.status)],
  ['severity', byKey((c) => rank[c.severity])],
  ['department', byKey(departmentName)],
  ['lastModifiedDate', byKey((c) => c.lastModified)],
  ['createdDate', byKey((c) => c.created)],
];

describe('sorting (D6)', () => {
  it.each(
    SORTS.flatMap(([field, compare]) => [
      [field, 'asc', compare] as const,
      [field, 'desc', compare] as const,
    ]),
  )('sorts by %s %s', async (field, order, compare) => {
    const app = await simulator();
    const session = await login(app);
    // Cases created from 2023 on, in every department and state, so that every sort key varies.
    const from = '2023-01-01T00:00:00.000Z';
    const body = { createdDate: `[${from},]` };
    const subset = cases.filter((c) => c.created >= Date.parse(from));
    const all = [...subset]
      .sort(order === 'asc' ? compare : (a, b) => compare(b, a))
      .map((c) => c.id);
    const first = await lookup(app, session, body, {
      query: `?$sort=${field}&$order=${order}&$pagesize=75`,
    });
    const third = await lookup(app, session, body, {
      query: `?$sort=${field}&$order=${order}&$pagesize=75&$pagenum=3`,
    });
    expect(idsOf(first)).toEqual(all.slice(0, 75));
    expect(idsOf(third)).toEqual(all.slice(150, 225));
  });

  it('defaults to id ascending and $order to asc', async () => {
    const app = await simulator();
    const session = await login(app);
    expect(idsOf(await lookup(app, session, BODY))).toEqual(billingIds.slice(0, 25));
    expect(idsOf(await lookup(app, session, BODY, { query: '?$sort=id' }))).toEqual(
      billingIds.slice(0, 25),
    );
    expect(idsOf(await lookup(app, session, BODY, { query: '?$sort=id&$order=desc' }))).toEqual(
      [...billingIds].reverse().slice(0, 25),
    );
  });
});
