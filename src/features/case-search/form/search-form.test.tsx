// The search form as a user meets it: fields by role and name, the network mocked with msw.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MESSAGES, type Criteria } from '../criteria';
import { parseCriteria } from './criteria-schema';
import { SearchForm } from './search-form';

const ATTRIBUTES_URL = 'http://localhost:3000/system/ws/v12/interaction/case/attributes';
const server = setupServer(http.get(ATTRIBUTES_URL, () => new HttpResponse(null, { status: 204 })));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  // Vitest runs without globals here, so Testing Library cannot register its own cleanup.
  cleanup();
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

/** What the page hands the form for criteria from a link: the URL check's problems. */
function linkProblems(criteria: Criteria, timeZone: string) {
  if (Object.keys(criteria).length === 0) return undefined;
  const check = parseCriteria(criteria, timeZone);
  return check.ok ? undefined : check.errors;
}

function renderForm(criteria: Criteria = {}, timeZone = 'UTC') {
  const onSearch = vi.fn<(criteria: Criteria) => void>();
  const onClear = vi.fn<() => void>();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <SearchForm
        criteria={criteria}
        problems={linkProblems(criteria, timeZone)}
        onSearch={onSearch}
        onClear={onClear}
        timeZone={timeZone}
      />
    </QueryClientProvider>,
  );
  return { onSearch, onClear, user: userEvent.setup() };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });
const search = () => screen.getByRole('button', { name: 'Search' });

