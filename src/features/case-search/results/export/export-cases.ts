// Exports every case of a search to a CSV file: the lookup on screen, re-sent page by page with
// `$pagesize=75` in the on-screen sort, written a page at a time (see csv.ts and page-scheduler.ts).
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { t, type MessageId } from '../../../../lib/i18n';
import { followableLink, API_ROOT } from '../../../../lib/links';
import { retryDelay, shouldRetry } from '../../../../lib/query-client';
import { lookupCases } from '../../api/lookup-cases';
import type { CaseSummary } from '../../api/case-schemas';
import type { LookupBody, LookupRequest } from '../../api/lookup-request';
import type { Sort } from '../../search-state';
import { CASE_COLUMN_LABELS, caseColumns } from '../case-columns';
import { CsvFileBuilder, type CsvValue } from './csv';
import { zonedIsoFormatter } from './zoned-iso';
import {
  PageScheduleError,
  fetchAllPages,
  type ScheduleProgress,
  type ScheduleSummary,
} from './page-scheduler';

/** eGain's largest page (§1.5): the fewest requests for the whole result. */
export const EXPORT_PAGE_SIZE = 75;
/** Extra attributes the lookup documents for `$attribute` (§3.3); `owner` is not one of them. */
export const EXPORT_ATTRIBUTES = 'created,lastClosed';

/** What a cell needs besides its row; made once per export. */
export interface CellFormat {
  /** An ISO 8601 date written in the export's time zone (see zoned-iso.ts). */
  date: (value: string | undefined) => string;
  /** The page's origin, for the case links. */
  origin: string;
}

export interface ExportColumn {
  header: string;
  value: (row: CaseSummary, format: CellFormat) => CsvValue;
}

export function cellFormat(timeZone: string, origin: string = window.location.origin): CellFormat {
  return { date: zonedIsoFormatter(timeZone), origin };
}

/** ISO 8601 with the offset of `timeZone` in force at that instant, e.g. 2021-08-25T15:18:25.000+02:00. */
export function isoInZone(value: string | undefined, timeZone: string): string {
  return zonedIsoFormatter(timeZone)(value);
}

/** The case's own eGain resource URL (the `self` link where policy allows, D10). */
export function caseLink(row: CaseSummary, origin: string = window.location.origin): string {
  const path = followableLink(row.links, 'self');
  // toApiPath's answer is already a parsed, normalised path: joined as text, not parsed again.
  if (path !== null) return origin + API_ROOT + path;
  return new URL(`${API_ROOT}/v20/interaction/case/${row.id}`, origin).href;
}

// What the file holds for each column of the Cases table, by column id. A column without an entry
// (the Activities links) has no value worth a cell.
const TABLE_VALUES: Record<string, ExportColumn['value']> = {
  id: (row) => row.id,
  subject: (row) => row.subject,
  customer: (row) => row.customer?.name,
  status: (row) => row.status?.displayValue,
  severity: (row) => row.severity?.displayValue,
  department: (row) => row.department?.name,
  lastModifiedDate: (row, cell) => cell.date(row.lastModified?.date),
  createdDate: (row, cell) => cell.date(row.created),
};

const EXTRA_COLUMNS: { header: MessageId; value: ExportColumn['value'] }[] = [
  { header: 'export.column.created', value: (row, cell) => cell.date(row.created) },
  { header: 'export.column.owner', value: (row) => row.ownerName },
  { header: 'export.column.lastClosed', value: (row, cell) => cell.date(row.lastClosed) },
  { header: 'export.column.link', value: (row, cell) => caseLink(row, cell.origin) },
];

const isLabelledColumn = (id: string): id is keyof typeof CASE_COLUMN_LABELS =>
  Object.hasOwn(CASE_COLUMN_LABELS, id);

/**
 * The table's columns in their on-screen order and wording (in the UI language), then Created,
 * Owner, Last closed, link.
 */
export function exportColumns(): ExportColumn[] {
  const columns: ExportColumn[] = [];
  for (const column of caseColumns) {
    const value = column.id === undefined ? undefined : TABLE_VALUES[column.id];
    if (value !== undefined && column.id !== undefined && isLabelledColumn(column.id)) {
      columns.push({ header: t(CASE_COLUMN_LABELS[column.id]), value });
    }
  }
  const headers = new Set(columns.map((column) => column.header));
  const extra = EXTRA_COLUMNS.map((column) => ({ header: t(column.header), value: column.value }));
  return [...columns, ...extra.filter((column) => !headers.has(column.header))];
}

/** The export's request for one page: pages of 75, the on-screen sort, the extra attributes. */
export function exportPageRequest(
  body: LookupBody,
  sort: Sort | undefined,
  page: number,
): LookupRequest {
  return { body, page, pageSize: EXPORT_PAGE_SIZE, sort, attributes: EXPORT_ATTRIBUTES };
}

export interface ExportRequest {
  body: LookupBody;
  /** The on-screen sort; undefined is the server's default order. */
  sort: Sort | undefined;
  timeZone: string;
  signal?: AbortSignal;
  onProgress?: (progress: ScheduleProgress) => void;
}

export type ExportOutcome =
  | { complete: true; file: Blob; summary: ScheduleSummary }
  /** A page failed for good: the file holds the rows before it, in order. */
  | { complete: false; file: Blob; summary: ScheduleSummary; error: unknown };

/** Runs the export; rejects only when `signal` aborts (then nothing is kept). */
export async function exportCases(request: ExportRequest): Promise<ExportOutcome> {
  const { body, sort, timeZone, signal, onProgress } = request;
  const columns = exportColumns();
  const cell = cellFormat(timeZone);
  const file = new CsvFileBuilder(columns.map((column) => column.header));
  try {
    const summary = await fetchAllPages<CaseSummary>({
      fetchPage: async (page, pageSignal) => {
        const result = await lookupCases(exportPageRequest(body, sort, page), pageSignal);
        return { rows: result.cases, count: result.count };
      },
      pageSize: EXPORT_PAGE_SIZE,
      idOf: (row) => row.id,
      onPage: (rows, progress) => {
        file.addRows(rows.map((row) => columns.map((column) => column.value(row, cell))));
        onProgress?.(progress);
      },
      signal,
      shouldRetry,
      retryDelay,
    });
    return { complete: true, file: file.toBlob(), summary };
  } catch (error) {
    if (signal?.aborted || !(error instanceof PageScheduleError)) throw error;
    return { complete: false, file: file.toBlob(), summary: error.summary, error: error.cause };
  }
}

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);

/**
 * `cases-service-open-2026-12-01-1402.csv`: what (department and status only; never email, phone,
 * customer id or any other criterion that could identify someone) and when, in `timeZone`.
 */
export function exportFileName(
  body: LookupBody,
  now: Date,
  timeZone: string,
  { incomplete = false }: { incomplete?: boolean } = {},
): string {
  const parts = ['cases'];
  for (const key of ['department', 'status'] as const) {
    const value = body[key];
    if (typeof value === 'string' && slug(value)) parts.push(slug(value));
  }
  parts.push(format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd-HHmm'));
  if (incomplete) parts.push('incomplete');
  return `${parts.join('-')}.csv`;
}
