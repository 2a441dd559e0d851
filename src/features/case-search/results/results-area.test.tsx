// The results area as people meet it: driven by the URL fragment, the network mocked with msw
// (never fetch or the modules under test), a fresh QueryClient without retries per test.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildLookupBody } from '../lookup-body';
import { useSearchState } from '../search-state';
import { ResultsArea } from './results-area';

const API = 'http://localhost:3000/system/ws';

interface FakeCase {
  id: string;
  subject: string;
  customerId: string;
  customerName: string;
}

const allCases: FakeCase[] = Array.from({ length: 60 }, (_, i) => ({
  id: String(1000 + i),
  subject:
    i === 0
      ? 'Charging is too slow [#1000]'
      : `Subject ${String.fromCharCode(90 - (i % 26))} [#${1000 + i}]`,
  customerId: i === 0 ? '1000' : String(2000 + i),
  customerName: i === 0 ? 'John Russel Tierney' : `Customer ${2000 + i}`,
}));

const wire = (c: FakeCase) => ({
  link: [{ rel: 'self', href: `/system/ws/v20/interaction/case/${c.id}` }],
  activities: {
    link: [{ rel: 'activity', href: `/system/ws/v20/interaction/activity?case=${c.id}` }],
  },
  department: { name: 'Service', id: '999' },
  status: { value: 'open', displayValue: 'Open' },
  lastModified: { user: { name: 'Frank', id: '1012' }, date: '2021-08-25T13:18:25.000Z' },
  customer: {
    link: [{ rel: 'customer', href: `/system/ws/v20/interaction/customer/${c.customerId}` }],
    customerName: c.customerName,
    id: c.customerId,
  },
  severity: { value: 'medium', displayValue: 'Medium' },
  subject: c.subject,
  id: c.id,
});

interface Seen {
  body: unknown;
  query: Record<string, string>;
}
let lookups: Seen[] = [];
/** Overrides the `count` the fake server reports (to test D1 robustness). */
let reportedCount: number | undefined;

/** The fake lookup: department-wide cases, sorted by subject on request, 204 past the end. */
async function answerLookup(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const body: unknown = await request.json();
  const query = Object.fromEntries(url.searchParams);
  lookups.push({ body, query });
  if (JSON.stringify(body).includes('nobody@example.com'))
    return new HttpResponse(null, { status: 204 });
  const page = Number(query.$pagenum ?? 1);
  const size = Number(query.$pagesize ?? 25);
  let rows = [...allCases];
  if (query.$sort === 'subject') rows.sort((a, b) => a.subject.localeCompare(b.subject));
  if (query.$order === 'desc') rows.reverse();
  rows = rows.slice((page - 1) * size, page * size);
  if (rows.length === 0) return new HttpResponse(null, { status: 204 });
  return HttpResponse.json({
    case: rows.map(wire),
    paginationInfo: { count: reportedCount ?? allCases.length, pagenum: page, pagesize: size },
  });
}

const LOOKUP_URL = `${API}/v20/interaction/case/lookup`;
const lookupHandler = http.post(LOOKUP_URL, ({ request }) => answerLookup(request));

const customerHandler = http.get(`${API}/v20/interaction/customer/:id`, ({ params }) =>
  HttpResponse.json({
    customer: [
      {
        id: params.id,
        customerName: 'John Russel Tierney',
        department: { name: 'Service', id: '999' },
        type: { value: 'individual', displayValue: 'Individual' },
        contactPersons: {
          contactPerson: [
            {
              id: '1001',
              firstName: 'John',
              lastName: 'Tierney',
              contactPoints: {
                contactPoint: [
                  {
                    id: '1038',
                    type: { value: 'email', email: { emailAddress: 'jhenry@customer.com' } },
                  },
                  {
                    id: '1039',
                    type: { value: 'phone', phone: { phoneNo: '4082229898', countryCode: '1' } },
                  },
                ],
              },
            },
          ],
        },
      },
    ],
  }),
);

