// The indexed query must return exactly what a plain scan over all cases returns.
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from './data/model.ts';
import { createPrng } from './data/prng.ts';
import { digitsOf, loadStore, type CaseCriteria, type Visibility } from './store.ts';

const store = loadStore(5000, 20210825);
const { cases, customers, departments, users } = store.dataset;

const pointsOf = customers.map((customer) =>
  customer.contactPersons.flatMap((p) => p.contactPoints),
);
const departmentNames = new Map(departments.map((d) => [d.id, d.name.toLowerCase()]));
const loginIds = new Map(users.map((u) => [u.id, u.loginId]));

function bruteForce(criteria: CaseCriteria, visibility: Visibility): number[] {
  const within = (value: number | null, range: CaseCriteria['createdDate']): boolean =>
    range === undefined ||
    (value !== null &&
      (range.from === null || value >= range.from) &&
      (range.to === null || value <= range.to));
  const matches = (c: CaseRecord): boolean => {
    const points = pointsOf[c.customerId - 1000] ?? [];
    return (
      (criteria.customer === undefined || c.customerId === criteria.customer) &&
      (criteria.email === undefined ||
        points.some(
          (p) =>
            p.kind === 'email' && p.emailAddress.toLowerCase() === criteria.email?.toLowerCase(),
        )) &&
      (criteria.phone === undefined ||
        points.some((p) => p.kind === 'phone' && digitsOf(p.phoneNo) === criteria.phone)) &&
      (criteria.status === undefined || c.status === criteria.status) &&
      (criteria.custom ?? []).every((x) => c.custom[x.name] === x.value) &&
      (criteria.department === undefined ||
        departmentNames.get(c.departmentId) === criteria.department.toLowerCase()) &&
      (criteria.ownerId === undefined || c.ownerId === criteria.ownerId) &&
      (criteria.ownerLoginId === undefined ||
        (c.ownerId !== null && loginIds.get(c.ownerId) === criteria.ownerLoginId.toLowerCase())) &&
      within(c.created, criteria.createdDate) &&
      within(c.lastModified, criteria.lastModifiedDate) &&
      within(c.lastClosed, criteria.lastClosedDate) &&
      (visibility === null || visibility.has(c.departmentId))
    );
  };
  return cases.filter(matches).map((c) => c.id);
}

describe('findCases', () => {
  it('agrees with a full scan for random combinations of criteria', () => {
    const rng = createPrng(7);
    let nonEmpty = 0;
    for (let round = 0; round < 300; round++) {
      const sample = rng.pick(cases);
      const customer = customers[sample.customerId - 1000];
      const points = customer?.contactPersons.flatMap((p) => p.contactPoints) ?? [];
      const email = points.find((p) => p.kind === 'email');
      const phone = points.find((p) => p.kind === 'phone');
      const from = sample.created - rng.int(0, 90) * 86_400_000;
      const criteria: CaseCriteria = {
        ...(rng.chance(0.3) ? { customer: sample.customerId } : {}),
        ...(rng.chance(0.3) && email?.kind === 'email'
          ? { email: email.emailAddress.toUpperCase() }
          : {}),
        ...(rng.chance(0.3) && phone?.kind === 'phone' ? { phone: digitsOf(phone.phoneNo) } : {}),
        ...(rng.chance(0.3) ? { status: rng.pick(['open', 'closed'] as const) } : {}),
        ...(rng.chance(0.3)
          ? { custom: [{ name: 'customer_rating', value: sample.custom.customer_rating ?? '' }] }
          : {}),
        ...(rng.chance(0.3) ? { department: rng.pick(departments).name.toUpperCase() } : {}),
        ...(rng.chance(0.2) && sample.ownerId !== null ? { ownerId: sample.ownerId } : {}),
        ...(rng.chance(0.2) ? { ownerLoginId: rng.pick(users).loginId } : {}),
        ...(rng.chance(0.3)
          ? { createdDate: { from, to: rng.chance(0.5) ? null : from + 200 * 86_400_000 } }
          : {}),
        ...(rng.chance(0.2) ? { lastModifiedDate: { from: null, to: sample.lastModified } } : {}),
        ...(rng.chance(0.2) ? { lastClosedDate: { from: sample.created, to: null } } : {}),
      };
      // Agents see one department; the store also supports several.
      const visibility: Visibility = rng.chance(0.4)
        ? null
        : new Set(
            rng.chance(0.5)
              ? [rng.pick(departments).id]
              : [rng.pick(departments).id, rng.pick(departments).id],
          );
      const found = store
        .findCases(criteria, visibility, { field: 'id', order: 'asc' })
        .page(0, cases.length)
        .map((c) => c.id);
      expect(found, JSON.stringify(criteria)).toEqual(bruteForce(criteria, visibility));
      if (found.length > 0) nonEmpty++;
    }
    // Guards against a generator of criteria that never matches anything.
    expect(nonEmpty).toBeGreaterThan(60);
  });

  it('finds nothing for an unknown department or owner login', () => {
    const sort = { field: 'id', order: 'asc' } as const;
    expect(store.findCases({ department: 'Nowhere' }, null, sort).count).toBe(0);
    expect(store.findCases({ ownerLoginId: 'nobody' }, null, sort).count).toBe(0);
    expect(store.findCases({ custom: [{ name: 'region', value: 'Mars' }] }, null, sort).count).toBe(
      0,
    );
  });

  it('pages and reverses without copying the match list', () => {
    const service = cases.filter((c) => c.departmentId === '999').map((c) => c.id);
    const asc = store.findCases({ department: 'Service' }, null, { field: 'id', order: 'asc' });
    const desc = store.findCases({ department: 'Service' }, null, { field: 'id', order: 'desc' });
    expect(asc.count).toBe(service.length);
    expect(asc.page(10, 5).map((c) => c.id)).toEqual(service.slice(10, 15));
    expect(desc.page(0, 3).map((c) => c.id)).toEqual(service.slice(-3).reverse());
    expect(desc.page(service.length - 2, 25).map((c) => c.id)).toEqual(
      service.slice(0, 2).reverse(),
    );
    expect(asc.page(service.length, 25)).toEqual([]);
  });
});
