// Helpers shared by the routes that return records: department visibility, pages and `$attribute`.
import type { User } from '../data/model.ts';
import { errors } from '../errors.ts';
import { single, type Paging } from '../http-checks.ts';
import type { CaseAttributes, Json } from '../serialize.ts';
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
