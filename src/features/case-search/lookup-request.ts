// STUB (to be replaced): builds the lookup body and query parameters from the URL state.
import type { Criteria, SearchState } from './search-state';

export type LookupBody = Record<string, string | { name: string; value: string }>;
export type LookupQuery = Record<string, string>;

export function buildLookupBody(criteria: Criteria): LookupBody {
  const body: LookupBody = {};
  if (criteria.email) body.email = criteria.email.trim();
  if (criteria.department) body.department = criteria.department.trim();
  return body;
}

export function buildLookupQuery(state: Pick<SearchState, 'page' | 'pageSize' | 'sort'>): LookupQuery {
  const query: LookupQuery = { $pagenum: String(state.page), $pagesize: String(state.pageSize) };
  if (state.sort) {
    query.$sort = state.sort.field;
    query.$order = state.sort.order;
  }
  return query;
}
