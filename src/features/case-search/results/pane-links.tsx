// Links that open a detail pane. They are real `<a href="#…pane=…">` (middle-click, copy link and
// "open in new tab" work); a plain click updates the URL state with pushState and remembers the
// link, so closing the pane can hand focus back to it.
import { createContext, use, type ReactNode } from 'react';
import type { Pane } from '../search-state';

export interface PaneLinks {
  href: (pane: Pane) => string;
  open: (pane: Pane, opener: HTMLElement) => void;
}

export const PaneLinksContext = createContext<PaneLinks | null>(null);

/** `customer:1000` / `activities:1000`, as in the URL's `pane` parameter. */
export function paneKey(pane: Pane): string {
  return pane.kind === 'customer' ? `customer:${pane.id}` : `activities:${pane.caseId}`;
}

interface PaneLinkProps {
  pane: Pane;
  children: ReactNode;
  className?: string;
  /** Accessible name when it differs from the visible text. */
  label?: string;
}

export function PaneLink({ pane, children, className, label }: PaneLinkProps) {
  const links = use(PaneLinksContext);
  if (!links) throw new Error('PaneLink needs a PaneLinksContext provider');
  return (
    <a
      href={links.href(pane)}
      className={className}
      aria-label={label}
      data-pane-link={paneKey(pane)}
      onClick={(event) => {
        // Let the browser handle new-tab and new-window clicks.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
          return;
        event.preventDefault();
        links.open(pane, event.currentTarget);
      }}
    >
      {children}
    </a>
  );
}
