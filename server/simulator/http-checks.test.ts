import { describe, expect, it } from 'vitest';
import { EgainError } from './errors.ts';
import { acceptsJson, languageOf, readJsonObject, readPaging, readSort } from './http-checks.ts';

const codeOfThrown = (action: () => unknown): string => {
  try {
    action();
  } catch (error) {
    if (error instanceof EgainError) return error.code;
    throw error;
  }
  throw new Error('did not throw');
};

describe('acceptsJson', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['text/html, application/json;q=0.5', true],
    ['Application/JSON', true],
    ['application/json;q=0', false],
    ['application/xml', false],
    ['*/*', false],
    ['application/*', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(acceptsJson(header)).toBe(expected);
  });
});

describe('languageOf', () => {
  it('defaults to en-US (also for *) and accepts the 15 tags, case-insensitively', () => {
    expect(languageOf(undefined)).toBe('en-US');
    expect(languageOf('*')).toBe('en-US');
    expect(languageOf('de-DE')).toBe('de-DE');
    expect(languageOf('sv-se')).toBe('sv-SE');
  });

  it.each([['en-US,en;q=0.9'], ['en'], ['de-AT'], [''], ['*, en-US']])(
    'rejects %j with 406-100',
    (header) => {
      expect(codeOfThrown(() => languageOf(header))).toBe('406-100');
    },
  );
});

describe('readPaging', () => {
  const paging = (query: string) => readPaging(new URLSearchParams(query));

  it('defaults to page 1 of 25', () => {
    expect(paging('')).toEqual({ offset: 0, limit: 25, pagenum: 1, pagesize: 25 });
  });

  it('reads pages and ranges', () => {
    expect(paging('$pagenum=3&$pagesize=10')).toEqual({
      offset: 20,
      limit: 10,
      pagenum: 3,
      pagesize: 10,
    });
    expect(paging('$rangestart=21&$rangesize=10')).toEqual({
      offset: 20,
      limit: 10,
      pagenum: 3,
      pagesize: 10,
    });
    expect(paging('$rangestart=5')).toEqual({ offset: 4, limit: 25, pagenum: 1, pagesize: 25 });
  });

  it.each([
    ['$pagenum=0'],
    ['$pagenum=-1'],
    ['$pagenum=1.5'],
    ['$pagenum=abc'],
    ['$pagesize=76'],
    ['$pagesize=0'],
    ['$rangesize=76'],
    ['$rangestart=0'],
    ['$pagenum=1&$pagenum=2'],
    ['$pagenum=1&$rangestart=1'],
  ])('rejects %s with 400-105', (query) => {
    expect(codeOfThrown(() => paging(query))).toBe('400-105');
  });
});

describe('readSort', () => {
  const fields = ['id', 'subject'] as const;
  it('defaults to the first field ascending and flags $order without $sort', () => {
    expect(readSort(new URLSearchParams(''), fields)).toEqual({
      sort: { field: 'id', order: 'asc' },
      orderWithoutSort: false,
    });
    expect(readSort(new URLSearchParams('$order=desc'), fields).orderWithoutSort).toBe(true);
    expect(readSort(new URLSearchParams('$sort=subject&$order=desc'), fields).sort).toEqual({
      field: 'subject',
      order: 'desc',
    });
  });

  it('rejects unknown values with 400-102', () => {
    expect(codeOfThrown(() => readSort(new URLSearchParams('$sort=owner'), fields))).toBe(
      '400-102',
    );
    expect(codeOfThrown(() => readSort(new URLSearchParams('$sort=id&$order=up'), fields))).toBe(
      '400-102',
    );
  });
});

describe('readJsonObject', () => {
  it('needs application/json, then JSON, then an object', () => {
    expect(readJsonObject('application/json; charset=utf-8', '{"a":"b"}')).toEqual({ a: 'b' });
    expect(codeOfThrown(() => readJsonObject(undefined, '{}'))).toBe('415-100');
    expect(codeOfThrown(() => readJsonObject('text/plain', '{}'))).toBe('415-100');
    expect(codeOfThrown(() => readJsonObject('application/json', '{'))).toBe('400-100');
    expect(codeOfThrown(() => readJsonObject('application/json', ''))).toBe('400-100');
    expect(codeOfThrown(() => readJsonObject('application/json', '[1]'))).toBe('400-100');
    expect(codeOfThrown(() => readJsonObject('application/json', 'null'))).toBe('400-100');
  });
});
