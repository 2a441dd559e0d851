// The activities pane of one case: a paged Activities table with its own "Activities pagination"
// (page in the URL as `apage`), "No activities" on 204.
import { DetailPane } from '../../components/detail-pane';
import { ErrorAlert } from '../../components/error-alert';
import { PaginationNav } from '../../components/pagination-nav';
import { useT } from '../../lib/i18n';
import { useLanguage } from '../../lib/language';
import type { Link } from '../../lib/links';
import { rangeText } from '../../lib/paging';
import { skippedText } from '../../lib/response-schemas';
import { usePagedQuery } from '../../lib/use-paged-query';
import { ActivitiesTable } from './activities-table';
import { activitiesApiPath, activitiesQueryOptions } from './api/get-activities';

/** Ten rows fit the pane without scrolling on common screens (docs/decisions/012). */
export const ACTIVITIES_PAGE_SIZE = 10;

export interface ActivitiesPaneProps {
  caseId: string;
  /** The activities link of the case row that opened the pane, if any (D10 decides if it is used). */
  links: Link[];
  page: number;
  onPageChange: (page: number) => void;
  onClose: () => void;
  onFocusLost: () => void;
}

export function ActivitiesPane({
  caseId,
  links,
  page,
  onPageChange,
  onClose,
  onFocusLost,
}: ActivitiesPaneProps) {
  const t = useT();
  const language = useLanguage();
  const path = activitiesApiPath(caseId, links);
  const {
    current: activities,
    shown,
    window,
  } = usePagedQuery({
    pageQuery: (pageNumber, options) =>
      activitiesQueryOptions(
        { caseId, path, page: pageNumber, pageSize: ACTIVITIES_PAGE_SIZE },
        language,
        options,
      ),
    page,
    rows: (data) => data.activities.length + data.skipped.length,
  });

  let status = '';
  const unread = shown ? skippedText(shown.skipped, 'activities') : '';
  if (window) {
    const range = rangeText(window, 'activities');
    status = unread ? t('results.withSkipped', { range, skipped: unread }) : range;
  } else if (shown && shown.page > 1) status = t('activities.pastTheEnd', { page: shown.page });
  else if (shown) status = t('activities.none');
  else if (activities.isPending) status = t('activities.loading');

  return (
    <DetailPane
      title={t('activities.title', { caseId })}
      onClose={onClose}
      onFocusLost={onFocusLost}
    >
      <p className="pane-status" aria-live="polite">
        {status}
      </p>
      {activities.isError ? (
        <ErrorAlert
          error={activities.error}
          title={t('activities.failed')}
          onRetry={() => void activities.refetch()}
        />
      ) : null}
      {shown && shown.activities.length > 0 ? (
        <div className="table-scroll" aria-busy={activities.isFetching}>
          <ActivitiesTable activities={shown.activities} />
        </div>
      ) : null}
      {window || (shown && shown.page > 1) ? (
        <PaginationNav
          label={t('activities.pagination')}
          page={window?.page ?? page}
          totalPages={window?.totalPages}
          onPageChange={onPageChange}
        />
      ) : null}
    </DetailPane>
  );
}
