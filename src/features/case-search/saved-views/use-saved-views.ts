// The signed-in user's saved views on this eGain server, and the changes the panel makes to them.
import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { appConfigQueryOptions } from '../../../lib/app-config';
import { sessionStore } from '../../../lib/session-store';
import {
  viewsStoreFor,
  type ViewsSnapshot,
  type ViewsStore,
  type WriteResult,
} from './views-store';
import type { SavedView } from './view-model';

const EMPTY: ViewsSnapshot = { views: [], problems: [], readOnly: null };
const noStore = {
  subscribe: () => () => {},
  getSnapshot: () => EMPTY,
};

export interface SavedViewsApi {
  server: string;
  snapshot: ViewsSnapshot;
  add: (view: SavedView) => WriteResult;
  addMany: (views: SavedView[]) => WriteResult;
  change: (id: string, change: Partial<Omit<SavedView, 'id'>>) => WriteResult;
  remove: (id: string) => WriteResult;
  /** Puts a deleted view back where it was. */
  restore: (view: SavedView, index: number) => WriteResult;
}

/** Only one view opens at sign-in: choosing it for one clears it on the others. */
function withSingleDefault(views: SavedView[], defaultId: string | null): SavedView[] {
  return views.map((view) => ({ ...view, openAtSignIn: view.id === defaultId }));
}

function api(store: ViewsStore, server: string, snapshot: ViewsSnapshot): SavedViewsApi {
  // Read at call time: an Undo may run long after the render that created it.
  const current = () => store.getSnapshot().views;
  return {
    server,
    snapshot,
    add: (view) => {
      const views = [...current(), view];
      return store.write(view.openAtSignIn ? withSingleDefault(views, view.id) : views);
    },
    addMany: (added) => store.write([...current(), ...added]),
    change: (id, change) => {
      const next = current().map((view) => (view.id === id ? { ...view, ...change } : view));
      return store.write(change.openAtSignIn ? withSingleDefault(next, id) : next);
    },
    remove: (id) => store.write(current().filter((view) => view.id !== id)),
    restore: (view, index) => {
      const next = current().filter((other) => other.id !== view.id);
      next.splice(Math.min(index, next.length), 0, view);
      return store.write(next);
    },
  };
}

export type SavedViewsState =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'ready'; api: SavedViewsApi };

export function useSavedViews(): SavedViewsState {
  const config = useQuery(appConfigQueryOptions());
  const user = useSyncExternalStore(sessionStore.subscribe, sessionStore.getUserName);
  const server = config.data?.egainServer;
  const store = server && user ? viewsStoreFor(server, user) : null;
  const snapshot = useSyncExternalStore(
    store?.subscribe ?? noStore.subscribe,
    store?.getSnapshot ?? noStore.getSnapshot,
  );
  if (config.isError) return { status: 'error', retry: () => void config.refetch() };
  if (!store || !server) return { status: 'loading' };
  return { status: 'ready', api: api(store, server, snapshot) };
}
