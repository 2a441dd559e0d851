import { describe, expect, it } from 'vitest';
import { LOOKUP_EXAMPLE_RESPONSE } from '../../../../contract/examples';
import { caseSummarySchema, lookupResponseSchema } from './case-schemas';

// The seed response of docs/seed-case-lookup-examples.txt.
const seed = LOOKUP_EXAMPLE_RESPONSE;

describe('lookupResponseSchema', () => {
  it('reads the seed response', () => {
    const parsed = lookupResponseSchema.parse(seed);
    expect(parsed.paginationInfo).toEqual({ count: 1, pagenum: 1, pagesize: 25 });
    expect(parsed.case[0]).toEqual({
      id: '1000',
      subject: 'Charging is too slow [#1000]',
      links: [{ rel: 'self', href: '/system/ws/v20/interaction/case/1000' }],
      activityLinks: [{ rel: 'activity', href: '/system/ws/v20/interaction/activity?case=1000' }],
      department: { name: 'Service', id: '999' },
      status: { value: 'open', displayValue: 'Open' },
      severity: { value: 'medium', displayValue: 'Medium' },
      lastModified: { date: '2021-08-25T13:18:25.000Z', userName: 'Frank' },
      customer: {
        id: '1000',
        name: 'John Russel Tierney',
        links: [{ rel: 'customer', href: '/system/ws/v20/interaction/customer/1000' }],
      },
    });
  });

  it('accepts a single link object instead of an array and numeric ids', () => {
    const parsed = lookupResponseSchema.parse({
      case: [
        {
          id: 1004,
          link: { rel: 'self', href: '/system/ws/v20/interaction/case/1004' },
          activities: {
            link: { rel: 'activity', href: '/system/ws/v20/interaction/activity?case=1004' },
          },
          department: { name: 'Service', id: 999 },
          customer: {
            link: { rel: 'customer', href: '/system/ws/v20/interaction/customer/7' },
            id: 7,
          },
        },
      ],
    });
    const summary = parsed.case[0];
    expect(summary?.id).toBe('1004');
    expect(summary?.links).toEqual([{ rel: 'self', href: '/system/ws/v20/interaction/case/1004' }]);
    expect(summary?.activityLinks).toHaveLength(1);
    expect(summary?.department?.id).toBe('999');
    expect(summary?.customer?.id).toBe('7');
  });

  it('accepts one case as an object rather than an array', () => {
    const [single] = seed.case;
    const parsed = lookupResponseSchema.parse({
      case: single,
      paginationInfo: seed.paginationInfo,
    });
    expect(parsed.case).toHaveLength(1);
  });

  it('tolerates missing optional fields', () => {
    const parsed = lookupResponseSchema.parse({ case: [{ id: '5' }] });
    expect(parsed.case[0]).toMatchObject({
      id: '5',
      subject: '',
      links: [],
      activityLinks: [],
      status: undefined,
      severity: undefined,
      customer: undefined,
      lastModified: undefined,
    });
    expect(parsed.paginationInfo).toBeUndefined();
  });

  it('falls back to the machine value when displayValue is missing', () => {
    const parsed = lookupResponseSchema.parse({ case: [{ id: '5', status: { value: 'closed' } }] });
    expect(parsed.case[0]?.status).toEqual({ value: 'closed', displayValue: 'closed' });
  });

  it('reads pagination numbers sent as strings', () => {
    const parsed = lookupResponseSchema.parse({
      case: [],
      paginationInfo: { count: '312', pagenum: '2', pagesize: '25' },
    });
    expect(parsed.paginationInfo).toEqual({ count: 312, pagenum: 2, pagesize: 25 });
  });

  it('rejects a case without an id: left out of the page and counted', () => {
    expect(caseSummarySchema.safeParse({ subject: 'x' }).success).toBe(false);
    const parsed = lookupResponseSchema.parse({ case: [{ subject: 'x' }, { id: '6' }] });
    expect(parsed.case.map((row) => row.id)).toEqual(['6']);
    expect(parsed.skipped).toEqual([{ id: undefined, paths: ['id'] }]);
  });
});

