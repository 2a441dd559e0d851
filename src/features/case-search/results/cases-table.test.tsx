// The Cases table on its own: the cells each row renders itself, its pane links, and which
// elements survive a change of rows.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseSummary } from '../api/case-schemas';
import type { Pane } from '../search-state';
import { CasesTable } from './cases-table';
import { PaneLinksContext, paneKey, type PaneLinks } from './pane-links';

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

function renderTable(cases: CaseSummary[], open: PaneLinks['open'] = vi.fn()) {
  const links: PaneLinks = { href: (pane: Pane) => `#pane=${paneKey(pane)}`, open };
  const table = (rows: CaseSummary[]) => (
    <PaneLinksContext value={links}>
      <h2 id="heading">Cases</h2>
      <CasesTable
        cases={rows}
        sort={undefined}
        onSort={vi.fn()}
        labelledBy="heading"
        busy={false}
      />
    </PaneLinksContext>
  );
  const view = render(table(cases));
  return { rerender: (rows: CaseSummary[]) => view.rerender(table(rows)) };
}

const body = () => screen.getByRole('table', { name: 'Cases' }).querySelector('tbody');
const row = (id: string) => screen.getByRole('cell', { name: id }).closest('tr');

describe('CasesTable', () => {
  it('writes every cell of a case: text, links to both panes, badges, the date and not-set values', () => {
    renderTable([summary('1000'), summary('1001', { name: 'Walk-in', links: [] })]);
    const first = within(row('1000') ?? document.body);
    expect(first.getByText('Subject of 1000')).toHaveAttribute('title', 'Subject of 1000');
    expect(first.getByRole('link', { name: 'Customer 1000' })).toHaveAttribute(
      'href',
      '#pane=customer:c1000',
    );
    expect(first.getByRole('link', { name: 'Activities for case 1000' })).toHaveAttribute(
      'href',
      '#pane=activities:1000',
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
});