describe('SearchForm', () => {
  it('has the contract’s landmark, fields and buttons', () => {
    renderForm();
    const landmark = screen.getByRole('search', { name: 'Case search' });
    for (const name of [
      'Email',
      'Phone',
      'Customer ID',
      'Owner ID',
      'Department',
      'Custom attribute',
      'Custom value',
      'Created from',
      'Created to',
      'Last modified from',
      'Last modified to',
      'Last closed from',
      'Last closed to',
    ]) {
      expect(within(landmark).getByRole('textbox', { name })).toBeInTheDocument();
    }
    const status = within(landmark).getByRole('combobox', { name: 'Status' });
    expect(
      within(status)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any', 'Open', 'Closed']);
    expect(within(landmark).getByRole('group', { name: 'Created' })).toBeInTheDocument();
    expect(
      within(landmark).getByRole('button', { name: 'Choose Created from date' }),
    ).toBeInTheDocument();
    expect(
      within(landmark).getByRole('combobox', { name: 'Last closed presets' }),
    ).toBeInTheDocument();
    expect(within(landmark).getByText(/Times are in UTC \(UTC\+00:00\)/)).toBeInTheDocument();
    expect(within(landmark).getByRole('button', { name: 'Clear' })).toBeInTheDocument();
  });

  it('shows an alert and searches nothing when no criterion is given', async () => {
    const { user, onSearch } = renderForm();
    await user.click(search());
    expect(await screen.findByRole('alert')).toHaveTextContent(MESSAGES.noCriterion);
    expect(onSearch).not.toHaveBeenCalled();
    // Typing something makes the message obsolete.
    await user.type(textbox('Department'), 'S');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('marks invalid fields, describes them with the message, focuses the first one and sends nothing', async () => {
    const { user, onSearch } = renderForm();
    await user.type(textbox('Customer ID'), '10a0');
    await user.type(textbox('Phone'), '408-22');
    await user.type(textbox('Created to'), '2023-02-30');
    await user.click(search());

    const phone = textbox('Phone');
    await waitFor(() => expect(phone).toHaveFocus());
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(MESSAGES.phoneTooShort);
    expect(textbox('Customer ID')).toHaveAccessibleDescription(MESSAGES.customerId);
    expect(textbox('Created to')).toHaveAccessibleDescription(MESSAGES.boundImpossible);
    expect(textbox('Email')).not.toHaveAttribute('aria-invalid');
    expect(onSearch).not.toHaveBeenCalled();
  });

  it('checks again on every change once a search was tried', async () => {
    const { user, onSearch } = renderForm();
    await user.type(textbox('Email'), 'jhenry');
    await user.click(search());
    const email = textbox('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await user.type(email, '@customer.com');
    await waitFor(() => expect(email).not.toHaveAttribute('aria-invalid'));
    expect(onSearch).not.toHaveBeenCalled();
  });

  it('re-checks the range order when either bound changes', async () => {
    const { user } = renderForm();
    await user.type(textbox('Created from'), '2024-03-11');
    await user.type(textbox('Created to'), '2024-03-10');
    await user.click(search());
    const to = textbox('Created to');
    await waitFor(() =>
      expect(to).toHaveAccessibleDescription(/Created to is before Created from/),
    );
    await user.clear(textbox('Created from'));
    await user.type(textbox('Created from'), '2024-03-09');
    await waitFor(() => expect(to).not.toHaveAttribute('aria-invalid'));
  });

  it('wants the custom attribute and its value together', async () => {
    const { user, onSearch } = renderForm();
    await user.type(textbox('Custom attribute'), 'region');
    await user.click(search());
    const value = textbox('Custom value');
    await waitFor(() => expect(value).toHaveFocus());
    expect(value).toHaveAccessibleDescription(MESSAGES.customValueMissing);
    await user.type(value, 'EMEA');
    await user.click(search());
    await waitFor(() =>
      expect(onSearch).toHaveBeenCalledWith({ customName: 'region', customValue: 'EMEA' }),
    );
  });

  it('hands valid criteria over trimmed, with phone and dates as typed', async () => {
    const { user, onSearch } = renderForm();
    await user.type(textbox('Email'), '  jhenry@customer.com ');
    await user.type(textbox('Phone'), '408-222-9898');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Open');
    await user.type(textbox('Created from'), '2024-03-10');
    await user.click(search());
    await waitFor(() =>
      expect(onSearch).toHaveBeenCalledWith({
        email: 'jhenry@customer.com',
        phone: '408-222-9898',
        status: 'open',
        createdFrom: '2024-03-10',
      }),
    );
  });

  it('fills both bounds from a preset, in the form’s time zone', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-03-10T03:30:00Z'));
    const { user } = renderForm({}, 'America/New_York');
    const presets = screen.getByRole('combobox', { name: 'Created presets' });
    await user.selectOptions(presets, 'Last 7 days');
    expect(textbox('Created from')).toHaveValue('2024-03-03');
    expect(textbox('Created to')).toHaveValue('2024-03-09');
    expect(presets).toHaveValue('last7');
    // Editing a bound by hand means the preset no longer describes it.
    await user.type(textbox('Created to'), 'T12:00');
    expect(presets).toHaveValue('');
  });

  it('shows the problems of criteria that came from a link, without being asked', async () => {
    const { onSearch } = renderForm({ email: 'not-an-email', createdFrom: '2024-02-30' });
    const email = textbox('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(MESSAGES.email);
    expect(textbox('Created from')).toHaveAccessibleDescription(MESSAGES.boundImpossible);
    expect(onSearch).not.toHaveBeenCalled();
  });

  it('starts from the link’s criteria and empties everything on Clear', async () => {
    const { user, onClear } = renderForm({ email: 'jhenry@customer.com', status: 'closed' });
    expect(textbox('Email')).toHaveValue('jhenry@customer.com');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('closed');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(textbox('Email')).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('');
    expect(onClear).toHaveBeenCalledOnce();
  });

  it('lists the server’s custom attributes by display name and hands over the name', async () => {
    server.use(
      http.get(ATTRIBUTES_URL, ({ request }) => {
        expect(new URL(request.url).searchParams.get('$attribute')).toBe('custom');
        return HttpResponse.json({
          attribute: [
            { name: 'customer_rating', displayName: 'Customer rating', dataType: 'Integer' },
            { name: 'region', displayName: 'Region', dataType: 'String' },
          ],
          resource: 'case',
        });
      }),
    );
    const { user, onSearch } = renderForm();
    const attribute = await screen.findByRole('combobox', { name: 'Custom attribute' });
    expect(
      within(attribute)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['None', 'Customer rating', 'Region']);
    await user.selectOptions(attribute, 'Customer rating');
    await user.type(textbox('Custom value'), '5');
    await user.click(search());
    await waitFor(() =>
      expect(onSearch).toHaveBeenCalledWith({ customName: 'customer_rating', customValue: '5' }),
    );
  });

  it('keeps a free-text attribute when the metadata call fails', async () => {
    server.use(
      http.get(ATTRIBUTES_URL, () => HttpResponse.json({ code: '404-101' }, { status: 404 })),
    );
    renderForm({ customName: 'region', customValue: 'EMEA' });
    await waitFor(() => expect(textbox('Custom attribute')).toHaveValue('region'));
    expect(screen.queryByRole('combobox', { name: 'Custom attribute' })).not.toBeInTheDocument();
  });
});
