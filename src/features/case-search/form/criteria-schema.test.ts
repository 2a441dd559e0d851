import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../criteria';
import {
  criteriaSchema,
  emptyValues,
  toCriteria,
  toValues,
  validateCriteria,
} from './criteria-schema';

const TZ = 'UTC';
const check = (criteria: Parameters<typeof validateCriteria>[0]) => validateCriteria(criteria, TZ);

describe('validateCriteria', () => {
  it('asks for at least one criterion', () => {
    expect(check({})).toEqual({ root: MESSAGES.noCriterion });
    expect(check({ email: '  ', department: '' })).toEqual({ root: MESSAGES.noCriterion });
    expect(check({ status: 'open' })).toEqual({});
  });

  it.each(['jhenry@customer.com', ' jhenry@customer.com ', 'first.last+tag@sub.example.org'])(
    'accepts the email %j',
    (email) => expect(check({ email })).toEqual({}),
  );

  it.each(['jhenry', 'jhenry@', '@customer.com', 'j henry@customer.com', 'jhenry@customer'])(
    'refuses the email %j',
    (email) => expect(check({ email })).toEqual({ email: MESSAGES.email }),
  );

  it.each(['408-222-9898', '4082229898', '+1 (408) 222.9898', '222 9898'])(
    'accepts the phone %j',
    (phone) => expect(check({ phone })).toEqual({}),
  );

  it('refuses phones with letters or other symbols, and phones under 7 digits', () => {
    expect(check({ phone: '408-CALL-NOW' })).toEqual({ phone: MESSAGES.phoneCharacters });
    expect(check({ phone: '408/222/9898' })).toEqual({ phone: MESSAGES.phoneCharacters });
    expect(check({ phone: '408 22+2 9898' })).toEqual({ phone: MESSAGES.phoneCharacters });
    expect(check({ phone: '222-989' })).toEqual({ phone: MESSAGES.phoneTooShort });
    expect(check({ phone: '(+) ---' })).toEqual({ phone: MESSAGES.phoneCharacters });
  });

  it('accepts digit-only ids and refuses anything else', () => {
    expect(check({ customerId: '1000', ownerId: ' 1010 ' })).toEqual({});
    expect(check({ customerId: '10a0' })).toEqual({ customerId: MESSAGES.customerId });
    expect(check({ customerId: '-1' })).toEqual({ customerId: MESSAGES.customerId });
    expect(check({ ownerId: '1 010' })).toEqual({ ownerId: MESSAGES.ownerId });
  });

  it('accepts only the status values the API knows', () => {
    expect(check({ status: 'closed' })).toEqual({});
    expect(check({ status: 'pending' })).toEqual({ status: MESSAGES.status });
  });

  it('wants the custom attribute and its value together', () => {
    expect(check({ customName: 'region', customValue: 'EMEA' })).toEqual({});
    expect(check({ customName: 'region' })).toEqual({ customValue: MESSAGES.customValueMissing });
    expect(check({ customValue: 'EMEA', customName: ' ' })).toEqual({
      customName: MESSAGES.customNameMissing,
    });
  });

  it('checks the shape and the reality of every date bound', () => {
    expect(
      check({
        createdFrom: '2024-03-10',
        lastModifiedTo: '2024-03-10T14:30',
        lastClosedFrom: '2024-03-10T14:30:59',
      }),
    ).toEqual({});
    expect(check({ createdFrom: '10.03.2024' })).toEqual({ createdFrom: MESSAGES.boundFormat });
    expect(check({ lastModifiedTo: '2023-02-29' })).toEqual({
      lastModifiedTo: MESSAGES.boundImpossible,
    });
    expect(check({ lastClosedFrom: '2024-03-10T24:00' })).toEqual({
      lastClosedFrom: MESSAGES.boundImpossible,
    });
  });

  it('wants from ≤ to, comparing the instants that would be sent', () => {
    expect(check({ createdFrom: '2024-03-10', createdTo: '2024-03-10' })).toEqual({});
    expect(check({ createdFrom: '2024-03-10T18:00', createdTo: '2024-03-10' })).toEqual({});
    expect(check({ createdFrom: '2024-03-10T18:00', createdTo: '2024-03-10T17:59:59' })).toEqual({
      createdTo:
        'Created to is before Created from. Enter a later date here, or an earlier one in Created from.',
    });
    expect(check({ lastClosedFrom: '2024-03-11', lastClosedTo: '2024-03-10' })).toEqual({
      lastClosedTo: MESSAGES.rangeOrder({
        name: 'lastClosed',
        label: 'Last closed',
        from: 'lastClosedFrom',
        to: 'lastClosedTo',
      }),
    });
    // A malformed bound is reported as such, not as an order problem.
    expect(check({ lastModifiedFrom: '2024-03-11', lastModifiedTo: 'soon' })).toEqual({
      lastModifiedTo: MESSAGES.boundFormat,
    });
  });

  it('compares in the user’s time zone', () => {
    // 2024-03-10T00:30 in Berlin is 2024-03-09T23:30Z, which is after 2024-03-09T23:00 in UTC.
    const criteria = { createdFrom: '2024-03-10T00:30', createdTo: '2024-03-09T23:00' };
    expect(validateCriteria(criteria, 'Europe/Berlin')).toHaveProperty('createdTo');
  });
});

describe('criteriaSchema', () => {
  it('reports each problem on its field for the form resolver', () => {
    const result = criteriaSchema(TZ).safeParse({ ...emptyValues(), email: 'x', phone: '12' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['email', MESSAGES.email],
      ['phone', MESSAGES.phoneTooShort],
    ]);
  });

  it('puts the no-criterion problem on `root`', () => {
    const result = criteriaSchema(TZ).safeParse(emptyValues());
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['root']]);
  });
});

describe('toValues / toCriteria', () => {
  it('round-trips, trimming and dropping empty values but keeping phone and dates as typed', () => {
    const values = toValues({ phone: '408-222-9898', createdFrom: '2024-03-10' });
    expect(values.email).toBe('');
    expect(toCriteria({ ...values, email: ' a@b.co ', department: '   ' })).toEqual({
      email: 'a@b.co',
      phone: '408-222-9898',
      createdFrom: '2024-03-10',
    });
  });
});
