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

/** Text held before it becomes a Blob part (about 1 MB of CSV, a dozen pages of 75 cases). */
export const BLOB_PART_CHARS = 1 << 20;

/**
 * Builds a CSV file from records added a batch at a time. Text is gathered into Blob parts of
 * about `BLOB_PART_CHARS`, so the file is never one giant string and the parsed rows of a batch
 * can be dropped once it is added; a Blob per batch cost a round trip to the browser's blob store
 * each, a tenth of a 10,000-case export.
 */
export class CsvFileBuilder {
  private readonly parts: Blob[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private rowCount = 0;

  constructor(header: readonly string[]) {
    this.append(BOM + csvRow(header));
  }

  addRows(rows: readonly (readonly CsvValue[])[]): void {
    if (rows.length === 0) return;
    let text = '';
    for (const row of rows) text += csvRow(row);
    this.append(text);
    this.rowCount += rows.length;
  }

  private append(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= BLOB_PART_CHARS) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingChars = 0;
  }

  /** Records added so far, the header not counted. */
  get rows(): number {
    return this.rowCount;
  }

  /** The file so far; the builder can go on afterwards. */
  toBlob(): Blob {
    this.flush();
    return new Blob(this.parts, { type: 'text/csv;charset=utf-8' });
  }
}
