// STUB (to be replaced): chips, cases table, pagination and the detail panes.
import type { LookupBody, LookupQuery } from '../lookup-request';
import type { SearchState } from '../search-state';

export interface ResultsAreaProps {
  state: SearchState;
  update: (change: Partial<Omit<SearchState, 'hasCriteria'>>, options?: { replace?: boolean }) => void;
  body: LookupBody;
  query: LookupQuery;
}

export function ResultsArea({ state }: ResultsAreaProps) {
  return <p role="status">{state.hasCriteria ? 'Results will appear here.' : ''}</p>;
}
