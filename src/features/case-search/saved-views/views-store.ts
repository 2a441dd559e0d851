// The saved views of one eGain user on one eGain server, in localStorage (see storage-format.ts).
// An external store for useSyncExternalStore; other tabs' changes arrive through `storage` events.
import type { Message } from '../../../lib/i18n';
import {
  MAX_STORED_CHARS,
  MAX_VIEWS,
  readStore,
  storageKey,
  writeStore,
  type StoreRead,
} from './storage-format';
import type { SavedView } from './view-model';

export interface ViewsSnapshot {
  views: SavedView[];
  /** Why the stored views (or some of them) could not be read; shown once per tab. */
  problems: Message[];
  /** Set when nothing may be written (a newer version's data): why. */
  readOnly: Message | null;
}

export type WriteResult = { ok: true } | { ok: false; message: Message };

const REPORTED_KEY = 'egain.savedViews.reported';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A problem as one string, its values worked out, to recognise it again. */
const isWorkedOut = (value: unknown): value is () => string => typeof value === 'function';
const problemKey = (problem: Message): string =>
  JSON.stringify(problem, (_name, value: unknown) => (isWorkedOut(value) ? value() : value));

/** Problems already shown in this tab, so each is reported once and not on every render. */
function unreported(problems: Message[]): Message[] {
  try {
    const seen: unknown = JSON.parse(window.sessionStorage.getItem(REPORTED_KEY) ?? '[]');
    const list = Array.isArray(seen) ? seen.filter((item) => typeof item === 'string') : [];
    const fresh = problems.filter((problem) => !list.includes(problemKey(problem)));
    if (fresh.length > 0) {
      window.sessionStorage.setItem(
        REPORTED_KEY,
        JSON.stringify([...list, ...fresh.map(problemKey)].slice(-20)),
      );
    }
    return fresh;
  } catch {
    return problems;
  }
}

export interface ViewsStore {
  key: string;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => ViewsSnapshot;
  /** Replaces the list (every change goes through here). */
  write: (views: SavedView[]) => WriteResult;
}

export function createViewsStore(
  server: string,
  user: string,
  now: () => Date = () => new Date(),
): ViewsStore {
  const key = storageKey(server, user);
  const backupKey = `${key}:unreadable`;
  const listeners = new Set<() => void>();
  let read: StoreRead = { state: 'empty' };
  let snapshot: ViewsSnapshot = { views: [], problems: [], readOnly: null };

  const load = (): void => {
    const raw = storage()?.getItem(key) ?? null;
    read = readStore(raw, now());
    const problems =
      read.state === 'ok' ? read.problems : read.state === 'empty' ? [] : [read.problem];
    snapshot = {
      views: read.state === 'ok' ? read.views : [],
      problems: unreported(problems),
      readOnly: read.state === 'newer' ? read.problem : null,
    };
  };
  load();

  const emit = (): void => {
    for (const listener of listeners) listener();
  };
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== key) return;
    load();
    emit();
  };

  return {
    key,
    subscribe: (listener) => {
      if (listeners.size === 0) window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
    getSnapshot: () => snapshot,
    write: (views) => {
      const store = storage();
      if (!store) return { ok: false, message: { id: 'views.store.noStorage' } };
      if (read.state === 'newer') return { ok: false, message: read.problem };
      if (views.length > MAX_VIEWS) {
        return {
          ok: false,
          message: { id: 'views.store.tooMany', values: { max: MAX_VIEWS } },
        };
      }
      const document = writeStore(views, read.state === 'ok' ? read.unreadEntries : []);
      if (document.length > MAX_STORED_CHARS) {
        return { ok: false, message: { id: 'views.store.tooLarge' } };
      }
      try {
        if (read.state === 'unreadable') {
          // Set aside, never deleted: someone may still want what was there.
          const raw = store.getItem(key);
          if (store.getItem(backupKey) !== null) {
            return {
              ok: false,
              message: { id: 'views.store.backupTaken', values: { key: backupKey } },
            };
          }
          if (raw !== null) store.setItem(backupKey, raw);
        }
        store.setItem(key, document);
      } catch {
        return { ok: false, message: { id: 'views.store.refused' } };
      }
      read = {
        state: 'ok',
        views,
        unreadEntries: read.state === 'ok' ? read.unreadEntries : [],
        problems: [],
      };
      snapshot = { views, problems: [], readOnly: null };
      emit();
      return { ok: true };
    },
  };
}

const stores = new Map<string, ViewsStore>();

/** One store per server and user for the life of the page, so problems are read (and reported) once. */
export function viewsStoreFor(server: string, user: string): ViewsStore {
  const key = storageKey(server, user);
  let store = stores.get(key);
  if (!store) {
    store = createViewsStore(server, user);
    stores.set(key, store);
  }
  return store;
}
