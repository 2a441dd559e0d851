// The last searches of this tab (identifiers included: the tab's sessionStorage is where the
// session lives too, D9), newest first, at most 10. Emptied when the user signs out.
import { z } from 'zod';
import { sessionStore } from '../../../lib/session-store';
import { CRITERIA_KEYS, type Criteria } from '../criteria';
import { criteriaRecordSchema, pageSizeSchema, sortSchema } from './view-schema';
import type { ViewSearch } from './view-model';

export const MAX_RECENT = 10;
const KEY = 'egain.recentSearches';

const entrySchema = z.object({
  criteria: criteriaRecordSchema,
  sort: sortSchema.optional(),
  pageSize: pageSizeSchema,
});
const listSchema = z.array(z.unknown()).transform((items) =>
  items.flatMap((item) => {
    const parsed = entrySchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }),
);

function onlyCriteria(record: Record<string, string>): Criteria {
  const criteria: Criteria = {};
  for (const key of CRITERIA_KEYS) {
    const value = record[key];
    if (value) criteria[key] = value;
  }
  return criteria;
}

function read(): ViewSearch[] {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (raw === null) return [];
    const parsed = listSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return [];
    return parsed.data
      .map((entry) => ({
        criteria: onlyCriteria(entry.criteria),
        sort: entry.sort,
        pageSize: entry.pageSize,
      }))
      .slice(0, MAX_RECENT);
  } catch {
    return [];
  }
}

const sameSearch = (a: ViewSearch, b: ViewSearch): boolean =>
  JSON.stringify(CRITERIA_KEYS.map((key) => a.criteria[key] ?? '')) ===
  JSON.stringify(CRITERIA_KEYS.map((key) => b.criteria[key] ?? ''));

/** The list with `search` first: the same criteria appear once, at their latest place. */
export function withRecent(list: readonly ViewSearch[], search: ViewSearch): ViewSearch[] {
  return [search, ...list.filter((other) => !sameSearch(other, search))].slice(0, MAX_RECENT);
}

const listeners = new Set<() => void>();
let snapshot: ViewSearch[] = read();

function set(next: ViewSearch[]): void {
  snapshot = next;
  try {
    if (next.length === 0) window.sessionStorage.removeItem(KEY);
    else window.sessionStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Kept in memory for this page only.
  }
  for (const listener of listeners) listener();
}

export const recentSearches = {
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): ViewSearch[] => snapshot,
  add: (search: ViewSearch): void => {
    const next = withRecent(snapshot, search);
    if (JSON.stringify(next) !== JSON.stringify(snapshot)) set(next);
  },
  clear: (): void => set([]),
};

// Signing out forgets the tab's searches with the session.
sessionStore.subscribe(() => {
  if (sessionStore.getSessionId() === null && snapshot.length > 0) recentSearches.clear();
});
