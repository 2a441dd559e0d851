// The Cases table on its own: the cells each row renders itself, its pane links, and which
// elements survive a change of rows.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseSummary } from '../api/case-schemas';
import { CasesTable } from './cases-table';
import type { PaneLinks } from './pane-links';

afterEach(cleanup);

const summary = (id: string, customer?: CaseSummary['customer']): CaseSummary => ({
  id,
  subject: `Subject of ${id}`,
  links: [],
  activityLinks: [],
  department: { id: '999', name: 'Service' },
  status: { value: 'open', displayValue: 'Open' },
  severity: undefined,
  lastModified: { date: '2021-08-25T13:18:25.000Z' },
  customer: customer ?? { id: `c${id}`, name: `Customer ${id}`, links: [] },
});

interface Pages {
  cases: CaseSummary[];
  next?: CaseSummary[];
}

function renderTable(cases: CaseSummary[], open: PaneLinks['open'] = vi.fn()) {
  const table = ({ cases: rows, next }: Pages, page: number) => (
    <>
      <h2 id="heading">Cases</h2>
      <CasesTable
        cases={rows}
        nextCases={next}
        linkBase={`department=Service&page=${page}`}
        nextLinkBase={`department=Service&page=${page + 1}`}
        onOpenPane={open}
        sort={undefined}
        onSort={vi.fn()}
        labelledBy="heading"
        busy={false}
      />
    </>
  );
  const view = render(table({ cases }, 1));
  return {
    rerender: (pages: CaseSummary[] | Pages, page = 1) =>
      view.rerender(table(Array.isArray(pages) ? { cases: pages } : pages, page)),
  };
}

const body = () =>
  screen.getByRole('table', { name: 'Cases' }).querySelector('tbody:not([hidden])');
const hiddenBody = () =>
  screen.getByRole('table', { name: 'Cases' }).querySelector('tbody[hidden]');
const row = (id: string) => screen.getByRole('cell', { name: id }).closest('tr');

describe('CasesTable', () => {
  it('writes every cell of a case: text, links to both panes, badges, the date and not-set values', () => {
    renderTable([summary('1000'), summary('1001', { name: 'Walk-in', links: [] })]);
    const first = within(row('1000') ?? document.body);
    expect(first.getByText('Subject of 1000')).toHaveAttribute('title', 'Subject of 1000');
    expect(first.getByRole('link', { name: 'Customer 1000' })).toHaveAttribute(
      'href',
      '#department=Service&page=1&pane=customer%3Ac1000',
    );
    expect(first.getByRole('link', { name: 'Activities for case 1000' })).toHaveAttribute(
      'href',
      '#department=Service&page=1&pane=activities%3A1000',
    );
    expect(first.getByText('Open')).toHaveClass('badge', 'badge-status', 'badge-status-open');
    expect(first.getByText('Not set')).toBeInTheDocument();
    expect(first.getByText('Aug 25, 2021, 1:18 PM')).toHaveAttribute(
      'datetime',
      '2021-08-25T13:18:25.000Z',
    );
    // A customer without an id has no pane to open: its name is plain text.
    const second = within(row('1001') ?? document.body);
    expect(second.getByText('Walk-in')).not.toHaveAttribute('href');
    expect(second.queryByRole('link', { name: 'Walk-in' })).toBeNull();
  });

  it('opens a pane on a plain click and leaves a modified click to the browser', () => {
    const open = vi.fn();
    renderTable([summary('1000')], open);
    const link = screen.getByRole('link', { name: 'Customer 1000' });
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(open).not.toHaveBeenCalled();
    expect(fireEvent.click(link)).toBe(false);
    expect(open).toHaveBeenCalledWith({ kind: 'customer', id: 'c1000' }, link);
  });

  it('keeps the rows’ elements when the new page shares rows, and swaps the body when it shares none', () => {
    const { rerender } = renderTable([summary('1000'), summary('1001')]);
    const firstBody = body();
    const rowOf1000 = row('1000');

    // A re-sort: the same cases in another order keep their elements (and focus within them).
    rerender([summary('1001'), summary('1000')]);
    expect(body()).toBe(firstBody);
    expect(row('1000')).toBe(rowOf1000);

    // Another page: not one row in common, so one new body replaces the old one.
    rerender([summary('1002'), summary('1003')]);
    expect(body()).not.toBe(firstBody);
    expect(screen.queryByRole('cell', { name: '1000' })).toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('renders the next page ahead in a hidden body, and Next page shows that body as it is', () => {
    const page1 = [summary('1000'), summary('1001')];
    const page2 = [summary('1002'), summary('1003')];
    const page3 = [summary('1004'), summary('1005')];
    const { rerender } = renderTable(page1);
    rerender({ cases: page1, next: page2 });

    // Hidden: no row, cell or link of page 2 is in the accessibility tree.
    const ahead = hiddenBody();
    expect(ahead).not.toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('cell', { name: '1002' })).toBeNull();
    // Its links already point at page 2, where they will be shown.
    expect(ahead?.querySelector('a[data-pane-link="customer:c1002"]')).toHaveAttribute(
      'href',
      '#department=Service&page=2&pane=customer%3Ac1002',
    );
    const rowOf1002 = ahead?.querySelector('tr[data-row-id="1002"]');

    // Next page: the same body and rows come on screen, page 1 goes, page 3 is rendered ahead.
    rerender({ cases: page2, next: page3 }, 2);
    expect(body()).toBe(ahead);
    expect(body()).not.toHaveAttribute('hidden');
    expect(row('1002')).toBe(rowOf1002);
    expect(screen.getByRole('link', { name: 'Customer 1002' })).toHaveAttribute(
      'href',
      '#department=Service&page=2&pane=customer%3Ac1002',
    );
    expect(screen.queryByRole('cell', { name: '1000' })).toBeNull();
    expect(hiddenBody()?.querySelector('tr[data-row-id="1004"]')).not.toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(3);

    // Previous page (not rendered ahead): a new body; page 2's body becomes the hidden next one.
    const shownBody = body();
    rerender({ cases: [summary('1000'), summary('1001')], next: page2 }, 1);
    expect(hiddenBody()).toBe(shownBody);
    expect(screen.getByRole('cell', { name: '1000' })).toBeInTheDocument();
    expect(screen.queryByRole('cell', { name: '1002' })).toBeNull();
  });
});
