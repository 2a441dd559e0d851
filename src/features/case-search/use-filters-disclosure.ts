// Whether the `Filters` panel is open. From 900 px wide (the workspace layout, panel beside the
// results) it opens by itself whenever the criteria in the URL hold a value (from a link, Back, a
// removed chip or Quick lookup), so no active filter is ever hidden; the user may still close it.
// Narrower, the panel sits above the results and would push them off the screen: there it stays
// closed when criteria arrive (the Filters button counts them, the chips name them) and opens
// when asked. Without criteria it is as the user last left it (open at first).
import { useState, useSyncExternalStore } from 'react';
import { z } from 'zod';

const STORAGE_KEY = 'egain.filtersOpen';
const storedSchema = z.enum(['open', 'closed']);

function readPreference(): boolean {
  try {
    const parsed = storedSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data === 'open' : true;
  } catch {
    return true;
  }
}

function remember(open: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, open ? 'open' : 'closed');
  } catch {
    // Not remembered; still applies to this page.
  }
}

/** The width from which the panel sits beside the results (the workspace layout in styles.css). */
const BESIDE_RESULTS = '(min-width: 900px)';

let besideResultsQuery: MediaQueryList | null = null;

/**
 * One query object for the page: its `matches` is read on every render of the search screen.
 * Without matchMedia (a test DOM), null: the wide layout.
 */
function widthQuery(): MediaQueryList | null {
  if (besideResultsQuery === null && typeof window.matchMedia === 'function')
    besideResultsQuery = window.matchMedia(BESIDE_RESULTS);
  return besideResultsQuery;
}

function subscribeToWidth(listener: () => void): () => void {
  const query = widthQuery();
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}

const panelBesideResults = (): boolean => widthQuery()?.matches ?? true;

/** `criteriaKey` identifies the criteria in the URL; '' when there are none. */
export function useFiltersDisclosure(criteriaKey: string) {
  const [preference, setPreference] = useState(readPreference);
  // The criteria the user closed the panel over (beside the results) or opened it over (above
  // them); new criteria undo either.
  const [toggledFor, setToggledFor] = useState<string | null>(null);
  const beside = useSyncExternalStore(subscribeToWidth, panelBesideResults);
  const hasValues = criteriaKey !== '';
  const toggled = toggledFor === criteriaKey;
  const open = hasValues ? beside !== toggled : preference;
  return {
    open,
    toggle: (): void => {
      if (hasValues) setToggledFor(toggled ? null : criteriaKey);
      setPreference(!open);
      remember(!open);
    },
  };
}
