// Screen state lives in the URL fragment: browsers never send it to servers, so email, phone and
// customer ID stay out of server logs and Referer headers (UI contract, "URL").
import { useMemo, useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
  };
}

const getHash = (): string => window.location.hash;

/** The fragment's parameters (`#a=1&b=2`); re-renders on back, forward and navigation. */
export function useHashParams(): URLSearchParams {
  const hash = useSyncExternalStore(subscribe, getHash);
  return useMemo(() => new URLSearchParams(hash.replace(/^#\??/, '')), [hash]);
}

/** Replaces the fragment; a new history entry unless `replace`. */
export function navigateHash(params: URLSearchParams, options: { replace?: boolean } = {}): void {
  const query = params.toString();
  const next = `${window.location.pathname}${window.location.search}${query ? `#${query}` : ''}`;
  if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`)
    return;
  if (options.replace) window.history.replaceState(null, '', next);
  else window.history.pushState(null, '', next);
  // pushState fires no event of its own.
  window.dispatchEvent(new PopStateEvent('popstate'));
}
