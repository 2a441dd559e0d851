// The current row of the Cases table for keyboard triage: moved with j / k (on to the next or
// previous page at either end), set by focusing or clicking inside a row, and forgotten when the
// search changes. Only the case id is kept; the rows stay in the query cache.
import { useState } from 'react';
import type { CaseSummary } from '../api/case-schemas';

export type Edge = 'first' | 'last';

export function useCurrentRow(cases: CaseSummary[], searchKey: string, page: number) {
  const [current, setCurrent] = useState<{
    searchKey: string;
    id: string;
    arrived: boolean;
  } | null>(null);
  // A move past the end of a page: which row to take once that page is on screen.
  const [pending, setPending] = useState<{ searchKey: string; page: number; edge: Edge } | null>(
    null,
  );

  let currentId =
    current && current.searchKey === searchKey && cases.some((row) => row.id === current.id)
      ? current.id
      : null;
  if (pending && pending.searchKey === searchKey && pending.page === page && cases.length > 0) {
    const arrived = pending.edge === 'first' ? cases[0] : cases[cases.length - 1];
    if (arrived) {
      currentId = arrived.id;
      setCurrent({ searchKey, id: arrived.id, arrived: true });
    }
    setPending(null);
  }

  const index = currentId === null ? -1 : cases.findIndex((row) => row.id === currentId);
  return {
    currentId,
    index,
    /** Set when the current row is one a move onto another page arrived at (a pane follows it). */
    arrivedId: current?.arrived && currentId === current.id ? currentId : null,
    select: (id: string): void => setCurrent({ searchKey, id, arrived: false }),
    awaitPage: (targetPage: number, edge: Edge): void =>
      setPending({ searchKey, page: targetPage, edge }),
  };
}
