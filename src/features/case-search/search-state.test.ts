import { describe, expect, it } from 'vitest';
import { serializeSearchState, withPane, type Pane, type SearchState } from './search-state';

const state: Omit<SearchState, 'hasCriteria'> = {
  criteria: { department: 'Sales & Service', email: 'a+b@example.com' },
  page: 3,
  pageSize: 75,
  sort: { field: 'lastModifiedDate', order: 'desc' },
  pane: undefined,
};

const panes: Pane[] = [
  { kind: 'customer', id: '1001' },
  { kind: 'activities', caseId: '1002', page: 1 },
  { kind: 'activities', caseId: '1002', page: 4 },
];

describe('withPane', () => {
  it('gives the same fragment as serialising the state with the pane', () => {
    const base = serializeSearchState(state).toString();
    for (const pane of panes)
      expect(withPane(base, pane)).toBe(serializeSearchState({ ...state, pane }).toString());
  });

  it('works from an empty state', () => {
    const empty = {
      criteria: {},
      page: 1,
      pageSize: 25,
      sort: undefined,
      pane: undefined,
    } as const;
    expect(withPane('', panes[0]!)).toBe('pane=customer%3A1001');
    expect(withPane('', panes[2]!)).toBe(
      serializeSearchState({ ...empty, pane: panes[2] }).toString(),
    );
  });
});
