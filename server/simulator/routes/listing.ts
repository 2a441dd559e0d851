// Helpers shared by the routes that return records: department visibility, pages and `$attribute`.
import { parseDateRange } from '../date-range.ts';
import type { Activity, User } from '../data/model.ts';
import { errors } from '../errors.ts';
import { single, type Paging } from '../http-checks.ts';
import type { ActivityAttributes, CaseAttributes, Json } from '../serialize.ts';
import type { Matches, Store, Visibility } from '../store.ts';

/** Agents see their home department; supervisor and qa accounts see all (§3.1). */
export function visibilityOf(user: User): Visibility {
  return user.departmentId === null ? null : new Set([user.departmentId]);
}

export function canSee(visibility: Visibility, departmentId: string): boolean {
  return visibility === null || visibility.has(departmentId);
}

/**
 * One page of a result as `{ <key>: [...], paginationInfo }`; undefined (→ 204) when there is
 * nothing on it, including a page past the end.
 */
export function pageBody<T>(
  key: string,
  matches: Matches<T>,
  paging: Paging,
  serialize: (item: T) => Json,
): Json | undefined {
  const items = matches.page(paging.offset, paging.limit);
  if (items.length === 0) return undefined;
  return {
    [key]: items.map(serialize),
    paginationInfo: { count: matches.count, pagenum: paging.pagenum, pagesize: paging.pagesize },
  };
}

/** `$attribute` on cases: `all`, `created`, `lastClosed` and `custom.<name>` (others: 400-102). */
export function readCaseAttributes(query: URLSearchParams, store: Store): CaseAttributes {
  const text = single(query, '$attribute');
  const customNames = store.dataset.customAttributes.map((a) => a.name);
  const supported = [
    'all',
    'created',
    'lastClosed',
    ...customNames.map((name) => `custom.${name}`),
  ];
  if (text === undefined) return { created: false, lastClosed: false, custom: [] };
  const requested = text.split(',').map((value) => value.trim());
  if (requested.some((value) => !supported.includes(value))) {
    throw errors.unsupportedQueryValue('$attribute', supported);
  }
  const all = requested.includes('all');
  return {
    created: all || requested.includes('created'),
    lastClosed: all || requested.includes('lastClosed'),
    custom: customNames.filter((name) => all || requested.includes(`custom.${name}`)),
  };
}

/** `$attribute` on activity searches: `all` or `created` (others: 400-102). */
export function readActivityAttributes(query: URLSearchParams): ActivityAttributes {
  const text = single(query, '$attribute');
  if (text === undefined) return { created: false };
  const supported = ['all', 'created'];
  const requested = text.split(',').map((value) => value.trim());
  if (requested.some((value) => !supported.includes(value))) {
    throw errors.unsupportedQueryValue('$attribute', supported);
  }
  return { created: requested.includes('all') || requested.includes('created') };
}

/** The documented activity filters the simulator answers next to `case` (§6.1). */
export const ACTIVITY_FILTERS = ['status', 'type', 'createdDate', 'lastModifiedDate'] as const;
const ACTIVITY_STATUSES = ['open', 'assigned', 'completed'] as const;
const ACTIVITY_TYPES = ['email', 'chat', 'calltrack'] as const;
const RANGE_FORMS = ['[start,end]', '[start,]', '[,end]'];

/** A predicate for the activity filters in the query; 400-102 for a value that cannot match. */
export function activityFilter(query: URLSearchParams): (activity: Activity) => boolean {
  const tests: ((activity: Activity) => boolean)[] = [];
  const status = single(query, 'status');
  if (status !== undefined) {
    if (!ACTIVITY_STATUSES.some((value) => value === status))
      throw errors.unsupportedQueryValue('status', ACTIVITY_STATUSES);
    tests.push((activity) => activity.status === status);
  }
  const type = single(query, 'type');
  if (type !== undefined) {
    if (!ACTIVITY_TYPES.some((value) => value === type))
      throw errors.unsupportedQueryValue('type', ACTIVITY_TYPES);
    tests.push((activity) => activity.type === type);
  }
  for (const [name, field] of [
    ['createdDate', 'created'],
    ['lastModifiedDate', 'lastModified'],
  ] as const) {
    const text = single(query, name);
    if (text === undefined) continue;
    const range = parseDateRange(text);
    if (range === undefined) throw errors.unsupportedQueryValue(name, RANGE_FORMS);
    tests.push(
      (activity) =>
        (range.from === null || activity[field] >= range.from) &&
        (range.to === null || activity[field] <= range.to),
    );
  }
  return (activity) => tests.every((test) => test(activity));
}

export function noContent(): { status: 204 } {
  return { status: 204 };
}

/** Comma-separated ids of a by-ids read: digits only, at most 75, duplicates dropped (400-108). */
export function parseIdList(text: string): number[] {
  const parts = text.split(',');
  if (parts.length > 75)
    throw errors.invalidPathValue(text, 'At most 75 IDs can be requested at once.');
  const bad = parts.find((part) => !/^\d{1,15}$/.test(part));
  if (bad !== undefined)
    throw errors.invalidPathValue(bad, 'A comma-separated list of numeric IDs is expected.');
  return [...new Set(parts.map(Number))];
}
