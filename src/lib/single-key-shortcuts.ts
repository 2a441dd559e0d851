// Keyboard shortcuts for the whole page, and the switch that turns the single-character ones off on
// this browser (WCAG 2.1.4). Character keys never act while focus is in a text field or a dialog.
import { useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import { z } from 'zod';

const STORAGE_KEY = 'egain.singleKeyShortcuts';
const storedSchema = z.enum(['on', 'off']);

function readEnabled(): boolean {
  try {
    const parsed = storedSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data === 'on' : true;
  } catch {
    return true;
  }
}

let enabled = readEnabled();
const listeners = new Set<() => void>();

export const singleKeyShortcutsStore = {
  get: (): boolean => enabled,
  set: (next: boolean): void => {
    enabled = next;
    try {
      window.localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off');
    } catch {
      // Not remembered; still applies to this page.
    }
    for (const listener of listeners) listener();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSingleKeyShortcutsEnabled(): boolean {
  return useSyncExternalStore(singleKeyShortcutsStore.subscribe, singleKeyShortcutsStore.get);
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'tel',
  'url',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** Where typing a letter enters text (or picks an option): character shortcuts stay out. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

export type ShortcutHandlers = Partial<Record<string, (event: KeyboardEvent) => void>>;

/**
 * Calls `handlers[event.key]` for keys pressed on the page. Single characters (`j`, `/`, `?`) only
 * when the switch is on and focus is not in a text field; other keys (`Escape`) whenever nothing
 * handled them first. Never inside a dialog, which owns its keys.
 */
export function usePageShortcuts(handlers: ShortcutHandlers): void {
  const singleKeys = useSingleKeyShortcutsEnabled();
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (
      event.defaultPrevented ||
      event.isComposing ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey
    )
      return;
    const handler = handlers[event.key];
    if (!handler) return;
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    if (event.key.length === 1 && (!singleKeys || isTextEntry(event.target))) return;
    event.preventDefault();
    handler(event);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
