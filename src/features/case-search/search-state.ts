// The case-search screen's state, read from and written to the URL fragment: criteria as typed,
// page, page size, sort and the open pane. The URL drives the queries; nothing is copied into state.
// Its criteria are checked here, where the URL is read, through the form's own schema.
import { useMemo } from 'react';
import { z } from 'zod';
import {
  CASE_SORT_FIELDS,
  SORT_ORDERS,
  type CaseSortField,
  type SortOrder,
} from '../../../contract/egain';
import {
  addressBarParams,
  navigateHash,
  useHashParams,
  type NavigateOptions,
} from '../../lib/url-state';
import { CRITERIA_KEYS, type Criteria } from './criteria';
import { parseCriteria, type CriteriaCheck } from './form/criteria-schema';

export const SORT_FIELDS = CASE_SORT_FIELDS;
export type SortField = CaseSortField;
export interface Sort {
  field: SortField;
  order: SortOrder;
}

export const PAGE_SIZES = [25, 50, 75] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;
const PAGE_SIZE_KEY = 'egain.pageSize';

export type Pane =
  { kind: 'customer'; id: string } | { kind: 'activities'; caseId: string; page: number };

export interface SearchState {
  criteria: Criteria;
  /** True when at least one criterion is present, i.e. a lookup should run. */
  hasCriteria: boolean;
  page: number;
  pageSize: PageSize;
  /** Undefined means the server's default order (id ascending). */
  sort: Sort | undefined;
  pane: Pane | undefined;
}

const positiveInt = z.coerce.number().int().min(1);
const pageSizeSchema = z.coerce
  .number()
  .refine((n): n is PageSize => PAGE_SIZES.some((size) => size === n));
const sortFieldSchema = z.enum(SORT_FIELDS);
const orderSchema = z.enum(SORT_ORDERS);
const paneSchema = z
  .string()
  .regex(/^(customer|activities):\d{1,19}$/)
  .transform((value) => value.split(':'));

/** The page size remembered on this browser (not sensitive, so localStorage is fine). */
export function rememberedPageSize(): PageSize {
  try {
    const parsed = pageSizeSchema.safeParse(window.localStorage.getItem(PAGE_SIZE_KEY));
    return parsed.success ? parsed.data : DEFAULT_PAGE_SIZE;
  } catch {
    return DEFAULT_PAGE_SIZE;
  }
}

export function rememberPageSize(size: PageSize): void {
  try {
    window.localStorage.setItem(PAGE_SIZE_KEY, String(size));
  } catch {
    // Not remembered; the URL still carries it.
  }
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const criteria: Criteria = {};
  for (const key of CRITERIA_KEYS) {
    const value = params.get(key);
    if (value !== null && value.trim() !== '') criteria[key] = value;
  }
  const page = positiveInt.safeParse(params.get('page'));
  const size = pageSizeSchema.safeParse(params.get('size'));
  const sortField = sortFieldSchema.safeParse(params.get('sort'));
  const order = orderSchema.safeParse(params.get('order'));
  const pane = paneSchema.safeParse(params.get('pane'));
  const activitiesPage = positiveInt.safeParse(params.get('apage'));

  let openPane: Pane | undefined;
  if (pane.success) {
    const [kind, id = ''] = pane.data;
    openPane =
      kind === 'customer'
        ? { kind: 'customer', id }
        : {
            kind: 'activities',
            caseId: id,
            page: activitiesPage.success ? activitiesPage.data : 1,
          };
  }

  return {
    criteria,
    hasCriteria: Object.keys(criteria).length > 0,
    page: page.success ? page.data : 1,
    pageSize: size.success ? size.data : rememberedPageSize(),
    sort: sortField.success
      ? { field: sortField.data, order: order.success ? order.data : 'asc' }
      : undefined,
    pane: openPane,
  };
}

export function serializeSearchState(state: Omit<SearchState, 'hasCriteria'>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of CRITERIA_KEYS) {
    const value = state.criteria[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  if (state.sort) {
    params.set('sort', state.sort.field);
    params.set('order', state.sort.order);
  }
  if (state.pane) appendPaneParams(params, state.pane);
  return params;
}

/** The pane's parameters, always the last ones of the URL. */
function appendPaneParams(params: URLSearchParams, pane: Pane): void {
  if (pane.kind === 'customer') params.set('pane', `customer:${pane.id}`);
  if (pane.kind === 'activities') {
    params.set('pane', `activities:${pane.caseId}`);
    if (pane.page !== 1) params.set('apage', String(pane.page));
  }
}

/**
 * The fragment of `serializeSearchState({ ...state, pane })` from the state's fragment without a
 * pane (`base`): the pane's parameters come last, so they are appended to it.
 */
export function withPane(base: string, pane: Pane): string {
  const params = new URLSearchParams();
  appendPaneParams(params, pane);
  return base === '' ? params.toString() : `${base}&${params.toString()}`;
}

/**
 * The current state plus a way to change it; every change is a history entry unless `replace`.
 * `lookup` is the URL's criteria checked by the criteria schema (the URL may be old or
 * hand-edited): the body to send, or the problems to show; null when there are no criteria.
 */
export function useSearchState(): {
  state: SearchState;
  lookup: CriteriaCheck | null;
  update: (change: Partial<Omit<SearchState, 'hasCriteria'>>, options?: NavigateOptions) => void;
} {
  const params = useHashParams();
  const parsed = useMemo(() => parseSearchState(params), [params]);
  // The criteria keep their identity (and are checked once) while only the page, sort, page size
  // or pane change: what shows only the criteria then skips those renders.
  const criteriaText = JSON.stringify(parsed.criteria);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const criteria = useMemo(() => parsed.criteria, [criteriaText]);
  const state = useMemo(() => ({ ...parsed, criteria }), [parsed, criteria]);
  const lookup = useMemo(
    () => (state.hasCriteria ? parseCriteria(criteria) : null),
    [state.hasCriteria, criteria],
  );
  const update = (
    change: Partial<Omit<SearchState, 'hasCriteria'>>,
    options: NavigateOptions = {},
  ): void => {
    // On the address bar, which may hold a search not shown yet (decision 050).
    navigateHash(
      serializeSearchState({ ...parseSearchState(addressBarParams()), ...change }),
      options,
    );
  };
  return { state, lookup, update };
}