const activitiesHandler = http.get(`${API}/v20/interaction/activity`, ({ request }) => {
  const url = new URL(request.url);
  const page = Number(url.searchParams.get('$pagenum') ?? 1);
  const size = Number(url.searchParams.get('$pagesize') ?? 25);
  const total = 12;
  const ids = Array.from({ length: total }, (_, i) => 1011 + i).slice(
    (page - 1) * size,
    page * size,
  );
  if (url.searchParams.get('case') !== '1000' || ids.length === 0)
    return new HttpResponse(null, { status: 204 });
  return HttpResponse.json({
    activity: ids.map((id) => ({
      id: String(id),
      link: { rel: 'self', href: `/system/ws/v20/interaction/activity/${id}` },
      mode: { value: 'inbound', displayValue: 'Inbound' },
      type: { value: 'email', displayValue: 'Email' },
      status: { value: 'completed', displayValue: 'Completed' },
      subject: `Activity ${id}`,
      created: { date: '2021-08-24T09:02:11.000Z' },
    })),
    paginationInfo: { count: total, pagenum: page, pagesize: size },
  });
});

const server = setupServer(lookupHandler, customerHandler, activitiesHandler);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  lookups = [];
  reportedCount = undefined;
  window.localStorage.clear();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

function Harness() {
  const { state, update } = useSearchState();
  return (
    <main id="main" tabIndex={-1}>
      <ResultsArea state={state} update={update} body={buildLookupBody(state.criteria, 'UTC')} />
    </main>
  );
}

