// The frame of a detail pane: a region named by its heading, a Close button, Escape to close, focus
// on the heading when it opens, and focus handed back when it goes away with focus inside it.
import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from 'react';
import { useT } from '../lib/i18n';

interface DetailPaneProps {
  /** Heading text; it also names the region, e.g. `Customer John Russel Tierney`. */
  title: string;
  onClose: () => void;
  /** Called when the pane disappears while it held focus (e.g. closed with the Back button). */
  onFocusLost: () => void;
  children: ReactNode;
}

export function DetailPane({ title, onClose, onFocusLost, children }: DetailPaneProps) {
  const t = useT();
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = useEffectEvent(onClose);
  const focusLost = useEffectEvent(onFocusLost);

  useEffect(() => {
    const section = sectionRef.current;
    headingRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close();
    };
    section?.addEventListener('keydown', onKeyDown);
    return () => {
      section?.removeEventListener('keydown', onKeyDown);
      // By now the pane's nodes are gone: if focus was inside, the browser dropped it to <body>.
      const active = document.activeElement;
      if (active === null || active === document.body) focusLost();
    };
  }, []);

  return (
    <section ref={sectionRef} className="detail-pane" aria-labelledby={headingId}>
      <header className="detail-pane-header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="detail-pane-close" onClick={onClose}>
          {t('pane.close')}
        </button>
      </header>
      <div className="detail-pane-body">{children}</div>
    </section>
  );
}
