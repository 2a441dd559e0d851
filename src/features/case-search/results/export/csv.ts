// CSV for spreadsheets (RFC 4180): CRLF line ends, quotes only where needed, a UTF-8 byte-order mark
// so Excel reads non-Latin text, and cells that a spreadsheet would run as a formula neutralised.

/** The UTF-8 byte-order mark that opens the file. */
export const BOM = '\uFEFF';
export const CRLF = '\r\n';

export type CsvValue = string | number | boolean | null | undefined;

// OWASP "CSV injection": these leading characters start a formula (or, for tab and CR, can hide
// one) in Excel, LibreOffice and Google Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: formula-safe (leading `'`), then quoted when it holds a quote, comma or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its CRLF. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + CRLF;
}

/**
 * Builds a CSV file from records added a batch at a time. Each batch becomes one Blob part, so the
 * file is never one giant string and the parsed rows of a batch can be dropped once it is added.
 */
export class CsvFileBuilder {
  private readonly parts: Blob[] = [];
  private rowCount = 0;

  constructor(header: readonly string[]) {
    this.parts.push(new Blob([BOM + csvRow(header)]));
  }

  addRows(rows: readonly (readonly CsvValue[])[]): void {
    if (rows.length === 0) return;
    let text = '';
    for (const row of rows) text += csvRow(row);
    this.parts.push(new Blob([text]));
    this.rowCount += rows.length;
  }

  /** Records added so far, the header not counted. */
  get rows(): number {
    return this.rowCount;
  }

  /** The file so far; the builder can go on afterwards. */
  toBlob(): Blob {
    return new Blob(this.parts, { type: 'text/csv;charset=utf-8' });
  }
}
