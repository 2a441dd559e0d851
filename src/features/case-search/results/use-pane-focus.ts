// Where focus goes around the detail panes (docs/decisions/009): the link that opened a pane is
// remembered on click; closing returns there, else to a link for the same pane, else the heading.
import { useRef, type RefObject } from 'react';
import type { Pane } from '../search-state';
import { paneKey } from './pane-links';

export function usePaneFocus(
  root: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
) {
  const opener = useRef<{ key: string; element: HTMLElement } | null>(null);
  return {
    remember(pane: Pane, element: HTMLElement): void {
      opener.current = { key: paneKey(pane), element };
    },
    returnFocus(pane: Pane): void {
      const key = paneKey(pane);
      const remembered = opener.current;
      if (remembered && remembered.key === key && remembered.element.isConnected) {
        remembered.element.focus();
        return;
      }
      // Keys are `customer:<digits>` / `activities:<digits>` (validated by search-state).
      // Links of the next page's hidden body cannot take focus.
      const links = root.current?.querySelectorAll<HTMLElement>(`[data-pane-link="${key}"]`) ?? [];
      const link = [...links].find((candidate) => candidate.closest('[hidden]') === null);
      (link ?? heading.current)?.focus();
    },
  };
}
