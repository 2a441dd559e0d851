// Column definitions of the Cases table (TanStack Table). Column ids of sortable columns are the
// lookup's `$sort` names (D6), so table sorting state maps 1:1 onto the URL.
import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import { DateTime } from '../../../components/date-time';
import { ValueBadge } from '../../../components/value-badge';
import { useT, type MessageId } from '../../../lib/i18n';
import type { CaseSummary } from '../api/case-schemas';
import { SORT_FIELDS, type SortField } from '../search-state';
import { PaneLink } from './pane-links';

export const caseTableFeatures = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof caseTableFeatures, CaseSummary>();

export function isSortField(id: string): id is SortField {
  return SORT_FIELDS.some((field) => field === id);
}

/** The header of each column, by column id (the export writes the same words). */
export const CASE_COLUMN_LABELS = {
  id: 'cases.column.id',
  subject: 'cases.column.subject',
  customer: 'cases.column.customer',
  status: 'cases.column.status',
  severity: 'cases.column.severity',
  department: 'cases.column.department',
  lastModifiedDate: 'cases.column.lastModified',
  activities: 'cases.column.activities',
} as const satisfies Record<string, MessageId>;

function HeaderText({ id }: { id: keyof typeof CASE_COLUMN_LABELS }) {
  return <>{useT()(CASE_COLUMN_LABELS[id])}</>;
}

function CustomerCell({ summary }: { summary: CaseSummary }) {
  const t = useT();
  const customer = summary.customer;
  if (!customer?.id) {
    return customer?.name ? (
      <>{customer.name}</>
    ) : (
      <span className="muted">{t('cases.unknownCustomer')}</span>
    );
  }
  return (
    <PaneLink pane={{ kind: 'customer', id: customer.id }}>
      {customer.name || t('cases.customerFallback', { id: customer.id })}
    </PaneLink>
  );
}

function ActivitiesCell({ summary }: { summary: CaseSummary }) {
  const t = useT();
  return (
    // The visible word starts the accessible name (WCAG 2.5.3), the case id makes it unique.
    <PaneLink
      pane={{ kind: 'activities', caseId: summary.id, page: 1 }}
      className="activities-link"
      label={t('cases.activitiesFor', { id: summary.id })}
    >
      {t('cases.activitiesLink')}
    </PaneLink>
  );
}

export const caseColumns = helper.columns([
  helper.accessor('id', {
    id: 'id',
    header: () => <HeaderText id="id" />,
    cell: (info) => info.getValue(),
  }),
  helper.accessor('subject', {
    id: 'subject',
    header: () => <HeaderText id="subject" />,
    // Long subjects end in an ellipsis; the whole text stays in the cell and shows on hover.
    cell: (info) => <span title={info.getValue()}>{info.getValue()}</span>,
  }),
  helper.display({
    id: 'customer',
    header: () => <HeaderText id="customer" />,
    enableSorting: false,
    cell: (info) => <CustomerCell summary={info.row.original} />,
  }),
  helper.accessor((row) => row.status, {
    id: 'status',
    header: () => <HeaderText id="status" />,
    cell: (info) => <ValueBadge kind="status" value={info.getValue()} />,
  }),
  helper.accessor((row) => row.severity, {
    id: 'severity',
    header: () => <HeaderText id="severity" />,
    cell: (info) => <ValueBadge kind="severity" value={info.getValue()} />,
  }),
  helper.accessor((row) => row.department?.name ?? '', {
    id: 'department',
    header: () => <HeaderText id="department" />,
    cell: (info) => <span title={info.getValue()}>{info.getValue()}</span>,
  }),
  helper.accessor((row) => row.lastModified?.date, {
    id: 'lastModifiedDate',
    header: () => <HeaderText id="lastModifiedDate" />,
    cell: (info) => <DateTime value={info.getValue()} />,
  }),
  helper.display({
    id: 'activities',
    header: () => <HeaderText id="activities" />,
    enableSorting: false,
    cell: (info) => <ActivitiesCell summary={info.row.original} />,
  }),
]);
