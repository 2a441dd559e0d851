// The open detail pane, lazy-loaded (not in the first screen's bundle) and inside its own error
// boundary, so a failing pane never blanks the table or the other pane.
import { lazy, Suspense } from 'react';
import { DetailPane } from '../../../components/detail-pane';
import { SectionBoundary } from '../../../components/section-boundary';
import { t, useT } from '../../../lib/i18n';
import type { CaseSummary } from '../api/case-schemas';
import type { Pane } from '../search-state';
import { paneKey } from './pane-links';

// The only imports from other features, and the lint rule's one exception: the customer and
// activities panes are features of their own, opened from a row of the results, and loaded lazily.
const CustomerPane = lazy(() =>
  // eslint-disable-next-line boundaries/dependencies -- lazy detail pane (see above)
  import('../../customer/customer-pane').then((module) => ({ default: module.CustomerPane })),
);
const ActivitiesPane = lazy(() =>
  // eslint-disable-next-line boundaries/dependencies -- lazy detail pane (see above)
  import('../../activities/activities-pane').then((module) => ({ default: module.ActivitiesPane })),
);

interface PaneSlotProps {
  id?: string;
  /** Width beside the table (wide screens; over the table it is the overlay's own). */
  width?: number;
  pane: Pane;
  /** The cases on screen: their links are followed when the pane belongs to one of them. */
  cases: CaseSummary[];
  onClose: () => void;
  onFocusLost: () => void;
  onShowCustomerCases: (customerId: string) => void;
  onActivitiesPage: (page: number) => void;
}

function paneTitle(pane: Pane): string {
  return pane.kind === 'customer'
    ? t('customer.title', { name: pane.id })
    : t('activities.title', { caseId: pane.caseId });
}

export function PaneSlot({
  id,
  width,
  pane,
  cases,
  onClose,
  onFocusLost,
  onShowCustomerCases,
  onActivitiesPage,
}: PaneSlotProps) {
  useT();
  const key = paneKey(pane);
  return (
    <div className="pane-slot" id={id} style={width ? { flexBasis: width } : undefined}>
      <SectionBoundary
        key={key}
        title={t(pane.kind === 'customer' ? 'customer.paneFailed' : 'activities.paneFailed')}
        frame={(alert) => (
          <DetailPane title={paneTitle(pane)} onClose={onClose} onFocusLost={onFocusLost}>
            {alert}
          </DetailPane>
        )}
      >
        <Suspense
          fallback={
            <div className="detail-pane" aria-busy="true">
              <p className="muted">{t('pane.loading')}</p>
            </div>
          }
        >
          {pane.kind === 'customer' ? (
            <CustomerPane
              customerId={pane.id}
              links={cases.find((row) => row.customer?.id === pane.id)?.customer?.links ?? []}
              knownName={cases.find((row) => row.customer?.id === pane.id)?.customer?.name}
              onClose={onClose}
              onFocusLost={onFocusLost}
              onShowCases={onShowCustomerCases}
            />
          ) : (
            <ActivitiesPane
              caseId={pane.caseId}
              links={cases.find((row) => row.id === pane.caseId)?.activityLinks ?? []}
              page={pane.page}
              onPageChange={onActivitiesPage}
              onClose={onClose}
              onFocusLost={onFocusLost}
            />
          )}
        </Suspense>
      </SectionBoundary>
    </div>
  );
}