describe('lookupResponseSchema: one row at a time (real-server variants)', () => {
  const good = seed.case[0];

  it.each([
    ['a numeric customerName', { customer: { id: '7', customerName: 4711 } }],
    ['a numeric subject', { subject: 1234 }],
    ['a null subject', { subject: null }],
    [
      'a null lastModified.user',
      { lastModified: { user: null, date: '2021-08-25T13:18:25.000Z' } },
    ],
    [
      'one unreadable link',
      { link: [{ rel: 'self' }, { rel: 'self', href: '/system/ws/v20/interaction/case/9' }] },
    ],
    ['a null link', { link: null, activities: { link: { rel: 'activity', href: 42 } } }],
    ['a boolean subject', { subject: true }],
    ['a bare status value', { status: 'open' }],
    ['null department, status and severity', { department: null, status: null, severity: null }],
  ])('reads a case with %s', (_name, variant) => {
    const parsed = lookupResponseSchema.parse({ case: [{ ...good, ...variant, id: 9 }, good] });
    expect(parsed.skipped).toEqual([]);
    expect(parsed.case).toHaveLength(2);
    expect(parsed.case[0]?.id).toBe('9');
  });

  it('shows numbers and booleans as text and nulls as empty', () => {
    const parsed = lookupResponseSchema.parse({
      case: [
        { id: 1, subject: 1234, customer: { id: 7, customerName: 4711 } },
        { id: 2, subject: null, customer: { id: 8, customerName: null } },
      ],
    });
    expect(parsed.case.map((row) => [row.subject, row.customer?.name])).toEqual([
      ['1234', '4711'],
      ['', undefined],
    ]);
  });

  it('keeps the readable link when another one is broken', () => {
    const parsed = lookupResponseSchema.parse({
      case: [
        {
          id: '9',
          link: [{ rel: 'self' }, { rel: 'self', href: '/system/ws/v20/interaction/case/9' }],
        },
      ],
    });
    expect(parsed.case[0]?.links).toEqual([
      { rel: 'self', href: '/system/ws/v20/interaction/case/9' },
    ]);
  });

  it('reads lastModified as an ISO string with lastModifiedBy (eGain v3)', () => {
    const parsed = lookupResponseSchema.parse({
      case: [
        {
          id: '1',
          lastModified: '2022-04-02T10:00:00.000Z',
          lastModifiedBy: { name: 'Jenny', id: 1005 },
        },
        {
          id: '2',
          lastModified: '2022-04-03T10:00:00.000Z',
          lastModifiedBy: { firstName: 'Frank', lastName: 'Robert' },
        },
        {
          id: '3',
          lastModified: { date: '2022-04-04T10:00:00.000Z', user: { name: 'Ann', id: '1' } },
        },
        { id: '4', lastModified: null },
      ],
    });
    expect(parsed.case.map((row) => row.lastModified)).toEqual([
      { date: '2022-04-02T10:00:00.000Z', userName: 'Jenny' },
      { date: '2022-04-03T10:00:00.000Z', userName: 'Frank Robert' },
      { date: '2022-04-04T10:00:00.000Z', userName: 'Ann' },
      undefined,
    ]);
  });

  it('leaves out only the rows that still cannot be read, with their ids and the fields', () => {
    const parsed = lookupResponseSchema.parse({
      case: [
        good,
        { id: '1003', status: { value: { nested: true } } },
        'not a case',
        { id: { deep: 1 } },
        { id: 1007, customer: 'someone' },
      ],
      paginationInfo: { count: 5, pagenum: 1, pagesize: 25 },
    });
    expect(parsed.case.map((row) => row.id)).toEqual([good?.id]);
    expect(parsed.skipped).toEqual([
      { id: '1003', paths: ['status'] },
      { id: undefined, paths: ['(row)'] },
      { id: undefined, paths: ['id'] },
      { id: '1007', paths: ['customer'] },
    ]);
  });

  it('still refuses an answer that is not the documented shape at all', () => {
    expect(lookupResponseSchema.safeParse({ case: 'nope' }).success).toBe(false);
    expect(lookupResponseSchema.safeParse({ case: 42 }).success).toBe(false);
    expect(lookupResponseSchema.safeParse('<html></html>').success).toBe(false);
  });
});

describe('lookupResponseSchema extras', () => {
  it('reads created and lastClosed ($attribute) and the owner where a server sends one', () => {
    const [first] = seed.case;
    const parsed = lookupResponseSchema.parse({
      case: [
        {
          ...first,
          created: { date: '2021-08-24T09:02:11.000Z' },
          lastClosed: { user: { name: 'Frank' }, date: '2021-08-26T10:00:00.000Z' },
          owner: { user: { name: 'Frank', firstName: 'Frank', lastName: 'Robert', id: '1012' } },
        },
        { ...first, id: '1001', owner: { user: { name: 'frank' } } },
        { ...first, id: '1002', owner: { folder: { id: '13' } } },
      ],
    });
    expect(parsed.case.map((c) => [c.created, c.lastClosed, c.ownerName])).toEqual([
      ['2021-08-24T09:02:11.000Z', '2021-08-26T10:00:00.000Z', 'Frank Robert'],
      [undefined, undefined, 'frank'],
      [undefined, undefined, undefined],
    ]);
  });
});
