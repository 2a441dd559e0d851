import { describe, expect, it } from 'vitest';
import { LOOKUP_EXAMPLE_BODIES } from '../../../contract/examples';
import { buildLookupQuery } from './api/lookup-request';
import { MESSAGES } from './criteria';
import { parseCriteria } from './form/criteria-schema';
import { buildLookupBody } from './lookup-body';

describe('buildLookupBody', () => {
  it('reproduces the documentation’s first two example bodies byte for byte', () => {
    expect(JSON.stringify(buildLookupBody({ email: 'jhenry@customer.com' }, 'UTC'))).toBe(
      JSON.stringify(LOOKUP_EXAMPLE_BODIES.email),
    );
    expect(JSON.stringify(buildLookupBody({ department: 'Service' }, 'UTC'))).toBe(
      JSON.stringify(LOOKUP_EXAMPLE_BODIES.department),
    );
  });

  it('reproduces the third example with the phone as digits (D2) and the ranges in UTC', () => {
    const body = buildLookupBody(
      {
        customerId: '1001',
        email: 'jhenry@customer.com',
        phone: '408-222-9898',
        status: 'open',
        customName: 'customer_rating',
        customValue: '5',
        createdFrom: '2022-03-23T08:39:16',
        createdTo: '2022-04-28T09:39:16',
        lastModifiedFrom: '2022-03-24T08:39:16',
        lastModifiedTo: '2022-05-27T09:40',
        department: 'Service',
        ownerId: '1010',
        lastClosedFrom: '2022-09-24T08:39:16',
        lastClosedTo: '2022-10-07T18:39:16',
      },
      'UTC',
    );
    expect(JSON.stringify(body)).toBe(
      JSON.stringify({ ...LOOKUP_EXAMPLE_BODIES.full, phone: '4082229898' }),
    );
  });

  it('keeps the documented key order whatever order the criteria come in', () => {
    const body = buildLookupBody(
      {
        lastClosedTo: '2024-01-01',
        ownerId: '7',
        department: 'Sales',
        email: 'a@b.co',
        customerId: '1',
      },
      'UTC',
    );
    expect(Object.keys(body)).toEqual([
      'customer',
      'email',
      'department',
      'ownerId',
      'lastClosedDate',
    ]);
  });

  it('sends open-ended ranges and never [,]', () => {
    expect(buildLookupBody({ createdFrom: '2024-01-15' }, 'UTC')).toEqual({
      createdDate: '[2024-01-15T00:00:00.000Z,]',
    });
    expect(buildLookupBody({ lastModifiedTo: '2024-01-15' }, 'UTC')).toEqual({
      lastModifiedDate: '[,2024-01-15T23:59:59.999Z]',
    });
    expect(
      buildLookupBody({ lastClosedFrom: ' ', lastClosedTo: '', email: 'a@b.co' }, 'UTC'),
    ).toEqual({
      email: 'a@b.co',
    });
  });

  it('converts whole days in the given time zone (D4)', () => {
    expect(
      buildLookupBody({ createdFrom: '2024-03-10', createdTo: '2024-03-10' }, 'America/New_York'),
    ).toEqual({
      createdDate: '[2024-03-10T05:00:00.000Z,2024-03-11T03:59:59.999Z]',
    });
  });

  it('trims every value and strips phone formatting, a leading + included', () => {
    expect(
      buildLookupBody(
        {
          email: '  jhenry@customer.com\t',
          phone: ' +1 (408) 222.9898 ',
          customerId: ' 1000 ',
          department: ' Service ',
          ownerId: '1010 ',
          customName: ' region ',
          customValue: ' EMEA ',
        },
        'UTC',
      ),
    ).toEqual({
      customer: '1000',
      email: 'jhenry@customer.com',
      phone: '14082229898',
      custom: { name: 'region', value: 'EMEA' },
      department: 'Service',
      ownerId: '1010',
    });
  });

  it('leaves out empty and blank fields, and a half-filled custom pair (D15)', () => {
    const body = buildLookupBody(
      {
        email: '',
        phone: '   ',
        customerId: undefined,
        status: '',
        customName: 'region',
        customValue: ' ',
      },
      'UTC',
    );
    expect(body).toEqual({});
    for (const value of Object.values(
      buildLookupBody({ email: 'a@b.co', status: 'closed' }, 'UTC'),
    )) {
      expect(typeof value === 'string' ? value.length : 1).toBeGreaterThan(0);
    }
  });
});

describe('parseCriteria', () => {
  it('returns the body when every rule holds', () => {
    expect(parseCriteria({ phone: '408-222-9898' }, 'UTC')).toEqual({
      ok: true,
      body: { phone: '4082229898' },
    });
  });

  it('returns the field errors and no body for criteria that break a rule (e.g. a hand-edited URL)', () => {
    expect(parseCriteria({ email: 'jhenry', createdFrom: '2023-02-30' }, 'UTC')).toEqual({
      ok: false,
      errors: { email: MESSAGES.email, createdFrom: MESSAGES.boundImpossible },
    });
  });

  it('refuses criteria with nothing in them', () => {
    expect(parseCriteria({}, 'UTC')).toEqual({ ok: false, errors: { root: MESSAGES.noCriterion } });
  });
});

describe('buildLookupQuery', () => {
  it('sends page and size, and sort with its order', () => {
    expect(buildLookupQuery({ page: 2, pageSize: 50, sort: undefined })).toEqual({
      $pagenum: '2',
      $pagesize: '50',
    });
    expect(
      buildLookupQuery({ page: 1, pageSize: 25, sort: { field: 'createdDate', order: 'desc' } }),
    ).toEqual({
      $pagenum: '1',
      $pagesize: '25',
      $sort: 'createdDate',
      $order: 'desc',
    });
  });
});
