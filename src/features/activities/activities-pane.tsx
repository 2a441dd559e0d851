// The activities pane of one case: a paged Activities table with its own "Activities pagination"
// (page in the URL as `apage`), "No activities" on 204.
import { DetailPane } from '../../components/detail-pane';
import { ErrorAlert } from '../../components/error-alert';
import { PaginationNav } from '../../components/pagination-nav';
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
  const noun = { one: 'activity', other: 'activities' };
  const unread = shown ? skippedText(shown.skipped, noun) : '';
  if (window) status = `${rangeText(window, noun)}${unread ? `; ${unread}` : ''}`;
  else if (shown && shown.page > 1)
    status = `No activities on page ${shown.page}: the list ends on an earlier page.`;
  else if (shown) status = 'No activities';
  else if (activities.isPending) status = 'Loading activities…';

  return (
    <DetailPane title={`Activities for case ${caseId}`} onClose={onClose} onFocusLost={onFocusLost}>
      <p className="pane-status" aria-live="polite">
        {status}
      </p>
      {activities.isError ? (
        <ErrorAlert
          error={activities.error}
          title="The activities could not be loaded"
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
          label="Activities pagination"
          page={window?.page ?? page}
          totalPages={window?.totalPages}
          onPageChange={onPageChange}
        />
      ) : null}
    </DetailPane>
  );
}
