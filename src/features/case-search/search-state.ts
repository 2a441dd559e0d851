// The case-search screen's state, read from and written to the URL fragment: criteria as typed,
// page, page size, sort and the open pane. The URL drives the queries; nothing is copied into state.
import { z } from 'zod';
import { navigateHash, useHashParams } from '../../lib/url-state';
import { useMemo } from 'react';

export const CRITERIA_KEYS = [
  'email',
  'phone',
  'customerId',
  'status',
  'department',
  'ownerId',
  'customName',
  'customValue',
  'createdFrom',
  'createdTo',
  'lastModifiedFrom',
  'lastModifiedTo',
  'lastClosedFrom',
  'lastClosedTo',
] as const;
export type CriteriaKey = (typeof CRITERIA_KEYS)[number];
/** Criteria exactly as the user typed them (validated by the form before they reach the URL). */
export type Criteria = Partial<Record<CriteriaKey, string>>;

/**
 * Whether a saved view (kept in localStorage, exported to files) may keep each criterion. Those that
 * identify a person (email, phone, customer ID) never leave the tab's memory and URL fragment.
 */
export const VIEW_MAY_KEEP = {
  email: false,
  phone: false,
  customerId: false,
  status: true,
  department: true,
  ownerId: true,
  customName: true,
  customValue: true,
  createdFrom: true,
  createdTo: true,
  lastModifiedFrom: true,
  lastModifiedTo: true,
  lastClosedFrom: true,
  lastClosedTo: true,
} as const satisfies Record<CriteriaKey, boolean>;

export const SORT_FIELDS = [
  'id',
  'subject',
  'status',
  'severity',
  'department',
  'lastModifiedDate',
  'createdDate',
] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortOrder = 'asc' | 'desc';
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
const orderSchema = z.enum(['asc', 'desc']);
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
  if (state.pane?.kind === 'customer') params.set('pane', `customer:${state.pane.id}`);
  if (state.pane?.kind === 'activities') {
    params.set('pane', `activities:${state.pane.caseId}`);
    if (state.pane.page !== 1) params.set('apage', String(state.pane.page));
  }
  return params;
}

/** The current state plus a way to change it; every change is a history entry unless `replace`. */
export function useSearchState(): {
  state: SearchState;
  update: (
    change: Partial<Omit<SearchState, 'hasCriteria'>>,
    options?: { replace?: boolean },
  ) => void;
} {
  const params = useHashParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const update = (
    change: Partial<Omit<SearchState, 'hasCriteria'>>,
    options: { replace?: boolean } = {},
  ): void => {
    navigateHash(serializeSearchState({ ...state, ...change }), options);
  };
  return { state, update };
}
