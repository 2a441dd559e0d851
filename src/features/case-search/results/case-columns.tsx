// Column definitions of the Cases table (TanStack Table). Column ids of sortable columns are the
// lookup's `$sort` names (D6), so table sorting state maps 1:1 onto the URL.
import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import { DateTime } from '../../../components/date-time';
import { ValueBadge } from '../../../components/value-badge';
import type { CaseSummary } from '../api/case-schemas';
import { SORT_FIELDS, type SortField } from '../search-state';
import { PaneLink } from './pane-links';

export const caseTableFeatures = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof caseTableFeatures, CaseSummary>();

export function isSortField(id: string): id is SortField {
  return SORT_FIELDS.some((field) => field === id);
}

function CustomerCell({ summary }: { summary: CaseSummary }) {
  const customer = summary.customer;
  if (!customer?.id) {
    return customer?.name ? <>{customer.name}</> : <span className="muted">Unknown customer</span>;
  }
  return (
    <PaneLink pane={{ kind: 'customer', id: customer.id }}>
      {customer.name || `Customer ${customer.id}`}
    </PaneLink>
  );
}

function ActivitiesCell({ summary }: { summary: CaseSummary }) {
  return (
    // The visible word starts the accessible name (WCAG 2.5.3), the case id makes it unique.
    <PaneLink
      pane={{ kind: 'activities', caseId: summary.id, page: 1 }}
      className="activities-link"
      label={`Activities for case ${summary.id}`}
    >
      Activities
    </PaneLink>
  );
}

export const caseColumns = helper.columns([
  helper.accessor('id', { id: 'id', header: 'Case ID', cell: (info) => info.getValue() }),
  helper.accessor('subject', {
    id: 'subject',
    header: 'Subject',
    // Long subjects end in an ellipsis; the whole text stays in the cell and shows on hover.
    cell: (info) => <span title={info.getValue()}>{info.getValue()}</span>,
  }),
  helper.display({
    id: 'customer',
    header: 'Customer',
    enableSorting: false,
    cell: (info) => <CustomerCell summary={info.row.original} />,
  }),
  helper.accessor((row) => row.status, {
    id: 'status',
    header: 'Status',
    cell: (info) => <ValueBadge kind="status" value={info.getValue()} />,
  }),
  helper.accessor((row) => row.severity, {
    id: 'severity',
    header: 'Severity',
    cell: (info) => <ValueBadge kind="severity" value={info.getValue()} />,
  }),
  helper.accessor((row) => row.department?.name ?? '', {
    id: 'department',
    header: 'Department',
    cell: (info) => <span title={info.getValue()}>{info.getValue()}</span>,
  }),
  helper.accessor((row) => row.lastModified?.date, {
    id: 'lastModifiedDate',
    header: 'Last modified',
    cell: (info) => <DateTime value={info.getValue()} />,
  }),
  helper.display({
    id: 'activities',
    header: 'Activities',
    enableSorting: false,
    cell: (info) => <ActivitiesCell summary={info.row.original} />,
  }),
]);
