import { describe, expect, it } from 'vitest';
import { digitsOf } from '../store.ts';
import { AGENTS, DEPARTMENTS, FRANK_ID, USERS } from './directory.ts';
import { SEED_EMAIL, SEED_PHONE_DIGITS, generateDataset } from './generate.ts';

const SEED = 20210825;
const data = generateDataset({ cases: 5000, seed: SEED });

describe('generateDataset', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDataset({ cases: 5000, seed: SEED });
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    const other = generateDataset({ cases: 5000, seed: SEED + 1 });
    expect(other.cases[1]).not.toEqual(data.cases[1]);
    // The seed records do not depend on the seed.
    expect(other.cases[0]).toEqual(data.cases[0]);
    expect(other.customers[0]).toEqual(data.customers[0]);
  });

  it('scales customers and activities with the number of cases', () => {
    expect(data.cases).toHaveLength(5000);
    expect(data.customers).toHaveLength(1000);
    expect(data.activities.length).toBeGreaterThan(19_000);
    expect(data.activities.length).toBeLessThan(23_000);
    const small = generateDataset({ cases: 50, seed: SEED });
    expect(small.cases).toHaveLength(50);
    expect(small.customers).toHaveLength(10);
  });

  it('has consecutive ids from 1000 and each case owns a contiguous block of activities', () => {
    data.cases.forEach((record, index) => {
      expect(record.id).toBe(1000 + index);
      for (let i = 0; i < record.activityCount; i++) {
        expect(data.activities[record.firstActivity + i]?.caseId).toBe(record.id);
      }
    });
    data.customers.forEach((customer, index) => expect(customer.id).toBe(1000 + index));
    data.activities.forEach((activity, index) => expect(activity.id).toBe(1000 + index));
  });

  it('contains the seed case 1000 exactly as in the examples', () => {
    expect(data.cases[0]).toMatchObject({
      id: 1000,
      subject: 'Charging is too slow [#1000]',
      departmentId: '999',
      status: 'open',
      severity: 'medium',
      customerId: 1000,
      lastModifiedBy: FRANK_ID,
      lastModified: Date.parse('2021-08-25T13:18:25.000Z'),
    });
    expect(data.customers[0]?.customerName).toBe('John Russel Tierney');
    expect(data.cases.filter((c) => c.customerId === 1000).map((c) => c.id)).toEqual([1000]);
  });

  it('gives the seed email and phone to customer 1000 only', () => {
    const owners = (match: (point: { kind: string; value: string }) => boolean): number[] =>
      data.customers
        .filter((customer) =>
          customer.contactPersons.some((person) =>
            person.contactPoints.some((point) =>
              match({
                kind: point.kind,
                value: point.kind === 'email' ? point.emailAddress : point.phoneNo,
              }),
            ),
          ),
        )
        .map((customer) => customer.id);
    expect(owners((p) => p.kind === 'email' && p.value.toLowerCase() === SEED_EMAIL)).toEqual([
      1000,
    ]);
    expect(owners((p) => p.kind === 'phone' && digitsOf(p.value) === SEED_PHONE_DIGITS)).toEqual([
      1000,
    ]);
  });

  it('produces plausible cases', () => {
    const severities = new Set<string>();
    for (const record of data.cases) {
      expect(record.subject.endsWith(` [#${record.id}]`)).toBe(true);
      expect(record.lastModified).toBeGreaterThanOrEqual(record.created);
      if (record.status === 'closed') expect(record.lastClosed).not.toBeNull();
      if (record.lastClosed !== null)
        expect(record.lastClosed).toBeLessThanOrEqual(record.lastModified);
      expect(Object.keys(record.custom).sort()).toEqual(['customer_rating', 'product', 'region']);
      expect(['1', '2', '3', '4', '5']).toContain(record.custom.customer_rating);
      severities.add(record.severity);
    }
    expect([...severities].sort()).toEqual(['high', 'low', 'medium', 'urgent']);
    const open = data.cases.filter((c) => c.status === 'open').length;
    expect(open).toBeGreaterThan(500);
    expect(open).toBeLessThan(4500);
    const created = data.cases.map((c) => c.created);
    expect(new Date(Math.max(...created)).toISOString() < '2025-01-01').toBe(true);
    expect(new Date(Math.min(...created)).toISOString() >= '2021-08-24').toBe(true);
    expect(data.cases.some((c) => c.activityCount === 0)).toBe(true);
  });

  it('gives every customer one or two contact persons with one to three contact points', () => {
    for (const customer of data.customers) {
      expect(customer.contactPersons.length).toBeGreaterThanOrEqual(1);
      expect(customer.contactPersons.length).toBeLessThanOrEqual(2);
      for (const person of customer.contactPersons) {
        expect(person.contactPoints.length).toBeGreaterThanOrEqual(1);
        expect(person.contactPoints.length).toBeLessThanOrEqual(3);
      }
    }
    expect(data.customers.some((c) => c.type === 'corporate')).toBe(true);
    expect(data.customers.some((c) => c.type === 'individual')).toBe(true);
  });

  it('has six departments, twenty agents and the documented accounts', () => {
    expect(DEPARTMENTS).toHaveLength(6);
    expect(DEPARTMENTS[0]).toEqual({ id: '999', name: 'Service' });
    expect(AGENTS).toHaveLength(20);
    expect(AGENTS.find((a) => a.id === FRANK_ID)).toMatchObject({
      name: 'Frank',
      loginId: 'frank',
      departmentId: '999',
    });
    const logins = USERS.map((u) => u.loginId);
    expect(logins).toContain('supervisor');
    for (let i = 1; i <= 16; i++) expect(logins).toContain(`qa${i}`);
    expect(new Set(logins).size).toBe(logins.length);
  });
});