function renderAt(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <Harness />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

/** The panes are lazy chunks: the first import can take a while on a busy machine. */
const LAZY = { timeout: 5000 };
const hashParams = () => new URLSearchParams(window.location.hash.slice(1));
const status = () => screen.getByRole('status');
const pagination = () => screen.getByRole('navigation', { name: 'Pagination' });
const casesTable = () => screen.findByRole('table', { name: 'Cases' });
const firstCaseIds = () =>
  within(screen.getByRole('table', { name: 'Cases' }))
    .getAllByRole('row')
    .slice(1, 4)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('ResultsArea', () => {
  it('renders only an empty status region without criteria', () => {
    renderAt('');
    expect(status()).toBeEmptyDOMElement();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(lookups).toHaveLength(0);
  });

  it('shows chips, the table, the range and the page position, and pages forward', async () => {
    const user = renderAt('#department=Service');
    const table = await casesTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual([
      'Case ID',
      'Subject',
      'Customer',
      'Status',
      'Severity',
      'Department',
      'Last modified',
      'Activities',
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    expect(within(table).getByRole('link', { name: 'John Russel Tierney' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Activities for case 1000' })).toHaveAttribute(
      'href',
      '#department=Service&pane=activities%3A1000',
    );
    expect(within(table).getAllByText('Open')[0]).toHaveClass('badge');
    const time = within(table).getAllByText(/2021/)[0];
    expect(time).toHaveAttribute('datetime', '2021-08-25T13:18:25.000Z');
    expect(time).toHaveAttribute('title', '2021-08-25T13:18:25.000Z');
    expect(time).toHaveAttribute('tabindex', '0');

    expect(screen.getByRole('list', { name: 'Active filters' })).toHaveTextContent(
      'Department: Service',
    );
    expect(status()).toHaveTextContent('Showing 1–25 of 60 cases');
    expect(pagination()).toHaveTextContent('Page 1 of 3');
    expect(within(pagination()).getByRole('button', { name: 'Previous page' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    // The next page is loaded in the background once the first has arrived.
    await waitFor(() => expect(lookups.map((l) => l.query.$pagenum)).toEqual(['1', '2']));
    await user.click(within(pagination()).getByRole('button', { name: 'Next page' }));
    expect(hashParams().get('page')).toBe('2');
    await waitFor(() => expect(status()).toHaveTextContent('Showing 26–50 of 60 cases'));
    expect(pagination()).toHaveTextContent('Page 2 of 3');

    await user.click(within(pagination()).getByRole('button', { name: 'Last page' }));
    await waitFor(() => expect(status()).toHaveTextContent('Showing 51–60 of 60 cases'));
    expect(within(pagination()).getByRole('button', { name: 'Next page' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(pagination()).getByRole('button', { name: 'Last page' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('stops on a short page even when count promises more (D1)', async () => {
    reportedCount = 312;
    const user = renderAt('#department=Service&page=2&size=50');
    await casesTable();
    await waitFor(() => expect(status()).toHaveTextContent('Showing 51–60 of 60 cases'));
    expect(pagination()).toHaveTextContent('Page 2 of 2');
    expect(within(pagination()).getByRole('button', { name: 'Next page' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(within(pagination()).getByRole('button', { name: 'Next page' }));
    expect(hashParams().get('page')).toBe('2');
  });

  it('keeps the previous rows visible and marks the table busy while a page loads', async () => {
    const user = renderAt('#department=Service');
    await casesTable();
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post(LOOKUP_URL, async ({ request }) => {
        if (new URL(request.url).searchParams.get('$pagesize') === '50') await gate;
        return answerLookup(request);
      }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(hashParams().get('size')).toBe('50');
    expect(window.localStorage.getItem('egain.pageSize')).toBe('50');
    const table = screen.getByRole('table', { name: 'Cases' });
    expect(table).toHaveAttribute('aria-busy', 'true');
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    release();
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(51));
    expect(table).toHaveAttribute('aria-busy', 'false');
  });

  it('says which criteria matched nothing when the server answers 204', async () => {
    renderAt('#email=nobody%40example.com');
    await waitFor(() =>
      expect(status()).toHaveTextContent('No cases match Email: nobody@example.com.'),
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).not.toBeInTheDocument();
  });

  it('removing a chip re-runs the search without it and keeps focus on the chips', async () => {
    const user = renderAt('#email=nobody%40example.com&department=Service');
    await waitFor(() => expect(status()).toHaveTextContent('No cases match'));
    await user.click(screen.getByRole('button', { name: 'Remove Email filter' }));
    expect(hashParams().get('email')).toBeNull();
    expect(hashParams().get('department')).toBe('Service');
    await casesTable();
    expect(lookups.at(-1)?.body).toEqual({ department: 'Service' });
    expect(screen.getByRole('button', { name: 'Remove Department filter' })).toHaveFocus();
  });

  it('sorts on the server through the URL, ascending first, and flips on the second click', async () => {
    const user = renderAt('#department=Service&page=2');
    await casesTable();
    const idHeader = screen.getByRole('columnheader', { name: /Case ID/ });
    expect(idHeader).toHaveAttribute('aria-sort', 'ascending');
    const subjectHeader = screen.getByRole('columnheader', { name: /Subject/ });
    expect(subjectHeader).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: 'Customer' })).not.toHaveAttribute('aria-sort');

    await user.click(within(subjectHeader).getByRole('button', { name: /Subject/ }));
    expect(hashParams().get('sort')).toBe('subject');
    expect(hashParams().get('order')).toBe('asc');
    expect(hashParams().get('page')).toBeNull();
    await waitFor(() => expect(firstCaseIds()).toEqual(['1000', '1025', '1051']));
    expect(subjectHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(idHeader).toHaveAttribute('aria-sort', 'none');
    expect(lookups.find((l) => l.query.$sort === 'subject')?.query).toMatchObject({
      $sort: 'subject',
      $order: 'asc',
      $pagenum: '1',
    });

    await user.click(within(subjectHeader).getByRole('button', { name: /Subject/ }));
    expect(hashParams().get('order')).toBe('desc');
    await waitFor(() => expect(subjectHeader).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(firstCaseIds()).toEqual(['1052', '1026', '1053']));
  });

  it('shows a 400-102 sort rejection and returns to the default order', async () => {
    server.use(
      http.post(LOOKUP_URL, ({ request }) =>
        new URL(request.url).searchParams.has('$sort')
          ? HttpResponse.json(
              {
                code: '400-102',
                developerMessage: "Unsupported value for query parameter '$sort'.",
              },
              { status: 400 },
            )
          : answerLookup(request),
      ),
    );
    renderAt('#department=Service&sort=severity&order=desc');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('400-102');
    expect(alert).toHaveTextContent("Unsupported value for query parameter '$sort'.");
    await waitFor(() => expect(hashParams().get('sort')).toBeNull());
    await casesTable();
    expect(screen.getByRole('columnheader', { name: /Case ID/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('400-102');
  });

  it('retries once in the default order on any other 400 to a sorted lookup', async () => {
    server.use(
      http.post(LOOKUP_URL, ({ request }) =>
        new URL(request.url).searchParams.has('$sort')
          ? HttpResponse.json({ message: 'Sorting is not available.' }, { status: 400 })
          : answerLookup(request),
      ),
    );
    renderAt('#department=Service&sort=subject&order=asc');
    await waitFor(() => expect(hashParams().get('sort')).toBeNull());
    await casesTable();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('sent again in the default order');
    expect(alert).toHaveTextContent('Sorting is not available.');
  });

  it('shows the error, not the sort notice, when the unsorted lookup fails too', async () => {
    server.use(
      http.post(LOOKUP_URL, () =>
        HttpResponse.json(
          { code: '400-152', developerMessage: "Invalid value for 'department'." },
          { status: 400 },
        ),
      ),
    );
    renderAt('#department=Service&sort=subject&order=asc');
    await waitFor(() => expect(hashParams().get('sort')).toBeNull());
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('The cases could not be loaded'),
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent('400-152');
  });

  it('shows an error with Retry and keeps the previous page on screen', async () => {
    let failing = true;
    server.use(
      http.post(LOOKUP_URL, ({ request }) => {
        if (new URL(request.url).searchParams.get('$pagenum') === '2' && failing) {
          return HttpResponse.json(
            { code: '500-100', developerMessage: 'System is unable to process this request.' },
            { status: 500 },
          );
        }
        return answerLookup(request);
      }),
    );
    const user = renderAt('#department=Service');
    await casesTable();
    await user.click(within(pagination()).getByRole('button', { name: 'Next page' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('500-100');
    expect(alert).toHaveTextContent('System is unable to process this request.');
    expect(firstCaseIds()[0]).toBe('1000');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(status()).toHaveTextContent('Showing 26–50 of 60 cases'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('detail panes', () => {
  it('opens the customer pane from its link, closes it with Escape and returns focus', async () => {
    const user = renderAt('#department=Service');
    const table = await casesTable();
    const link = within(table).getByRole('link', { name: 'John Russel Tierney' });
    await user.click(link);
    expect(hashParams().get('pane')).toBe('customer:1000');
    const pane = await screen.findByRole('region', { name: 'Customer John Russel Tierney' }, LAZY);
    await waitFor(() => expect(within(pane).getByRole('heading', { level: 2 })).toHaveFocus());
    expect(await within(pane).findByText('jhenry@customer.com')).toBeInTheDocument();
    expect(within(pane).getByText('+1 408-222-9898')).toBeInTheDocument();
    expect(within(pane).getByText('Individual')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /^Customer/ })).not.toBeInTheDocument(),
    );
    expect(hashParams().get('pane')).toBeNull();
    expect(link).toHaveFocus();
  });

  it('"Show all cases for this customer" looks up by customer ID', async () => {
    const user = renderAt('#department=Service&pane=customer%3A1000');
    const pane = await screen.findByRole('region', { name: /^Customer/ }, LAZY);
    await user.click(
      within(pane).getByRole('button', { name: 'Show all cases for this customer' }),
    );
    expect(hashParams().get('customerId')).toBe('1000');
    expect(hashParams().get('department')).toBeNull();
    expect(hashParams().get('pane')).toBeNull();
    await waitFor(() => expect(lookups.at(-1)?.body).toEqual({ customer: '1000' }));
  });

  it('opens the activities pane with its own pagination, and Close returns focus to the matching link', async () => {
    const user = renderAt('#department=Service&pane=activities%3A1000');
    const pane = await screen.findByRole('region', { name: 'Activities for case 1000' }, LAZY);
    const activities = await within(pane).findByRole('table', { name: 'Activities' });
    expect(
      within(activities)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Activity ID', 'Type', 'Mode', 'Status', 'Subject', 'Created']);
    expect(within(activities).getAllByRole('row')).toHaveLength(11);
    const nav = within(pane).getByRole('navigation', { name: 'Activities pagination' });
    expect(nav).toHaveTextContent('Page 1 of 2');
    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(hashParams().get('apage')).toBe('2');
    await waitFor(() => expect(within(pane).getAllByRole('row')).toHaveLength(3));
    expect(nav).toHaveTextContent('Page 2 of 2');

    await user.click(within(pane).getByRole('button', { name: 'Close' }));
    expect(hashParams().get('pane')).toBeNull();
    expect(hashParams().get('apage')).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Activities for case 1000' })).toHaveFocus(),
    );
  });

  it('shows "No activities" on 204', async () => {
    renderAt('#department=Service&pane=activities%3A1001');
    const pane = await screen.findByRole('region', { name: 'Activities for case 1001' }, LAZY);
    expect(await within(pane).findByText('No activities')).toBeInTheDocument();
    expect(within(pane).queryByRole('table')).not.toBeInTheDocument();
  });
});
