// A server that cannot sort by the chosen column answers 400-102 (D6), and a real one may answer
// another 400: either way show its message and ask once more in the default order
// (docs/decisions/011, docs/decisions/025). If that fails too, the sort was not the problem and
// the error shows as any other.
import { useEffect, useEffectEvent, useState } from 'react';
import type { ApiError } from '../../../lib/api-error';
import { useT, type MessageId } from '../../../lib/i18n';
import type { SearchState, Sort, SortField } from '../search-state';

const SORT_LABELS: Record<SortField, MessageId> = {
  id: 'cases.column.id',
  subject: 'cases.column.subject',
  status: 'cases.column.status',
  severity: 'cases.column.severity',
  department: 'cases.column.department',
  lastModifiedDate: 'cases.column.lastModified',
  createdDate: 'export.column.created',
};

export interface SortRejection {
  error: ApiError;
  field: SortField;
  /** The search it belongs to: a new search hides the notice. */
  searchKey: string;
}

interface SortRejectionInput {
  sort: Sort | undefined;
  error: ApiError | null;
  searchKey: string;
  update: (
    change: Partial<Omit<SearchState, 'hasCriteria'>>,
    options?: { replace?: boolean },
  ) => void;
}

export function useSortRejection({ sort, error, searchKey, update }: SortRejectionInput) {
  const [rejection, setRejection] = useState<SortRejection | null>(null);
  const rejectedSort = sort !== undefined && error?.status === 400 ? sort : undefined;
  // Remembered while rendering, so the message outlives the failed query.
  if (rejectedSort && error && rejection?.error !== error) {
    setRejection({ error, field: rejectedSort.field, searchKey });
  }
  // The URL is the external system: drop the sort there, replacing the entry so a reload does not
  // repeat the error.
  const dropSort = useEffectEvent(() => update({ sort: undefined, page: 1 }, { replace: true }));
  useEffect(() => {
    if (rejectedSort) dropSort();
  }, [rejectedSort]);

  return {
    /** The lookup on screen failed because of its sort (shown by the notice, not as an error). */
    isRejecting: rejectedSort !== undefined,
    notice:
      rejection !== null && rejection.searchKey === searchKey && !(sort === undefined && error)
        ? rejection
        : null,
    dismiss: () => setRejection(null),
  };
}

export function SortRejectionAlert({
  rejection,
  onDismiss,
}: {
  rejection: SortRejection;
  onDismiss: () => void;
}) {
  const t = useT();
  const column = t(SORT_LABELS[rejection.field]);
  return (
    <div role="alert" className="error-alert">
      <p className="error-alert-title">
        {rejection.error.code === '400-102'
          ? t('sort.unsupported', { column })
          : t('sort.refused', { column })}
      </p>
      <p>
        <span className="error-code">{rejection.error.code}</span>{' '}
        {rejection.error.developerMessage}
      </p>
      <button type="button" onClick={onDismiss}>
        {t('sort.dismiss')}
      </button>
    </div>
  );
}
