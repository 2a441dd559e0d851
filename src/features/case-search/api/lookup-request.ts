// What a case lookup asks for (§3.2, §3.3): the checked criteria as the JSON body, plus page,
// page size and sort, kept as numbers and names until the query string is written.
import type { LookupBodyField } from '../../../../contract/egain';
import type { Sort } from '../search-state';

/** The lookup endpoint, relative to the API root (/system/ws). */
export const LOOKUP_PATH = '/v20/interaction/case/lookup';

export interface LookupCustom {
  name: string;
  value: string;
}
/** Every value is a non-empty string, except `custom` (D15, D5). */
export type LookupBody = Partial<Record<Exclude<LookupBodyField, 'custom'>, string>> & {
  custom?: LookupCustom;
};
export type LookupQuery = Record<string, string>;

export interface LookupRequest {
  /** The criteria as sent: built only from criteria that passed every rule. */
  body: LookupBody;
  page: number;
  pageSize: number;
  /** Undefined means the server's default order (id ascending). */
  sort: Sort | undefined;
  /** `$attribute`: attributes beyond the default set (§3.3), e.g. for the export. */
  attributes?: string;
}

/** The query parameters of a request: `$pagenum`, `$pagesize`, and `$sort`/`$order` when sorted. */
export function buildLookupQuery(
  request: Pick<LookupRequest, 'page' | 'pageSize' | 'sort' | 'attributes'>,
): LookupQuery {
  const query: LookupQuery = {
    $pagenum: String(request.page),
    $pagesize: String(request.pageSize),
  };
  if (request.sort) {
    query.$sort = request.sort.field;
    query.$order = request.sort.order;
  }
  if (request.attributes) query.$attribute = request.attributes;
  return query;
}
