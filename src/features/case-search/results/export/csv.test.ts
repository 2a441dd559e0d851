import { describe, expect, it } from 'vitest';
import { BLOB_PART_CHARS, BOM, CRLF, CsvFileBuilder, csvCell, csvRow } from './csv';

/** The text of a blob with its byte-order mark kept (Blob.text() drops it). */
const textOf = async (blob: Blob): Promise<string> =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());

describe('csvCell', () => {
  it('writes plain text as it is', () => {
    expect(csvCell('Charging is too slow')).toBe('Charging is too slow');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes (RFC 4180)', () => {
    expect(csvCell('Smith, John')).toBe('"Smith, John"');
    expect(csvCell('He said "no"')).toBe('"He said ""no"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises a formula start in %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves formula characters alone when they are not first', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('RE: -x')).toBe('RE: -x');
    expect(csvCell(' =1')).toBe(' =1');
  });

  it('writes every kind of value', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('');
    expect(csvCell(1000)).toBe('1000');
    expect(csvCell(-5)).toBe("'-5");
    expect(csvCell(true)).toBe('true');
    expect(csvCell('2021-08-25T13:18:25.000+02:00')).toBe('2021-08-25T13:18:25.000+02:00');
  });

  it('keeps non-Latin text and emoji untouched', () => {
    expect(csvCell('Gerät lädt nicht')).toBe('Gerät lädt nicht');
    expect(csvCell('充电太慢')).toBe('充电太慢');
    expect(csvCell('Заказ, доставка')).toBe('"Заказ, доставка"');
    expect(csvCell('👍 done')).toBe('👍 done');
  });
});

describe('csvRow', () => {
  it('joins cells with commas and ends with CRLF', () => {
    expect(csvRow(['1000', 'a,b', undefined, 3])).toBe('1000,"a,b",,3\r\n');
  });
});

describe('CsvFileBuilder', () => {
  it('starts with the BOM and the header, then one part per batch, in order', async () => {
    const builder = new CsvFileBuilder(['Case ID', 'Subject']);
    builder.addRows([
      ['1', 'Über'],
      ['2', '=1+1'],
    ]);
    builder.addRows([]);
    builder.addRows([['3', 'x"y']]);
    expect(builder.rows).toBe(3);
    const blob = builder.toBlob();
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(`${BOM}Case ID,Subject\r\n1,Über\r\n2,'=1+1\r\n3,"x""y"\r\n`);
  });

  it('can hand out the file so far and go on', async () => {
    const builder = new CsvFileBuilder(['Case ID']);
    builder.addRows([['1']]);
    const partial = builder.toBlob();
    builder.addRows([['2']]);
    expect(await textOf(partial)).toBe(`${BOM}Case ID\r\n1\r\n`);
    expect(await textOf(builder.toBlob())).toBe(`${BOM}Case ID\r\n1\r\n2\r\n`);
  });

  it('keeps every row in order across Blob parts of about BLOB_PART_CHARS', async () => {
    const builder = new CsvFileBuilder(['Case ID', 'Text']);
    const long = 'x'.repeat(1000);
    const ids = Array.from({ length: 2500 }, (_, i) => String(i + 1));
    for (let from = 0; from < ids.length; from += 75) {
      builder.addRows(ids.slice(from, from + 75).map((id) => [id, long]));
    }
    expect(builder.rows).toBe(2500);
    const text = await textOf(builder.toBlob());
    expect(text.length).toBeGreaterThan(2 * BLOB_PART_CHARS);
    const lines = text.split(CRLF);
    expect(lines[0]).toBe(`${BOM}Case ID,Text`);
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(ids);
    expect(lines.at(-1)).toBe('');
  });
});
