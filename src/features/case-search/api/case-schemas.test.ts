import { describe, expect, it } from 'vitest';
import { lookupResponseSchema } from './case-schemas';

// The seed response of docs/seed-case-lookup-examples.txt.
const seed = {
  case: [
    {
      link: [{ rel: 'self', href: '/system/ws/v20/interaction/case/1000' }],
      activities: {
        link: [{ rel: 'activity', href: '/system/ws/v20/interaction/activity?case=1000' }],
      },
      department: { name: 'Service', id: '999' },
      status: { value: 'open', displayValue: 'Open' },
      lastModified: { user: { name: 'Frank', id: '1012' }, date: '2021-08-25T13:18:25.000Z' },
      customer: {
        link: [{ rel: 'customer', href: '/system/ws/v20/interaction/customer/1000' }],
        customerName: 'John Russel Tierney',
        id: '1000',
      },
      severity: { value: 'medium', displayValue: 'Medium' },
      subject: 'Charging is too slow [#1000]',
      id: '1000',
    },
  ],
  paginationInfo: { count: 1, pagenum: 1, pagesize: 25 },
};

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

  it('rejects a case without an id', () => {
    expect(lookupResponseSchema.safeParse({ case: [{ subject: 'x' }] }).success).toBe(false);
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
