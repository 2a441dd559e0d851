// Measures the simulator at a given size: `npx tsx server/simulator/measure.ts 100000`.
// Prints the time to generate and index the data, then median and p99 of 1,000 lookups of each
// kind, straight against the store and through the HTTP pipeline (app.inject, session included).
import { z } from 'zod';
import { DEFAULT_SEED, createSimulator } from './app.ts';
import { FIRST_ID } from './data/model.ts';
import { createPrng } from './data/prng.ts';
import { buildStore, digitsOf, loadStore, type CaseCriteria } from './store.ts';

const ROUNDS = 1000;
const cases = z.coerce
  .number()
  .int()
  .positive()
  .parse(process.argv[2] ?? '5000');

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `median ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms`;
}

let started = performance.now();
const store = loadStore(cases, DEFAULT_SEED);
const buildMs = performance.now() - started;
started = performance.now();
buildStore(store.dataset);
const indexMs = performance.now() - started;
const { dataset } = store;
console.log(
  `${dataset.cases.length} cases, ${dataset.customers.length} customers, ${dataset.activities.length} activities`,
);
console.log(
  `build (generate + index): ${buildMs.toFixed(0)} ms, of which indexing ${indexMs.toFixed(0)} ms`,
);

/** Equality criteria taken from random existing cases, so that most lookups find something. */
function equalityCriteria(seed: number): CaseCriteria[] {
  const rng = createPrng(seed);
  return Array.from({ length: ROUNDS }, (_, i) => {
    const record = rng.pick(dataset.cases);
    const customer = dataset.customers[record.customerId - FIRST_ID];
    const points = customer?.contactPersons.flatMap((p) => p.contactPoints) ?? [];
    const email = points.find((p) => p.kind === 'email');
    const phone = points.find((p) => p.kind === 'phone');
    switch (i % 5) {
      case 0:
        return email?.kind === 'email'
          ? { email: email.emailAddress }
          : { customer: record.customerId };
      case 1:
        return phone?.kind === 'phone'
          ? { phone: digitsOf(phone.phoneNo) }
          : { customer: record.customerId };
      case 2:
        return { customer: record.customerId, status: record.status };
      case 3:
        return { ownerId: record.ownerId ?? '1012', status: 'open' };
      default:
        return {
          custom: [{ name: 'region', value: record.custom.region ?? 'West' }],
          department: 'Billing',
        };
    }
  });
}

const sort = { field: 'id', order: 'asc' } as const;
const measureStore = (criteria: CaseCriteria[]): number[] =>
  criteria.map((c) => {
    const t = performance.now();
    store.findCases(c, null, sort).page(0, 25);
    return performance.now() - t;
  });

// Warm up the JIT before measuring.
measureStore(equalityCriteria(1));
const equality = equalityCriteria(2);
const emailOnly = equality.filter((c) => c.email !== undefined);
console.log(`store, ${ROUNDS} mixed equality lookups: ${summary(measureStore(equality))}`);
console.log(`store, ${emailOnly.length} email lookups: ${summary(measureStore(emailOnly))}`);
const department = Array.from({ length: 200 }, () => ({ department: 'Service' }));
console.log(
  `store, 200 department-only lookups (largest candidate set): ${summary(measureStore(department))}`,
);
const scan = Array.from({ length: 200 }, () => ({
  createdDate: { from: Date.parse('2023-01-01T00:00:00.000Z'), to: null },
}));
console.log(`store, 200 date-range-only lookups (full scan): ${summary(measureStore(scan))}`);

const app = await createSimulator({ cases });
const login = await app.inject({
  method: 'POST',
  url: '/system/ws/v12/authentication/user/login',
  headers: { 'content-type': 'application/json' },
  payload: JSON.stringify({ userName: 'supervisor', password: 'egain-demo' }),
});
const session = z.string().parse(login.headers['x-egain-session']);
const toBody = (c: CaseCriteria): Record<string, string | { name: string; value: string }> => ({
  ...(c.email === undefined ? {} : { email: c.email }),
  ...(c.phone === undefined ? {} : { phone: c.phone }),
  ...(c.customer === undefined ? {} : { customer: String(c.customer) }),
  ...(c.status === undefined ? {} : { status: c.status }),
  ...(c.ownerId === undefined ? {} : { ownerId: c.ownerId }),
  ...(c.department === undefined ? {} : { department: c.department }),
  ...(c.custom?.[0] === undefined ? {} : { custom: c.custom[0] }),
});
async function measureHttp(criteria: CaseCriteria[]): Promise<number[]> {
  const samples: number[] = [];
  for (const c of criteria) {
    const t = performance.now();
    const response = await app.inject({
      method: 'POST',
      url: '/system/ws/v20/interaction/case/lookup',
      headers: {
        'x-egain-session': session,
        accept: 'application/json',
        'accept-language': 'en-US',
        'content-type': 'application/json',
      },
      payload: JSON.stringify(toBody(c)),
    });
    samples.push(performance.now() - t);
    if (response.statusCode !== 200 && response.statusCode !== 204) throw new Error(response.body);
  }
  return samples;
}
await measureHttp(equalityCriteria(3));
console.log(`inject, ${ROUNDS} mixed equality lookups: ${summary(await measureHttp(equality))}`);
await app.close();
