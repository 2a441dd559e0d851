// First / Previous / Next / Last with "Page n of m", shared by the cases table and the activities
// pane (each with its own navigation name). Buttons at an end are aria-disabled rather than
// disabled, so keyboard focus stays on the button that was just used to reach that end.
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n';

interface PaginationNavProps {
  /** Accessible name of the navigation landmark, e.g. `Pagination`. */
  label: string;
  page: number;
  /** Undefined when the total is unknown (a page past the end came back empty). */
  totalPages: number | undefined;
  onPageChange: (page: number) => void;
  /** Extra controls such as the page-size select. */
  children?: ReactNode;
}

interface PageButtonProps {
  label: string;
  target: number;
  enabled: boolean;
  onPageChange: (page: number) => void;
  text: string;
}

function PageButton({ label, target, enabled, onPageChange, text }: PageButtonProps) {
  return (
    <button
      type="button"
      className="page-button"
      aria-label={label}
      aria-disabled={enabled ? undefined : true}
      onClick={() => {
        if (enabled) onPageChange(target);
      }}
    >
      {text}
    </button>
  );
}

export function PaginationNav({
  label,
  page,
  totalPages,
  onPageChange,
  children,
}: PaginationNavProps) {
  const t = useT();
  const canGoBack = page > 1;
  const canGoForward = totalPages !== undefined && page < totalPages;
  return (
    <nav className="pagination" aria-label={label}>
      <div className="pagination-buttons">
        <PageButton
          label={t('paging.first')}
          text={t('paging.firstText')}
          target={1}
          enabled={canGoBack}
          onPageChange={onPageChange}
        />
        <PageButton
          label={t('paging.previous')}
          text={t('paging.previousText')}
          target={Math.max(1, page - 1)}
          enabled={canGoBack}
          onPageChange={onPageChange}
        />
        <span className="pagination-position">
          {/* Plain digits in every language (strings: Lingui would group them). */}
          {totalPages === undefined
            ? t('paging.page', { page: String(page) })
            : t('paging.pageOf', { page: String(page), total: String(totalPages) })}
        </span>
        <PageButton
          label={t('paging.next')}
          text={t('paging.nextText')}
          target={page + 1}
          enabled={canGoForward}
          onPageChange={onPageChange}
        />
        <PageButton
          label={t('paging.last')}
          text={t('paging.lastText')}
          target={totalPages ?? page}
          enabled={canGoForward}
          onPageChange={onPageChange}
        />
      </div>
      {children}
    </nav>
  );
}
