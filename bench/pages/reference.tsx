// The second reference: a minimal page as a typical peer builds it, with React, React Query and
// TanStack Table rendering the same rows from the same answer. No schema library: the same
// hand-written reader as the baseline, so the difference to it is the framework work alone.
import {
  QueryClient,
  QueryClientProvider,
  keepPreviousData,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  customerText,
  formatDate,
  lastPage,
  lookupText,
  pageSettings,
  readCustomer,
  readLookup,
  signIn,
  type Row,
} from './api.ts';

const { user, pageSize } = pageSettings();
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Row>();

function Badge({ kind, value }: { kind: string; value: Row['status'] }) {
  if (!value) return <>—</>;
  const tone = value.value.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  return <span className={`badge badge-${kind} badge-${kind}-${tone}`}>{value.text}</span>;
}

function columns(openCustomer: (id: string) => void) {
  return helper.columns([
    helper.accessor('id', { header: 'Case ID' }),
    helper.accessor('subject', { header: 'Subject' }),
    helper.display({
      id: 'customer',
      header: 'Customer',
      cell: ({ row }) =>
        row.original.customerId ? (
          <a
            href={`#customer=${row.original.customerId}`}
            onClick={(event) => {
              event.preventDefault();
              openCustomer(row.original.customerId);
            }}
          >
            {row.original.customerName || `Customer ${row.original.customerId}`}
          </a>
        ) : (
          row.original.customerName || 'Unknown customer'
        ),
    }),
    helper.accessor('status', {
      header: 'Status',
      cell: (info) => <Badge kind="status" value={info.getValue()} />,
    }),
    helper.accessor('severity', {
      header: 'Severity',
      cell: (info) => <Badge kind="severity" value={info.getValue()} />,
    }),
    helper.accessor('department', { header: 'Department' }),
    helper.accessor('lastModified', {
      header: 'Last modified',
      cell: (info) => {
        const value = info.getValue();
        return value ? <time dateTime={value}>{formatDate(value)}</time> : '—';
      },
    }),
    helper.display({
      id: 'activities',
      header: 'Activities',
      cell: ({ row }) => (
        <a
          href={`#activities=${row.original.id}`}
          aria-label={`Activities for case ${row.original.id}`}
        >
          Activities
        </a>
      ),
    }),
  ]);
}

const lookupOptions = (criterion: string, page: number) => ({
  queryKey: ['cases', criterion, page, pageSize],
  queryFn: async () => readLookup(JSON.parse(await lookupText(criterion, page, pageSize))),
});

function CustomerPane({ id }: { id: string }) {
  const customer = useQuery({
    queryKey: ['customer', id],
    queryFn: async () => readCustomer(JSON.parse(await customerText(id))),
  });
  if (!customer.data) return <p>Loading customer…</p>;
  return (
    <section className="pane" aria-labelledby="pane-heading">
      <h2 id="pane-heading">Customer {customer.data.name}</h2>
      <p>ID {customer.data.id}</p>
      <ul>
        {customer.data.lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

function Page() {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState('');
  const [criterion, setCriterion] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [customer, setCustomer] = useState<string | undefined>(undefined);
  const cases = useQuery({
    ...lookupOptions(criterion ?? '', page),
    enabled: criterion !== undefined,
    placeholderData: keepPreviousData,
  });
  const last = lastPage(cases.data?.count, pageSize);
  useEffect(() => {
    if (criterion !== undefined && cases.data && !cases.isPlaceholderData && page < last)
      void queryClient.prefetchQuery(lookupOptions(criterion, page + 1));
  }, [criterion, page, last, cases.data, cases.isPlaceholderData, queryClient]);

  const [tableColumns] = useState(() => columns(setCustomer));
  const table = useTable({
    features,
    columns: tableColumns,
    data: cases.data?.rows ?? [],
    getRowId: (row) => row.id,
  });

  return (
    <>
      <search aria-label="Case search">
        <label htmlFor="department">Department</label>
        <input id="department" value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button
          type="button"
          onClick={() => {
            setCriterion(draft.trim());
            setPage(1);
          }}
        >
          Search
        </button>
      </search>
      <p role="status">{cases.error ? cases.error.message : `Page ${page} of ${last}`}</p>
      <table>
        <caption>Cases</caption>
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
      <nav aria-label="Pagination">
        <button type="button" onClick={() => setPage((p) => p + 1)}>
          Next page
        </button>
        <button type="button" onClick={() => setPage(last)}>
          Last page
        </button>
      </nav>
      {customer !== undefined && <CustomerPane id={customer} />}
    </>
  );
}

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, staleTime: 60_000 } },
});
const root = document.getElementById('page');
signIn(user).then(
  () => {
    if (!root) return;
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <Page />
        </QueryClientProvider>
      </StrictMode>,
    );
    document.body.setAttribute('data-ready', 'true');
  },
  (error: unknown) => {
    if (root) root.textContent = String(error);
  },
);
