// The saved views' format in localStorage: one versioned document per eGain server and user, each
// entry checked on its own so that one broken entry never hides the others. Pure: no storage access.
//
// Version 1 held `{ name, criteria, sort: "field:order", pageSize }` per view; version 2 added ids,
// "open at sign-in" and relative ranges. Older documents are migrated when read and written back in
// the current version on the next change; newer ones are never written over.
import { z } from 'zod';
import { say, t, type Message } from '../../../lib/i18n';
import type { Sort } from '../search-state';
import type { SavedView } from './view-model';
import {
  criteriaKeyProblems,
  criteriaRecordSchema,
  issueField,
  keptCriteria,
  pageSizeSchema,
  relativeSchema,
  sortSchema,
  viewNameSchema,
} from './view-schema';

export const STORAGE_VERSION = 2;
/** Far above what 100 views need; a larger value was not written by this app. */
export const MAX_STORED_CHARS = 200_000;
export const MAX_VIEWS = 100;

/** The localStorage key: one document per eGain server and user (user names compared as eGain does). */
export function storageKey(server: string, user: string): string {
  return `egain.savedViews:${encodeURIComponent(server)}:${encodeURIComponent(user.trim().toLowerCase())}`;
}

const storedViewSchema = z.object({
  id: z.string().min(1).max(100),
  name: viewNameSchema,
  openAtSignIn: z.boolean(),
  criteria: criteriaRecordSchema,
  relative: relativeSchema,
  sort: sortSchema.optional(),
  pageSize: pageSizeSchema,
  savedAt: z.iso.datetime(),
});

const v1ViewSchema = z.object({
  name: viewNameSchema,
  criteria: criteriaRecordSchema,
  sort: z.string().optional(),
  pageSize: pageSizeSchema.optional(),
});

const envelopeSchema = z.object({
  version: z.number().int().min(1),
  views: z.array(z.unknown()),
});

export type StoreRead =
  | { state: 'empty' }
  | {
      state: 'ok';
      views: SavedView[];
      /** Entries that did not parse: written back untouched, never dropped. */
      unreadEntries: unknown[];
      /** What to tell the user, once. */
      problems: Message[];
      /** The version the document was migrated from, when it was older. */
      migratedFrom?: number;
    }
  /** Not this app's data (bad JSON, wrong shape, too large): set aside before the first write. */
  | { state: 'unreadable'; problem: Message }
  /** Written by a newer version of the app: shown as unavailable and never written over. */
  | { state: 'newer'; problem: Message };

function entryProblem(error: z.ZodError): Message {
  const field = issueField(error);
  return field
    ? { id: 'views.stored.invalid', values: { field } }
    : { id: 'views.stored.notAView' };
}

// Keys as stored (`email`, `colour`): what someone looking at the browser's storage finds.
function fromStoredEntry(
  entry: unknown,
): { ok: true; view: SavedView } | { ok: false; why: Message } {
  const parsed = storedViewSchema.safeParse(entry);
  if (!parsed.success) return { ok: false, why: entryProblem(parsed.error) };
  const { identifying, unknown } = criteriaKeyProblems(parsed.data.criteria);
  if (identifying.length > 0) {
    return {
      ok: false,
      why: { id: 'views.stored.holds', values: { keys: identifying.join(', ') } },
    };
  }
  if (unknown.length > 0) {
    return { ok: false, why: { id: 'views.stored.unknown', values: { keys: unknown.join(', ') } } };
  }
  const { sort, ...rest } = parsed.data;
  return { ok: true, view: { ...rest, sort, criteria: keptCriteria(parsed.data.criteria) } };
}

function parseV1Sort(text: string | undefined): Sort | undefined {
  const [field, order] = (text ?? '').split(':');
  const parsed = sortSchema.safeParse({ field, order: order ?? 'asc' });
  return parsed.success ? parsed.data : undefined;
}

/** Version 1 → 2: ids derived from the position, nothing opens at sign-in, no relative ranges. */
export function migrateV1Entry(entry: unknown, index: number, now: Date): unknown {
  const parsed = v1ViewSchema.safeParse(entry);
  if (!parsed.success) return entry;
  return {
    id: `v1-${index + 1}`,
    name: parsed.data.name,
    openAtSignIn: false,
    criteria: parsed.data.criteria,
    relative: {},
    sort: parseV1Sort(parsed.data.sort),
    pageSize: parsed.data.pageSize ?? 25,
    savedAt: now.toISOString(),
  };
}

export function readStore(raw: string | null, now: Date): StoreRead {
  if (raw === null) return { state: 'empty' };
  if (raw.length > MAX_STORED_CHARS) {
    return {
      state: 'unreadable',
      problem: { id: 'views.stored.tooLarge', values: { kilobytes: MAX_STORED_CHARS / 1000 } },
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { state: 'unreadable', problem: { id: 'views.stored.notJson' } };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success)
    return { state: 'unreadable', problem: { id: 'views.stored.unknownFormat' } };
  const { version, views: entries } = envelope.data;
  if (version > STORAGE_VERSION) {
    return { state: 'newer', problem: { id: 'views.stored.newer', values: { version } } };
  }
  const current =
    version === 1 ? entries.map((entry, i) => migrateV1Entry(entry, i, now)) : entries;
  const views: SavedView[] = [];
  const unreadEntries: unknown[] = [];
  const reasons: Message[] = [];
  current.forEach((entry, index) => {
    const result = fromStoredEntry(entry);
    if (result.ok && !views.some((view) => view.id === result.view.id)) views.push(result.view);
    else {
      // Kept as it was stored (before migration), so a later version may still read it.
      unreadEntries.push(entries[index]);
      reasons.push(result.ok ? { id: 'views.stored.duplicate' } : result.why);
    }
  });
  const problems: Message[] =
    unreadEntries.length > 0
      ? [
          {
            id: 'views.stored.unread',
            values: {
              count: unreadEntries.length,
              reasons: () => reasons.map(say).join(t('views.stored.separator')),
            },
          },
        ]
      : [];
  return {
    state: 'ok',
    views,
    unreadEntries,
    problems,
    ...(version < STORAGE_VERSION ? { migratedFrom: version } : {}),
  };
}

/** The document to store: current version, views first, unreadable entries kept after them. */
export function writeStore(views: readonly SavedView[], unreadEntries: readonly unknown[]): string {
  return JSON.stringify({ version: STORAGE_VERSION, views: [...views, ...unreadEntries] });
}
