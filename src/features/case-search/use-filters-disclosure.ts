// Whether the `Filters` panel is open. It opens by itself whenever the criteria in the URL hold a
// value (from a link, Back, a removed chip or Quick lookup), so no active filter is ever hidden;
// the user may still close it. Without criteria it is as the user last left it (open at first).
import { useState } from 'react';
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

/** `criteriaKey` identifies the criteria in the URL; '' when there are none. */
export function useFiltersDisclosure(criteriaKey: string) {
  const [preference, setPreference] = useState(readPreference);
  // The criteria the user closed the panel over; new criteria open it again.
  const [closedFor, setClosedFor] = useState<string | null>(null);
  const hasValues = criteriaKey !== '';
  const open = hasValues ? closedFor !== criteriaKey : preference;
  return {
    open,
    toggle: (): void => {
      if (hasValues) setClosedFor(open ? criteriaKey : null);
      setPreference(!open);
      remember(!open);
    },
  };
}
