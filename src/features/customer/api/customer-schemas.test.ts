import { describe, expect, it } from 'vitest';
import { CUSTOMER_EXAMPLE } from '../../../../contract/examples';
import { customerResponseSchema, formatPhone } from './customer-schemas';

// §5's example, as the simulator sends it.
const seedCustomer = CUSTOMER_EXAMPLE;

describe('customerResponseSchema', () => {
  it('reads the documented contactPersons form', () => {
    const [customer] = customerResponseSchema.parse({ customer: [seedCustomer] }).customer;
    expect(customer).toEqual({
      id: '1000',
      name: 'John Russel Tierney',
      type: { value: 'individual', displayValue: 'Individual' },
      department: { name: 'Service', id: '999' },
      contactPersons: [
        {
          id: '1001',
          name: 'Mr. John Russel Tierney',
          emails: [{ id: '1038', address: 'jhenry@customer.com', primary: true }],
          phones: [{ id: '1039', number: '+1 408-222-9898', kind: 'home' }],
        },
      ],
    });
  });

  it('accepts single objects at every level of nesting and numeric ids', () => {
    const parsed = customerResponseSchema.parse({
      customer: {
        id: 42,
        customerName: 'Acme Corp',
        type: { value: 'corporate' },
        contactPersons: {
          contactPerson: {
            id: 7,
            firstName: 'Ada',
            lastName: 'Lovelace',
            contactPoints: {
              contactPoint: {
                id: 9,
                type: { value: 'email', email: { emailAddress: 'ada@acme.example' } },
              },
            },
          },
        },
      },
    });
    const customer = parsed.customer[0];
    expect(customer?.id).toBe('42');
    expect(customer?.type?.displayValue).toBe('corporate');
    expect(customer?.contactPersons).toEqual([
      {
        id: '7',
        name: 'Ada Lovelace',
        emails: [{ id: '9', address: 'ada@acme.example', primary: false }],
        phones: [],
      },
    ]);
  });

  it('accepts contactPersons and contactPoints given directly as arrays', () => {
    const parsed = customerResponseSchema.parse({
      customer: [
        {
          id: '1',
          contactPersons: [
            {
              firstName: 'Bo',
              contactPoints: [
                { type: { value: 'phone', phone: { phoneNo: 4155550100 } } },
                { type: { value: 'email', email: { emailAddress: 'bo@example.com' } } },
              ],
            },
            {
              contactPerson: [
                {
                  firstName: 'Cy',
                  contactPoint: {
                    type: { value: 'email', email: { emailAddress: 'cy@example.com' } },
                  },
                },
              ],
            },
          ],
        },
      ],
    });
    const persons = parsed.customer[0]?.contactPersons ?? [];
    expect(persons.map((p) => p.name)).toEqual(['Bo', 'Cy']);
    expect(persons[0]?.phones[0]?.number).toBe('415-555-0100');
    expect(persons[0]?.emails[0]?.address).toBe('bo@example.com');
    expect(persons[1]?.emails[0]?.address).toBe('cy@example.com');
  });

  it('tolerates a customer without contact persons, type or department', () => {
    const parsed = customerResponseSchema.parse({ customer: [{ id: '3' }] });
    expect(parsed.customer[0]).toEqual({
      id: '3',
      name: '',
      type: undefined,
      department: undefined,
      contactPersons: [],
    });
  });
});

describe('formatPhone', () => {
  it('groups ten-digit North American numbers and keeps others as stored', () => {
    expect(formatPhone('4082229898', '1')).toBe('+1 408-222-9898');
    expect(formatPhone('408-222-9898')).toBe('408-222-9898');
    expect(formatPhone('20 7946 0958', '44')).toBe('+44 20 7946 0958');
    expect(formatPhone('5550100', '1', '415', '12')).toBe('+1 415 5550100 ext. 12');
  });

  it('reads a null salutation, numeric names and leaves out an unreadable customer', () => {
    const parsed = customerResponseSchema.parse({
      customer: [
        {
          id: 5,
          customerName: 4711,
          contactPersons: {
            contactPerson: {
              id: 6,
              salutation: null,
              firstName: 'Bo',
              middleName: null,
              lastName: 7,
            },
          },
        },
        { id: '8', type: { value: { broken: true } } },
      ],
    });
    expect(parsed.customer.map((row) => [row.id, row.name, row.contactPersons[0]?.name])).toEqual([
      ['5', '4711', 'Bo 7'],
    ]);
    expect(parsed.skipped).toEqual([{ id: '8', paths: ['type'] }]);
  });
});
