// Deterministic data set: the seed records of the API examples plus generated customers, cases
// and activities. Same (cases, seed) in, same data out.
import {
  AGENTS,
  CUSTOM_ATTRIBUTES,
  DEPARTMENTS,
  DEPARTMENT_WEIGHTS,
  FRANK_ID,
  SERVICE_DEPARTMENT_ID,
  USERS,
} from './directory.ts';
import {
  FIRST_ID,
  type Activity,
  type ActivityType,
  type CaseRecord,
  type CaseStatus,
  type ContactPerson,
  type ContactPoint,
  type Customer,
  type Dataset,
  type Severity,
  type User,
} from './model.ts';
import { createPrng, type Prng } from './prng.ts';
import {
  AREA_CODES,
  COMPANY_NOUNS,
  COMPANY_PREFIXES,
  COMPANY_SUFFIXES,
  EMAIL_DOMAINS,
  FIRST_NAMES_FEMALE,
  FIRST_NAMES_MALE,
  LAST_NAMES,
  PRODUCTS,
  REGIONS,
  SALUTATIONS_FEMALE,
  SALUTATIONS_MALE,
  SUBJECT_TEMPLATES,
} from './word-lists.ts';

export interface GenerateOptions {
  cases: number;
  seed: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const SEED_CASE_CREATED = Date.parse('2021-08-24T09:02:11.000Z');
const SEED_CASE_MODIFIED = Date.parse('2021-08-25T13:18:25.000Z');
/** Generated cases are created between these instants, in id order (ids grow with time). */
const CREATED_FROM = Date.parse('2021-08-25T14:00:00.000Z');
const CREATED_TO = Date.parse('2024-12-31T23:59:59.000Z');
const MODIFIED_CAP = Date.parse('2025-01-31T23:59:59.000Z');

export const SEED_EMAIL = 'jhenry@customer.com';
export const SEED_PHONE_DIGITS = '4082229898';

const SEVERITY_WEIGHTS: readonly (readonly [Severity, number])[] = [
  ['urgent', 8],
  ['high', 22],
  ['medium', 45],
  ['low', 25],
];
const DUE_DAYS: Readonly<Record<Severity, number>> = { urgent: 1, high: 3, medium: 7, low: 14 };
const RATING_WEIGHTS: readonly (readonly [string, number])[] = [
  ['1', 10],
  ['2', 15],
  ['3', 25],
  ['4', 30],
  ['5', 20],
];
const FIRST_ACTIVITY_TYPES: readonly (readonly [ActivityType, number])[] = [
  ['email', 65],
  ['chat', 25],
  ['calltrack', 10],
];

const wholeSeconds = (ms: number): number => Math.floor(ms / 1000) * 1000;

const agentsByDepartment = new Map<string, readonly User[]>(
  DEPARTMENTS.map((d) => [d.id, AGENTS.filter((a) => a.departmentId === d.id)]),
);

function agentsOf(departmentId: string): readonly User[] {
  const agents = agentsByDepartment.get(departmentId);
  if (agents === undefined || agents.length === 0) throw new Error(`no agents in ${departmentId}`);
  return agents;
}

/** Contact person and contact point ids run in their own sequences, starting as in the §5 example. */
interface IdCounters {
  person: number;
  point: number;
}

function seedCustomer(ids: IdCounters): Customer {
  return {
    id: FIRST_ID,
    customerName: 'John Russel Tierney',
    type: 'individual',
    departmentId: SERVICE_DEPARTMENT_ID,
    lastModified: Date.parse('2021-10-27T09:46:34.000Z'),
    contactPersons: [
      {
        id: String(ids.person++),
        salutation: 'Mr.',
        firstName: 'John',
        middleName: 'Russel',
        lastName: 'Tierney',
        contactPoints: [
          { kind: 'email', id: String(ids.point++), emailAddress: SEED_EMAIL, primary: true },
          {
            kind: 'phone',
            id: String(ids.point++),
            phoneType: 'home',
            phoneNo: SEED_PHONE_DIGITS,
            countryCode: '1',
          },
        ],
      },
    ],
  };
}

const asciiSlug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

function phoneNumber(rng: Prng): string {
  for (;;) {
    const digits = `${rng.pick(AREA_CODES)}${rng.int(200, 999)}${String(rng.int(0, 9999)).padStart(4, '0')}`;
    if (digits !== SEED_PHONE_DIGITS) return digits;
  }
}

/** Stored phone numbers come in several spellings, as they do when agents type them in. */
function formatPhone(rng: Prng, digits: string): string {
  const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
  return rng.weighted<string>([
    [digits, 4],
    [`${a}-${b}-${c}`, 3],
    [`(${a}) ${b}-${c}`, 2],
    [`${a}.${b}.${c}`, 1],
  ]);
}

function contactPerson(
  rng: Prng,
  ids: IdCounters,
  emailDomain: string | null,
  isFirst: boolean,
): ContactPerson {
  const female = rng.chance(0.5);
  const firstName = rng.pick(female ? FIRST_NAMES_FEMALE : FIRST_NAMES_MALE);
  const middleName = rng.chance(0.3)
    ? rng.pick(female ? FIRST_NAMES_FEMALE : FIRST_NAMES_MALE)
    : null;
  const lastName = rng.pick(LAST_NAMES);
  const id = String(ids.person++);
  const points: ContactPoint[] = [];
  const pointCount = rng.int(1, 3);
  for (let p = 0; p < pointCount; p++) {
    const email = p === 0 ? rng.chance(0.85) : rng.chance(0.5);
    if (email) {
      const domain = emailDomain ?? rng.pick(EMAIL_DOMAINS);
      const suffix = rng.chance(0.6) ? String(rng.int(1, 999)) : '';
      const local =
        p === 0
          ? `${asciiSlug(firstName)}.${asciiSlug(lastName)}`
          : asciiSlug(`${firstName[0] ?? ''}${lastName}`);
      points.push({
        kind: 'email',
        id: String(ids.point++),
        emailAddress: `${local}${suffix}@${domain}`,
        primary: isFirst && p === 0,
      });
    } else {
      points.push({
        kind: 'phone',
        id: String(ids.point++),
        phoneType: rng.pick<'home' | 'mobile' | 'office'>(['home', 'mobile', 'office']),
        phoneNo: formatPhone(rng, phoneNumber(rng)),
        countryCode: '1',
      });
    }
  }
  return {
    id,
    salutation: rng.pick(female ? SALUTATIONS_FEMALE : SALUTATIONS_MALE),
    firstName,
    middleName,
    lastName,
    contactPoints: points,
  };
}

function generatedCustomer(rng: Prng, ids: IdCounters, id: number): Customer {
  const corporate = rng.chance(0.25);
  const departmentId = rng.weighted(DEPARTMENT_WEIGHTS);
  let companyName: string | null = null;
  let emailDomain: string | null = null;
  if (corporate) {
    const prefix = rng.pick(COMPANY_PREFIXES);
    companyName = `${prefix} ${rng.pick(COMPANY_NOUNS)} ${rng.pick(COMPANY_SUFFIXES)}`;
    emailDomain = `${asciiSlug(prefix)}.example`;
  }
  const personCount = rng.chance(0.35) ? 2 : 1;
  const contactPersons = Array.from({ length: personCount }, (_, i) =>
    contactPerson(rng, ids, emailDomain, i === 0),
  );
  const first = contactPersons[0];
  const personName = first
    ? [first.firstName, first.middleName, first.lastName].filter((part) => part !== null).join(' ')
    : `Customer ${id}`;
  return {
    id,
    customerName: companyName ?? personName,
    type: corporate ? 'corporate' : 'individual',
    departmentId,
    lastModified: wholeSeconds(CREATED_FROM + rng.next() * (CREATED_TO - CREATED_FROM)),
    contactPersons,
  };
}

function seedCase(): CaseRecord {
  return {
    id: FIRST_ID,
    subject: `Charging is too slow [#${FIRST_ID}]`,
    departmentId: SERVICE_DEPARTMENT_ID,
    status: 'open',
    severity: 'medium',
    customerId: FIRST_ID,
    ownerId: FRANK_ID,
    created: SEED_CASE_CREATED,
    lastModified: SEED_CASE_MODIFIED,
    lastModifiedBy: FRANK_ID,
    lastClosed: null,
    dueDate: SEED_CASE_CREATED + DUE_DAYS.medium * DAY,
    custom: { customer_rating: '2', product: 'EV Charger Pro', region: 'West' },
    firstActivity: 0,
    activityCount: 2,
  };
}

/** The two activities of §6.3, on the seed case. */
function seedActivities(firstId: number): Activity[] {
  const common = {
    caseId: FIRST_ID,
    departmentId: SERVICE_DEPARTMENT_ID,
    type: 'email',
    customerId: FIRST_ID,
    lastModified: SEED_CASE_MODIFIED,
  } as const;
  return [
    {
      ...common,
      id: firstId,
      mode: 'inbound',
      status: 'completed',
      substatus: 'done',
      subject: 'Charging is too slow',
      created: SEED_CASE_CREATED,
    },
    {
      ...common,
      id: firstId + 1,
      mode: 'outbound',
      status: 'assigned',
      substatus: 'in_progress',
      subject: 'RE: Charging is too slow',
      created: SEED_CASE_MODIFIED,
    },
  ];
}

interface CaseTimes {
  created: number;
  lastModified: number;
  lastClosed: number | null;
  status: CaseStatus;
}

function caseTimes(rng: Prng, fraction: number): CaseTimes {
  const created = wholeSeconds(CREATED_FROM + fraction * (CREATED_TO - CREATED_FROM));
  // Most cases are touched within days, a long tail for weeks.
  const duration = 10 * MINUTE + rng.next() ** 3 * 45 * DAY;
  const lastModified = Math.max(created, wholeSeconds(Math.min(created + duration, MODIFIED_CAP)));
  // Old cases are mostly closed, recent ones mostly open.
  const status: CaseStatus = rng.chance(0.9 - 0.7 * fraction) ? 'closed' : 'open';
  let lastClosed: number | null = null;
  if (status === 'closed') {
    lastClosed = Math.max(created, wholeSeconds(lastModified - rng.next() * 2 * HOUR));
  } else if (rng.chance(0.1)) {
    // Closed once, then reopened.
    lastClosed = wholeSeconds(created + (lastModified - created) * rng.next() * 0.8);
  }
  return { created, lastModified, lastClosed, status };
}

function caseActivities(
  rng: Prng,
  record: Omit<CaseRecord, 'firstActivity' | 'activityCount'>,
  baseSubject: string,
  count: number,
  firstId: number,
): Activity[] {
  const span = record.lastModified - record.created;
  const times = Array.from({ length: count }, (_, i) =>
    i === 0 ? record.created : wholeSeconds(record.created + rng.next() * span),
  ).sort((a, b) => a - b);
  return times.map((created, i) => {
    const last = i === count - 1;
    let status: Activity['status'] = 'completed';
    let substatus: Activity['substatus'] = 'done';
    if (record.status === 'open' && last) {
      [status, substatus] = rng.chance(0.7) ? ['assigned', 'in_progress'] : ['open', 'new'];
    }
    const lastModified =
      status === 'completed'
        ? Math.min(record.lastModified, wholeSeconds(created + rng.next() * 2 * DAY))
        : record.lastModified;
    return {
      id: firstId + i,
      caseId: record.id,
      departmentId: record.departmentId,
      mode: i === 0 || rng.chance(0.5) ? 'inbound' : 'outbound',
      type: i === 0 ? rng.weighted(FIRST_ACTIVITY_TYPES) : rng.chance(0.8) ? 'email' : 'chat',
      status,
      substatus,
      subject: i === 0 ? baseSubject : `RE: ${baseSubject}`,
      customerId: record.customerId,
      created,
      lastModified: Math.max(created, lastModified),
    };
  });
}

export function generateDataset(options: GenerateOptions): Dataset {
  const caseCount = Math.max(1, Math.floor(options.cases));
  const BUSY_CASE_EVERY = 50;
  const BUSY_CASE_OFFSET = 7;
  // At least two customers once there is more than the seed case, so customer 1000 keeps only case 1000.
  const customerCount = caseCount === 1 ? 1 : Math.max(2, Math.floor(caseCount / 5));
  const rng = createPrng(options.seed);
  const ids: IdCounters = { person: 1001, point: 1038 };

  const customers: Customer[] = [seedCustomer(ids)];
  for (let i = 1; i < customerCount; i++) customers.push(generatedCustomer(rng, ids, FIRST_ID + i));

  const cases: CaseRecord[] = [seedCase()];
  const activities: Activity[] = seedActivities(FIRST_ID);
  for (let i = 1; i < caseCount; i++) {
    const id = FIRST_ID + i;
    const customerIndex = rng.int(1, customerCount - 1);
    const customer = customers[customerIndex];
    if (customer === undefined) throw new Error('customer index out of range');
    const departmentId = rng.chance(0.8) ? customer.departmentId : rng.weighted(DEPARTMENT_WEIGHTS);
    const agents = agentsOf(departmentId);
    const ownerId = rng.chance(0.85) ? rng.pick(agents).id : null;
    const times = caseTimes(rng, (i - 1 + rng.next()) / Math.max(1, caseCount - 1));
    const severity = rng.weighted(SEVERITY_WEIGHTS);
    const product = rng.pick(PRODUCTS);
    const baseSubject = rng
      .pick(SUBJECT_TEMPLATES)
      .replace('{product}', product)
      .replace('{code}', String(rng.int(10, 99)));
    const record = {
      id,
      subject: `${baseSubject} [#${id}]`,
      departmentId,
      status: times.status,
      severity,
      customerId: customer.id,
      ownerId,
      created: times.created,
      lastModified: times.lastModified,
      lastModifiedBy: ownerId ?? rng.pick(agents).id,
      lastClosed: times.lastClosed,
      dueDate: times.created + DUE_DAYS[severity] * DAY,
      custom: {
        customer_rating: rng.weighted(RATING_WEIGHTS),
        product,
        region: rng.pick(REGIONS),
      },
    };
    const usual = rng.int(0, 8);
    const firstActivity = activities.length;
    let caseActivityList = caseActivities(
      rng,
      record,
      baseSubject,
      usual,
      FIRST_ID + firstActivity,
    );
    // One case in fifty is a long-running one with a few dozen activities, so that activity paging
    // meets real data. They come from a generator of their own, after the usual ones were drawn
    // from the main stream, so every other case, customer and activity stays the same.
    if (id % BUSY_CASE_EVERY === BUSY_CASE_OFFSET) {
      const busyRng = createPrng((options.seed ^ id) >>> 0);
      const count = usual + busyRng.int(12, 32);
      caseActivityList = caseActivities(
        busyRng,
        record,
        baseSubject,
        count,
        FIRST_ID + firstActivity,
      );
    }
    const count = caseActivityList.length;
    activities.push(...caseActivityList);
    cases.push({ ...record, firstActivity, activityCount: count });
  }

  return {
    departments: DEPARTMENTS,
    users: USERS,
    customAttributes: CUSTOM_ATTRIBUTES,
    customers,
    cases,
    activities,
  };
}
