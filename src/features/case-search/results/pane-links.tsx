// Links that open a detail pane. They are real `<a href="#…pane=…">` (middle-click, copy link and
// "open in new tab" work); a plain click updates the URL state with pushState and remembers the
// link, so closing the pane can hand focus back to it.
import { createContext, use, type MouseEvent } from 'react';
import type { Pane } from '../search-state';

export interface PaneLinks {
  href: (pane: Pane) => string;
  open: (pane: Pane, opener: HTMLElement) => void;
}

export const PaneLinksContext = createContext<PaneLinks | null>(null);

export function usePaneLinks(): PaneLinks {
  const links = use(PaneLinksContext);
  if (!links) throw new Error('pane links need a PaneLinksContext provider');
  return links;
}

/** `customer:1000` / `activities:1000`, as in the URL's `pane` parameter. */
export function paneKey(pane: Pane): string {
  return pane.kind === 'customer' ? `customer:${pane.id}` : `activities:${pane.caseId}`;
}

/**
 * The attributes of an `<a>` that opens `pane`: the Cases table writes them into each row's
 * links itself, without a component per link (75 rows have 150 of them).
 */
export function paneLinkProps(links: PaneLinks, pane: Pane) {
  return {
    href: links.href(pane),
    'data-pane-link': paneKey(pane),
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      // Let the browser handle new-tab and new-window clicks.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return;
      event.preventDefault();
      links.open(pane, event.currentTarget);
    },
  };
}
