// Column definitions of the Cases table (TanStack Table). Column ids of sortable columns are the
// lookup's `$sort` names (D6), so table sorting state maps 1:1 onto the URL.
import {
  createColumnHelper,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { Locale } from 'date-fns';
import type { ReactNode } from 'react';
import { dateTimeElement } from '../../../components/date-time';
import { valueBadgeElement } from '../../../components/value-badge';
import { t, useT, type MessageId } from '../../../lib/i18n';
import type { CaseSummary } from '../api/case-schemas';
import { SORT_FIELDS, type SortField } from '../search-state';
import { paneLinkProps, type PaneLinks } from './pane-links';

export const caseTableFeatures = tableFeatures({
  rowSortingFeature,
  columnMeta: metaHelper<CaseColumnMeta>(),
});
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

/** What a row hands to the renderers of its cells (read once per row, not once per cell). */
export interface CaseCellContext {
  dateLocale: Locale | undefined;
  links: PaneLinks;
}

interface CaseColumnMeta {
  /**
   * The cell's content: plain elements, no component of its own. 75 rows of eight cells rendered
   * as components (TanStack's FlexRender, the cell function, the badge, the link, ...) were about
   * 2,500 React components per page; `CaseRow` calls these and renders its eight cells itself.
   */
  renderCell: (summary: CaseSummary, context: CaseCellContext) => ReactNode;
}

function customerCell(summary: CaseSummary, { links }: CaseCellContext): ReactNode {
  const customer = summary.customer;
  if (!customer?.id) {
    return customer?.name ? (
      customer.name
    ) : (
      <span className="muted">{t('cases.unknownCustomer')}</span>
    );
  }
  return (
    <a {...paneLinkProps(links, { kind: 'customer', id: customer.id })}>
      {customer.name || t('cases.customerFallback', { id: customer.id })}
    </a>
  );
}

function activitiesCell(summary: CaseSummary, { links }: CaseCellContext): ReactNode {
  return (
    // The visible word starts the accessible name (WCAG 2.5.3), the case id makes it unique.
    <a
      {...paneLinkProps(links, { kind: 'activities', caseId: summary.id, page: 1 })}
      className="activities-link"
      aria-label={t('cases.activitiesFor', { id: summary.id })}
    >
      {t('cases.activitiesLink')}
    </a>
  );
}

/** Text that may be cut with an ellipsis: the whole of it shows on hover. */
function clippedText(text: string): ReactNode {
  return <span title={text}>{text}</span>;
}

export const caseColumns = helper.columns([
  helper.accessor('id', {
    id: 'id',
    header: () => <HeaderText id="id" />,
    meta: { renderCell: (summary) => summary.id },
  }),
  helper.accessor('subject', {
    id: 'subject',
    header: () => <HeaderText id="subject" />,
    // Long subjects end in an ellipsis; the whole text stays in the cell and shows on hover.
    meta: { renderCell: (summary) => clippedText(summary.subject) },
  }),
  helper.display({
    id: 'customer',
    header: () => <HeaderText id="customer" />,
    enableSorting: false,
    meta: { renderCell: customerCell },
  }),
  helper.accessor((row) => row.status, {
    id: 'status',
    header: () => <HeaderText id="status" />,
    meta: { renderCell: (summary) => valueBadgeElement('status', summary.status) },
  }),
  helper.accessor((row) => row.severity, {
    id: 'severity',
    header: () => <HeaderText id="severity" />,
    meta: { renderCell: (summary) => valueBadgeElement('severity', summary.severity) },
  }),
  helper.accessor((row) => row.department?.name ?? '', {
    id: 'department',
    header: () => <HeaderText id="department" />,
    meta: { renderCell: (summary) => clippedText(summary.department?.name ?? '') },
  }),
  helper.accessor((row) => row.lastModified?.date, {
    id: 'lastModifiedDate',
    header: () => <HeaderText id="lastModifiedDate" />,
    meta: {
      renderCell: (summary, { dateLocale }) =>
        dateTimeElement(summary.lastModified?.date, dateLocale),
    },
  }),
  helper.display({
    id: 'activities',
    header: () => <HeaderText id="activities" />,
    enableSorting: false,
    meta: { renderCell: activitiesCell },
  }),
]);
