// Request checks shared by the routes: content negotiation, query parameters, paging, sorting and
// the JSON body. Each throws the EgainError a real server would answer with.
import { z } from 'zod';
import { SORT_ORDERS } from '../../contract/egain.ts';
import { errors } from './errors.ts';
import { DEFAULT_LANGUAGE, findLanguage, type Language } from './i18n.ts';
import type { Sort } from './store.ts';

export const MAX_PAGE_SIZE = 75;
export const DEFAULT_PAGE_SIZE = 25;

/** True when the Accept header lists application/json with a non-zero quality. */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  return accept.split(',').some((range) => {
    const [type = '', ...parameters] = range.split(';').map((part) => part.trim());
    if (type.toLowerCase() !== 'application/json') return false;
    const quality = parameters.find((p) => /^q=/i.test(p));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

/**
 * Exactly one supported tag (never a q-list). A missing header, or the bare wildcard `*` that
 * Node's fetch sends by default, means en-US.
 */
export function languageOf(header: string | undefined): Language {
  if (header === undefined || header.trim() === '*') return DEFAULT_LANGUAGE;
  const language = findLanguage(header.trim());
  if (language === undefined) throw errors.invalidLanguage();
  return language;
}

export function checkKnownParameters(
  query: URLSearchParams,
  allowed: (name: string) => boolean,
): void {
  const unknown = [...new Set(query.keys())].filter((name) => !allowed(name));
  if (unknown.length > 0) throw errors.unsupportedQueryParameters(unknown);
}

export const oneOf =
  (names: readonly string[]) =>
  (name: string): boolean =>
    names.includes(name);

/** The single value of a parameter; a repeated parameter counts as one invalid value. */
export function single(query: URLSearchParams, name: string): string | undefined {
  const values = query.getAll(name);
  return values.length === 0 ? undefined : values.join(',');
}

function positiveInteger(query: URLSearchParams, name: string, max?: number): number | undefined {
  const text = single(query, name);
  if (text === undefined) return undefined;
  const value = /^\d{1,15}$/.test(text) ? Number(text) : 0;
  if (value < 1 || (max !== undefined && value > max))
    throw errors.invalidPositiveInteger(text, max);
  return value;
}

export interface Paging {
  readonly offset: number;
  readonly limit: number;
  /** Echoed in paginationInfo. */
  readonly pagenum: number;
  readonly pagesize: number;
}

/** `$pagenum`/`$pagesize`, or `$rangestart`/`$rangesize` (§9: pagenum = floor((start-1)/size)+1). */
export function readPaging(query: URLSearchParams): Paging {
  const pagenum = positiveInteger(query, '$pagenum');
  const pagesize = positiveInteger(query, '$pagesize', MAX_PAGE_SIZE);
  const rangestart = positiveInteger(query, '$rangestart');
  const rangesize = positiveInteger(query, '$rangesize', MAX_PAGE_SIZE);
  const paged = pagenum !== undefined || pagesize !== undefined;
  const ranged = rangestart !== undefined || rangesize !== undefined;
  if (paged && ranged) throw errors.mixedPaging();
  if (ranged) {
    const size = rangesize ?? DEFAULT_PAGE_SIZE;
    const start = rangestart ?? 1;
    return {
      offset: start - 1,
      limit: size,
      pagenum: Math.floor((start - 1) / size) + 1,
      pagesize: size,
    };
  }
  const size = pagesize ?? DEFAULT_PAGE_SIZE;
  const page = pagenum ?? 1;
  return { offset: (page - 1) * size, limit: size, pagenum: page, pagesize: size };
}

export const PAGING_PARAMETERS = ['$pagenum', '$pagesize', '$rangestart', '$rangesize'] as const;
export const SORT_PARAMETERS = ['$sort', '$order'] as const;

export interface SortRequest<F extends string> {
  readonly sort: Sort<F>;
  /** `$order` came without `$sort`: a 400-112 the caller raises at its point in the check order. */
  readonly orderWithoutSort: boolean;
}

export function readSort<F extends string>(
  query: URLSearchParams,
  fields: readonly F[],
): SortRequest<F> {
  const field = single(query, '$sort');
  const order = single(query, '$order');
  const sortField = field === undefined ? undefined : fields.find((f) => f === field);
  if (field !== undefined && sortField === undefined)
    throw errors.unsupportedQueryValue('$sort', fields);
  const sortOrder = order === undefined ? undefined : SORT_ORDERS.find((o) => o === order);
  if (order !== undefined && sortOrder === undefined)
    throw errors.unsupportedQueryValue('$order', SORT_ORDERS);
  const [defaultField] = fields;
  if (defaultField === undefined) throw new Error('readSort() needs at least one field');
  return {
    sort: { field: sortField ?? defaultField, order: sortOrder ?? 'asc' },
    orderWithoutSort: order !== undefined && field === undefined,
  };
}

const jsonObject = z.record(z.string(), z.unknown());

/** The body as a JSON object: 415-100 unless sent as application/json, 400-100 unless it parses. */
export function readJsonObject(
  contentType: string | undefined,
  bodyText: string | undefined,
): Record<string, unknown> {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') throw errors.unsupportedMediaType();
  if (bodyText === undefined || bodyText.trim() === '') throw errors.notJson('the body is empty.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    throw errors.notJson('it is not JSON.');
  }
  const result = jsonObject.safeParse(parsed);
  if (!result.success) throw errors.notJson('a JSON object is expected.');
  return result.data;
}
