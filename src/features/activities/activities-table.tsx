// The Activities table of the activities pane (TanStack Table; the server decides the order).
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { DateTime } from '../../components/date-time';
import { ValueBadge, notSetElement } from '../../components/value-badge';
import { useT, type MessageId } from '../../lib/i18n';
import type { DisplayValue } from '../../lib/response-schemas';
import type { ActivitySummary } from './api/activity-schemas';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, ActivitySummary>();

function WithDetail({
  kind,
  value,
}: {
  kind: string;
  value: (DisplayValue & { detail: DisplayValue | undefined }) | undefined;
}) {
  return (
    <>
      <ValueBadge kind={kind} value={value} />
      {value?.detail?.displayValue ? (
        <span className="value-detail"> {value.detail.displayValue}</span>
      ) : null}
    </>
  );
}

function HeaderText({ id }: { id: MessageId }) {
  return <>{useT()(id)}</>;
}

const columns = helper.columns([
  helper.accessor('id', {
    header: () => <HeaderText id={'activities.column.id'} />,
    cell: (info) => info.getValue(),
  }),
  helper.accessor('type', {
    header: () => <HeaderText id={'activities.column.type'} />,
    cell: (info) => <WithDetail kind="type" value={info.getValue()} />,
  }),
  helper.accessor('mode', {
    header: () => <HeaderText id={'activities.column.mode'} />,
    cell: (info) => info.getValue()?.displayValue ?? notSetElement(),
  }),
  helper.accessor('status', {
    header: () => <HeaderText id={'activities.column.status'} />,
    cell: (info) => <WithDetail kind="activity-status" value={info.getValue()} />,
  }),
  helper.accessor('subject', {
    header: () => <HeaderText id={'activities.column.subject'} />,
    cell: (info) => info.getValue(),
  }),
  helper.accessor('created', {
    header: () => <HeaderText id={'activities.column.created'} />,
    cell: (info) => <DateTime value={info.getValue()} />,
  }),
]);

export function ActivitiesTable({ activities }: { activities: ActivitySummary[] }) {
  const t = useT();
  const table = useTable({ features, columns, data: activities, getRowId: (row) => row.id });
  return (
    <table className="data-table activities-table" aria-label={t('activities.table')}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col">
                <table.FlexRender header={header} />
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getAllCells().map((cell) => (
              <td key={cell.id}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
