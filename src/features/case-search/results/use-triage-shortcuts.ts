// Keyboard triage of the Cases table (UI contract, "Keyboard"): j / k move the current row, on to
// the next or previous page at either end; c and a open the current row's customer or activities
// (the first row when none is current yet); Escape closes the open pane.
import { usePageShortcuts } from '../../../lib/single-key-shortcuts';
import type { CaseSummary } from '../api/case-schemas';
import type { Edge } from './use-current-row';

interface TriageInput {
  enabled: boolean;
  cases: CaseSummary[];
  /** Index of the current row in `cases`; -1 when none. */
  index: number;
  page: number;
  totalPages: number | undefined;
  onMove: (row: CaseSummary, index: number) => void;
  onPage: (page: number, edge: Edge) => void;
  onOpen: (kind: 'customer' | 'activities', row: CaseSummary) => void;
  /** Undefined while no pane is open. */
  onEscape: (() => void) | undefined;
}

export function useTriageShortcuts(input: TriageInput): void {
  const { enabled, cases, index, page, totalPages, onMove, onPage, onOpen, onEscape } = input;

  const move = (delta: 1 | -1): void => {
    if (!enabled || cases.length === 0) return;
    const next = index === -1 ? 0 : index + delta;
    if (next >= cases.length) {
      if (totalPages !== undefined && page < totalPages) onPage(page + 1, 'first');
      return;
    }
    if (next < 0) {
      if (page > 1) onPage(page - 1, 'last');
      return;
    }
    const row = cases[next];
    if (row) onMove(row, next);
  };
  const open = (kind: 'customer' | 'activities'): void => {
    const row = cases[index === -1 ? 0 : index];
    if (enabled && row) onOpen(kind, row);
  };

  usePageShortcuts({
    j: () => move(1),
    k: () => move(-1),
    c: () => open('customer'),
    a: () => open('activities'),
    ...(onEscape ? { Escape: onEscape } : {}),
  });
}
