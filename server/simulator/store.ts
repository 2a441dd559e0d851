// Indexes over the generated data and the case query. Equality criteria are answered from Maps of
// case indexes (smallest candidate list first, the other criteria checked per candidate); only a
// query without any equality criterion scans. The cases array is in id order, so the default sort
// (id asc) needs no sorting at all.
import type { ActivitySortField, CaseSortField, SortOrder } from '../../contract/egain.ts';
import { generateDataset } from './data/generate.ts';
import {
  FIRST_ID,
  type Activity,
  type CaseRecord,
  type CaseStatus,
  type Customer,
  type Dataset,
  type Department,
  type Severity,
  type User,
} from './data/model.ts';

/** Inclusive bounds in epoch ms; null is an open end. */
export interface DateRange {
  readonly from: number | null;
  readonly to: number | null;
}

export interface CustomCriterion {
  readonly name: string;
  readonly value: string;
}

export interface CaseCriteria {
  readonly customer?: number;
  readonly email?: string;
  /** Digits only. */
  readonly phone?: string;
  readonly status?: CaseStatus;
  /** Custom attribute equality; several are ANDed (the GET search can send more than one). */
  readonly custom?: readonly CustomCriterion[];
  readonly createdDate?: DateRange;
  readonly lastModifiedDate?: DateRange;
  readonly lastClosedDate?: DateRange;
  /** Department name, compared case-insensitively. */
  readonly department?: string;
  readonly ownerId?: string;
  readonly ownerLoginId?: string;
}

// The sort fields are the client's too (D6, D17): one list in the shared contract.
export {
  ACTIVITY_SORT_FIELDS,
  CASE_SORT_FIELDS,
  type ActivitySortField,
  type CaseSortField,
  type SortOrder,
} from '../../contract/egain.ts';
export interface Sort<F extends string> {
  readonly field: F;
  readonly order: SortOrder;
}

/** A sorted result: its size, and records only for the page that is served. */
export interface Matches<T> {
  readonly count: number;
  /** Up to `limit` records from position `offset` (0-based). */
  page(offset: number, limit: number): readonly T[];
}

export function matchesOf<T>(items: readonly T[]): Matches<T> {
  return { count: items.length, page: (offset, limit) => items.slice(offset, offset + limit) };
}

/** The departments a caller may see; null means every department. */
export type Visibility = ReadonlySet<string> | null;

export interface Store {
  readonly dataset: Dataset;
  findCases(
    criteria: CaseCriteria,
    visibility: Visibility,
    sort: Sort<CaseSortField>,
  ): Matches<CaseRecord>;
  caseById(id: number): CaseRecord | undefined;
  customerById(id: number): Customer | undefined;
  activityById(id: number): Activity | undefined;
  activitiesOfCase(record: CaseRecord, sort: Sort<ActivitySortField>): readonly Activity[];
  departmentById(id: string): Department;
  userById(id: string): User | undefined;
  /** Login names are case-insensitive. */
  userByLoginId(loginId: string): User | undefined;
}

export const digitsOf = (text: string): string => text.replace(/\D+/g, '');

/** Ascending severity is low → urgent. */
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2, urgent: 3 };
/** Status values sort alphabetically: closed before open. */
const STATUS_CODE: Readonly<Record<CaseStatus, number>> = { closed: 0, open: 1 };

const EMPTY: readonly number[] = [];
const NO_STRINGS: readonly string[] = [];

