// Screen state lives in the URL fragment: browsers never send it to servers, so email, phone and
// customer ID stay out of server logs and Referer headers (UI contract, "URL").
import { useMemo, useSyncExternalStore } from 'react';
import { whenPainted } from './after-paint';

// The fragment the screen shows. It follows the address bar, except while a navigation is held
// (`navigateHash` with `held`): then the screen keeps what it shows until `showHash` (decision 050).
let shownHash = window.location.hash;
const listeners = new Set<() => void>();

/** Renders the screen for the fragment in the address bar now. */
export function showHash(): void {
  if (shownHash === window.location.hash) return;
  shownHash = window.location.hash;
  for (const listener of listeners) listener();
}

/**
 * Shows the address bar's fragment once the browser has painted the frame in progress: the input
 * that navigated has its own feedback (focus, the current row) on screen before the new screen's
 * render starts. A hidden page paints no frames, so it is shown at once.
 */
export function showHashAfterPaint(): void {
  if (document.visibilityState === 'hidden') showHash();
  else whenPainted(showHash);
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    shownHash = window.location.hash;
    // Back, Forward and hand-edited fragments are shown at once; they also release a held one.
    window.addEventListener('hashchange', showHash);
    window.addEventListener('popstate', showHash);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('hashchange', showHash);
      window.removeEventListener('popstate', showHash);
    }
  };
}

const getHash = (): string => shownHash;

const paramsOf = (hash: string): URLSearchParams => new URLSearchParams(hash.replace(/^#\??/, ''));

/** The fragment's parameters as shown (`#a=1&b=2`); re-renders on back, forward and navigation. */
export function useHashParams(): URLSearchParams {
  const hash = useSyncExternalStore(subscribe, getHash);
  return useMemo(() => paramsOf(hash), [hash]);
}

/**
 * The address bar's parameters now, a held navigation included: what a change builds on, so that
 * a sort or page change made while a search is held applies to that search, not to the one shown.
 */
export function addressBarParams(): URLSearchParams {
  return paramsOf(window.location.hash);
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
  /** Change the address bar only; the screen follows at the next `showHash` or Back / Forward. */
  held?: boolean;
}

/** Replaces the fragment; a new history entry unless `replace`. */
export function navigateHash(params: URLSearchParams, options: NavigateOptions = {}): void {
  const query = params.toString();
  const next = `${window.location.pathname}${window.location.search}${query ? `#${query}` : ''}`;
  if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`)
    return;
  if (options.replace) window.history.replaceState(null, '', next);
  else window.history.pushState(null, '', next);
  // pushState fires no event of its own.
  if (!options.held) showHash();
}
