// The width of the detail pane beside the table: set with the split handle, remembered on this
// browser, and never so wide that the Cases table loses a column (UI contract, "Workspace layout").
import { useLayoutEffect, useState, type RefObject } from 'react';
import { z } from 'zod';

const STORAGE_KEY = 'egain.paneWidth';
export const PANE_MIN_WIDTH = 300;
const DEFAULT_WIDTH = 340;
/** Room the Cases table needs to show every column (its CSS min-width plus scrollbar and borders). */
const TABLE_ROOM = 835;
const HANDLE_WIDTH = 12;
const storedSchema = z.coerce.number().int().min(PANE_MIN_WIDTH).max(4000);

function readStored(): number {
  try {
    const parsed = storedSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : DEFAULT_WIDTH;
  } catch {
    return DEFAULT_WIDTH;
  }
}

export function usePaneWidth(layout: RefObject<HTMLElement | null>, active: boolean) {
  const [stored, setStored] = useState(readStored);
  const [available, setAvailable] = useState<number | null>(null);

  useLayoutEffect(() => {
    const element = layout.current;
    if (!active || !element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setAvailable(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [layout, active]);

  const max =
    available === null
      ? Math.max(stored, PANE_MIN_WIDTH)
      : Math.max(PANE_MIN_WIDTH, available - TABLE_ROOM - HANDLE_WIDTH);
  const width = Math.min(max, Math.max(PANE_MIN_WIDTH, stored));
  return {
    width,
    min: PANE_MIN_WIDTH,
    max,
    set: (next: number): void => {
      setStored(next);
      try {
        window.localStorage.setItem(STORAGE_KEY, String(next));
      } catch {
        // Not remembered; still applies to this page.
      }
    },
  };
}
