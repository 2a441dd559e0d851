// The Activities table of the activities pane (TanStack Table; the server decides the order).
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { DateTime } from '../../components/date-time';
import { ValueBadge } from '../../components/value-badge';
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

const columns = helper.columns([
  helper.accessor('id', { header: 'Activity ID', cell: (info) => info.getValue() }),
  helper.accessor('type', {
    header: 'Type',
    cell: (info) => <WithDetail kind="type" value={info.getValue()} />,
  }),
  helper.accessor('mode', { header: 'Mode', cell: (info) => info.getValue()?.displayValue ?? '—' }),
  helper.accessor('status', {
    header: 'Status',
    cell: (info) => <WithDetail kind="activity-status" value={info.getValue()} />,
  }),
  helper.accessor('subject', { header: 'Subject', cell: (info) => info.getValue() }),
  helper.accessor('created', {
    header: 'Created',
    cell: (info) => <DateTime value={info.getValue()} />,
  }),
]);

export function ActivitiesTable({ activities }: { activities: ActivitySummary[] }) {
  const table = useTable({ features, columns, data: activities, getRowId: (row) => row.id });
  return (
    <table className="data-table activities-table" aria-label="Activities">
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