function push<K>(index: Map<K, number[]>, key: K, value: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

const customKey = (name: string, value: string): string => `${name}\u0000${value}`;

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A candidate list from an index, and the same criterion as a test on one case index. */
interface Term {
  readonly candidates: readonly number[];
  readonly check: (index: number) => boolean;
}

export function buildStore(dataset: Dataset): Store {
  const { cases, customers, activities, departments } = dataset;
  const count = cases.length;

  const customerEmails: (readonly string[])[] = [];
  const customerPhones: (readonly string[])[] = [];
  for (const customer of customers) {
    const emails = new Set<string>();
    const phones = new Set<string>();
    for (const person of customer.contactPersons) {
      for (const point of person.contactPoints) {
        if (point.kind === 'email') emails.add(point.emailAddress.toLowerCase());
        else phones.add(digitsOf(point.phoneNo));
      }
    }
    customerEmails.push([...emails]);
    customerPhones.push([...phones]);
  }

  const departmentIndex = new Map(departments.map((d, i) => [d.id, i]));
  const departmentIndexByName = new Map(departments.map((d, i) => [d.name.toLowerCase(), i]));
  // Rank of each department (by index) in name order, for $sort=department.
  const departmentNameRank = new Uint8Array(departments.length);
  [...departments.keys()]
    .sort((a, b) => compareText(departments[a]?.name ?? '', departments[b]?.name ?? ''))
    .forEach((departmentIdx, rank) => (departmentNameRank[departmentIdx] = rank));
  const customValueCodes = new Map(
    dataset.customAttributes.map((a) => [a.name, new Map<string, number>()]),
  );

  // Column copies of the fields that queries test and sort on. Scanning typed arrays touches a
  // few contiguous bytes per case instead of one scattered object, which keeps a full scan of
  // 100,000 cases in the low milliseconds.
  const customerColumn = new Int32Array(count);
  const departmentColumn = new Uint8Array(count);
  const statusColumn = new Uint8Array(count);
  const severityColumn = new Uint8Array(count);
  const ownerColumn = new Int32Array(count);
  const createdColumn = new Float64Array(count);
  const lastModifiedColumn = new Float64Array(count);
  /** NaN where a case was never closed: every comparison with NaN is false. */
  const lastClosedColumn = new Float64Array(count);
  const customColumns = new Map(
    dataset.customAttributes.map((a) => [a.name, new Uint16Array(count)]),
  );
  const subjectKeys: string[] = [];

  // Each list holds case indexes in ascending order, because cases are visited in id order.
  const byCustomer = new Map<number, number[]>();
  const byEmail = new Map<string, number[]>();
  const byPhone = new Map<string, number[]>();
  const byDepartment = new Map<number, number[]>();
  const byOwner = new Map<number, number[]>();
  const byStatus = new Map<number, number[]>();
  const byCustom = new Map<string, number[]>();
  cases.forEach((record, index) => {
    const customerIndex = record.customerId - FIRST_ID;
    const departmentIdx = departmentIndex.get(record.departmentId) ?? 0;
    const owner = record.ownerId === null ? -1 : Number(record.ownerId);
    customerColumn[index] = customerIndex;
    departmentColumn[index] = departmentIdx;
    statusColumn[index] = STATUS_CODE[record.status];
    severityColumn[index] = SEVERITY_RANK[record.severity];
    ownerColumn[index] = owner;
    createdColumn[index] = record.created;
    lastModifiedColumn[index] = record.lastModified;
    lastClosedColumn[index] = record.lastClosed ?? NaN;
    subjectKeys.push(record.subject.toLowerCase());

    push(byCustomer, customerIndex, index);
    for (const email of customerEmails[customerIndex] ?? NO_STRINGS) push(byEmail, email, index);
    for (const phone of customerPhones[customerIndex] ?? NO_STRINGS) push(byPhone, phone, index);
    push(byDepartment, departmentIdx, index);
    if (owner >= 0) push(byOwner, owner, index);
    push(byStatus, STATUS_CODE[record.status], index);
    for (const [name, value] of Object.entries(record.custom)) {
      push(byCustom, customKey(name, value), index);
      const codes = customValueCodes.get(name);
      const column = customColumns.get(name);
      if (codes === undefined || column === undefined) continue;
      let code = codes.get(value);
      if (code === undefined) codes.set(value, (code = codes.size + 1));
      column[index] = code;
    }
  });

  const usersById = new Map(dataset.users.map((u) => [u.id, u]));
  const usersByLogin = new Map(dataset.users.map((u) => [u.loginId.toLowerCase(), u]));
  const departmentsById = new Map(departments.map((d) => [d.id, d]));

  const departmentById = (id: string): Department => {
    const department = departmentsById.get(id);
    if (department === undefined) throw new Error(`unknown department ${id}`);
    return department;
  };

  const rangeCheck = (column: Float64Array, range: DateRange): ((index: number) => boolean) => {
    const from = range.from ?? -Infinity;
    const to = range.to ?? Infinity;
    return (index) => {
      const value = column[index] ?? NaN;
      return value >= from && value <= to;
    };
  };

  /** The equality terms of a query; null when one of them can match nothing at all. */
  function equalityTerms(criteria: CaseCriteria): Term[] | null {
    const terms: Term[] = [];
    const { customer, email, phone, status, custom, department, ownerId, ownerLoginId } = criteria;
    if (customer !== undefined) {
      const customerIndex = customer - FIRST_ID;
      terms.push({
        candidates: byCustomer.get(customerIndex) ?? EMPTY,
        check: (i) => customerColumn[i] === customerIndex,
      });
    }
    if (email !== undefined) {
      const key = email.toLowerCase();
      terms.push({
        candidates: byEmail.get(key) ?? EMPTY,
        check: (i) => (customerEmails[customerColumn[i] ?? -1] ?? NO_STRINGS).includes(key),
      });
    }
    if (phone !== undefined) {
      terms.push({
        candidates: byPhone.get(phone) ?? EMPTY,
        check: (i) => (customerPhones[customerColumn[i] ?? -1] ?? NO_STRINGS).includes(phone),
      });
    }
    if (status !== undefined) {
      const code = STATUS_CODE[status];
      terms.push({
        candidates: byStatus.get(code) ?? EMPTY,
        check: (i) => statusColumn[i] === code,
      });
    }
    for (const { name, value } of custom ?? []) {
      const code = customValueCodes.get(name)?.get(value);
      const column = customColumns.get(name);
      if (code === undefined || column === undefined) return null;
      terms.push({
        candidates: byCustom.get(customKey(name, value)) ?? EMPTY,
        check: (i) => column[i] === code,
      });
    }
    if (department !== undefined) {
      const departmentIdx = departmentIndexByName.get(department.toLowerCase());
      if (departmentIdx === undefined) return null;
      terms.push({
        candidates: byDepartment.get(departmentIdx) ?? EMPTY,
        check: (i) => departmentColumn[i] === departmentIdx,
      });
    }
    const owners: number[] = [];
    if (ownerId !== undefined) owners.push(Number(ownerId));
    if (ownerLoginId !== undefined) {
      const owner = usersByLogin.get(ownerLoginId.toLowerCase());
      if (owner === undefined) return null;
      owners.push(Number(owner.id));
    }
    for (const owner of owners) {
      terms.push({
        candidates: byOwner.get(owner) ?? EMPTY,
        check: (i) => ownerColumn[i] === owner,
      });
    }
    return terms;
  }

  /**
   * The caller's departments: a candidate term when that is one department (every agent), else a
   * plain check; neither for callers who see everything.
   */
  function visibilityFilter(visibility: Visibility): {
    term?: Term;
    check?: (index: number) => boolean;
  } {
    if (visibility === null) return {};
    const visible = new Uint8Array(departments.length);
    const lists: (readonly number[])[] = [];
    for (const id of visibility) {
      const departmentIdx = departmentIndex.get(id);
      if (departmentIdx === undefined) continue;
      visible[departmentIdx] = 1;
      lists.push(byDepartment.get(departmentIdx) ?? EMPTY);
    }
    const check = (i: number): boolean => visible[departmentColumn[i] ?? 0] === 1;
    const [only] = lists;
    return lists.length === 1 && only !== undefined
      ? { term: { candidates: only, check } }
      : { check };
  }

  function indexComparator(field: CaseSortField): (a: number, b: number) => number {
    const byColumn =
      (column: ArrayLike<number>) =>
      (a: number, b: number): number =>
        (column[a] ?? 0) - (column[b] ?? 0) || a - b;
    switch (field) {
      case 'id':
        return (a, b) => a - b;
      case 'subject':
        return (a, b) => compareText(subjectKeys[a] ?? '', subjectKeys[b] ?? '') || a - b;
      case 'status':
        return byColumn(statusColumn);
      case 'severity':
        return byColumn(severityColumn);
      case 'department':
        return (a, b) =>
          (departmentNameRank[departmentColumn[a] ?? 0] ?? 0) -
            (departmentNameRank[departmentColumn[b] ?? 0] ?? 0) || a - b;
      case 'lastModifiedDate':
        return byColumn(lastModifiedColumn);
      case 'createdDate':
        return byColumn(createdColumn);
    }
  }

  function findCases(
    criteria: CaseCriteria,
    visibility: Visibility,
    sort: Sort<CaseSortField>,
  ): Matches<CaseRecord> {
    const terms = equalityTerms(criteria);
    if (terms === null) return matchesOf([]);
    const visible = visibilityFilter(visibility);
    if (visible.term) terms.push(visible.term);
    terms.sort((a, b) => a.candidates.length - b.candidates.length);
    const [smallest, ...others] = terms;
    const checks = others.map((t) => t.check);
    if (visible.check && !visible.term) checks.push(visible.check);
    const { createdDate, lastModifiedDate, lastClosedDate } = criteria;
    if (createdDate) checks.push(rangeCheck(createdColumn, createdDate));
    if (lastModifiedDate) checks.push(rangeCheck(lastModifiedColumn, lastModifiedDate));
    if (lastClosedDate) checks.push(rangeCheck(lastClosedColumn, lastClosedDate));

    let matched: readonly number[];
    if (smallest !== undefined && checks.length === 0) {
      // A single equality criterion: its index list already is the answer, in id order.
      matched = smallest.candidates;
    } else {
      const found: number[] = [];
      const accept = (index: number): void => {
        for (const check of checks) if (!check(index)) return;
        found.push(index);
      };
      if (smallest === undefined) {
        // No equality criterion: the only case where the simulator scans.
        for (let index = 0; index < count; index++) accept(index);
      } else {
        for (const index of smallest.candidates) accept(index);
      }
      matched = found;
    }

    const descending = sort.order === 'desc';
    if (sort.field !== 'id') {
      const compare = indexComparator(sort.field);
      matched = [...matched].sort(descending ? (a, b) => compare(b, a) : compare);
    }
    // Id order needs no sorting; descending id order is read from the end.
    const reversed = sort.field === 'id' && descending;
    const total = matched.length;
    return {
      count: total,
      page(offset, limit) {
        const records: CaseRecord[] = [];
        for (let position = offset; position < Math.min(total, offset + limit); position++) {
          const record = cases[matched[reversed ? total - 1 - position : position] ?? -1];
          if (record !== undefined) records.push(record);
        }
        return records;
      },
    };
  }

  function activitiesOfCase(
    record: CaseRecord,
    sort: Sort<ActivitySortField>,
  ): readonly Activity[] {
    const list = activities.slice(
      record.firstActivity,
      record.firstActivity + record.activityCount,
    );
    const compare =
      sort.field === 'id'
        ? (a: Activity, b: Activity) => a.id - b.id
        : sort.field === 'createdDate'
          ? (a: Activity, b: Activity) => a.created - b.created || a.id - b.id
          : (a: Activity, b: Activity) => a.lastModified - b.lastModified || a.id - b.id;
    return sort.order === 'asc' ? list.sort(compare) : list.sort((a, b) => compare(b, a));
  }

  return {
    dataset,
    findCases,
    caseById: (id) => cases[id - FIRST_ID],
    customerById: (id) => customers[id - FIRST_ID],
    activityById: (id) => activities[id - FIRST_ID],
    activitiesOfCase,
    departmentById,
    userById: (id) => usersById.get(id),
    userByLoginId: (loginId) => usersByLogin.get(loginId.toLowerCase()),
  };
}

// The data never changes after it is built, so simulators with the same size and seed (the
// tests create many) share one store.
const built = new Map<string, Store>();

export function loadStore(cases: number, seed: number): Store {
  const key = `${cases}:${seed}`;
  let store = built.get(key);
  if (store === undefined) {
    if (built.size >= 4) built.clear();
    store = buildStore(generateDataset({ cases, seed }));
    built.set(key, store);
  }
  return store;
}
