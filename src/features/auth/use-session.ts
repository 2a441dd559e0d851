import { useSyncExternalStore } from 'react';
import { sessionStore } from '../../lib/session-store';

export function useIsSignedIn(): boolean {
  return useSyncExternalStore(sessionStore.subscribe, () => sessionStore.getSessionId() !== null);
}

export function useSignedInUser(): string | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getUserName);
}
