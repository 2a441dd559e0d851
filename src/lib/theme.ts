// Light or dark: the system's preference (prefers-color-scheme) unless the user chose otherwise
// with the header switch; that choice is remembered on this browser. Applied as <html data-theme>.
import { useSyncExternalStore } from 'react';
import { z } from 'zod';

export type Theme = 'light' | 'dark';
const STORAGE_KEY = 'egain.theme';
const themeSchema = z.enum(['light', 'dark']);
const DARK_QUERY = '(prefers-color-scheme: dark)';

function readOverride(): Theme | null {
  try {
    const parsed = themeSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function systemTheme(): Theme {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches
    ? 'dark'
    : 'light';
}

let override: Theme | null = readOverride();
const listeners = new Set<() => void>();

function apply(): void {
  const root = document.documentElement;
  if (override) root.dataset.theme = override;
  else delete root.dataset.theme;
}

function emit(): void {
  apply();
  for (const listener of listeners) listener();
}

export const themeStore = {
  /** The theme on screen. */
  get: (): Theme => override ?? systemTheme(),
  /** Choosing what the system says anyway goes back to following the system. */
  set: (theme: Theme): void => {
    override = theme === systemTheme() ? null : theme;
    try {
      if (override) window.localStorage.setItem(STORAGE_KEY, override);
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Not remembered; still applies to this page.
    }
    emit();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
    media?.addEventListener('change', listener);
    return () => {
      listeners.delete(listener);
      media?.removeEventListener('change', listener);
    };
  },
  /** Puts the remembered choice on <html> before the first render. */
  init: apply,
};

export function useTheme(): Theme {
  return useSyncExternalStore(themeStore.subscribe, themeStore.get);
}
