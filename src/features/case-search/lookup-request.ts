// What the case lookup sends: the JSON body built from the criteria as typed (§3.2, D2–D5, D15),
// the query parameters built from the page, page size and sort, and the check that runs first.
import { browserTimeZone, formatRange, typedBoundToInstant } from './date-bounds';
import {
  DATE_RANGES,
  validateCriteria,
  type CriteriaErrors,
  type DateRange,
} from './form/criteria-schema';
import type { Criteria, CriteriaKey, SearchState } from './search-state';

/** The lookup endpoint, relative to the API root (/system/ws). */
export const LOOKUP_PATH = '/v20/interaction/case/lookup';

export interface LookupCustom {
  name: string;
  value: string;
}
/** Every value is a non-empty string, except `custom` (D15, D5). */
export type LookupBody = Record<string, string | LookupCustom>;
export type LookupQuery = Record<string, string>;

function rangeValue(
  criteria: Criteria,
  name: DateRange['name'],
  timeZone: string,
): string | undefined {
  const range = DATE_RANGES.find((candidate) => candidate.name === name);
  if (!range) return undefined;
  const from = criteria[range.from]?.trim();
  const to = criteria[range.to]?.trim();
  return formatRange(
    from ? typedBoundToInstant(from, 'from', timeZone) : null,
    to ? typedBoundToInstant(to, 'to', timeZone) : null,
  );
}

/**
 * The lookup body: only non-empty criteria, trimmed; phone as digits only (D2); date ranges as UTC
 * instants in `timeZone` (D4). Keys follow the order of the documentation's full example. Bounds
 * that do not parse are left out; `parseCriteria` refuses them before this runs.
 */
export function buildLookupBody(
  criteria: Criteria,
  timeZone: string = browserTimeZone(),
): LookupBody {
  const body: LookupBody = {};
  const text = (key: CriteriaKey): string => criteria[key]?.trim() ?? '';
  const put = (field: string, value: string | undefined): void => {
    if (value) body[field] = value;
  };

  put('customer', text('customerId'));
  put('email', text('email'));
  put('phone', text('phone').replace(/\D/g, ''));
  put('status', text('status'));
  const name = text('customName');
  const value = text('customValue');
  if (name && value) body.custom = { name, value };
  put('createdDate', rangeValue(criteria, 'created', timeZone));
  put('lastModifiedDate', rangeValue(criteria, 'lastModified', timeZone));
  put('department', text('department'));
  put('ownerId', text('ownerId'));
  put('lastClosedDate', rangeValue(criteria, 'lastClosed', timeZone));
  return body;
}

export type CriteriaCheck = { ok: true; body: LookupBody } | { ok: false; errors: CriteriaErrors };

/**
 * Validates criteria (from the form or from a URL that may be old or hand-edited) and builds the
 * body only when every rule holds, so an invalid URL never sends a lookup.
 */
export function parseCriteria(
  criteria: Criteria,
  timeZone: string = browserTimeZone(),
): CriteriaCheck {
  const errors = validateCriteria(criteria, timeZone);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: buildLookupBody(criteria, timeZone) };
}

export function buildLookupQuery(
  state: Pick<SearchState, 'page' | 'pageSize' | 'sort'>,
): LookupQuery {
  const query: LookupQuery = { $pagenum: String(state.page), $pagesize: String(state.pageSize) };
  if (state.sort) {
    query.$sort = state.sort.field;
    query.$order = state.sort.order;
  }
  return query;
}
