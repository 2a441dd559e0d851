import { describe, expect, it } from 'vitest';
import { pageWindow, rangeText, totalPagesFor } from './paging';

const cases = 'cases';

describe('totalPagesFor', () => {
  it('rounds up and never goes below one page', () => {
    expect(totalPagesFor(312, 25)).toBe(13);
    expect(totalPagesFor(75, 75)).toBe(1);
    expect(totalPagesFor(76, 75)).toBe(2);
    expect(totalPagesFor(0, 25)).toBe(1);
  });
});

describe('pageWindow', () => {
  it('counts pages from the total number of records (D1)', () => {
    const window = pageWindow({ page: 1, pageSize: 25, count: 312, rows: 25 });
    expect(window).toEqual({
      page: 1,
      pageSize: 25,
      totalPages: 13,
      total: 312,
      first: 1,
      last: 25,
    });
    expect(window && rangeText(window, cases)).toBe('Showing 1–25 of 312 cases');
  });

  it('shows the range of a middle and of the last page', () => {
    const middle = pageWindow({ page: 2, pageSize: 50, count: 312, rows: 50 });
    expect(middle && rangeText(middle, cases)).toBe('Showing 51–100 of 312 cases');
    const last = pageWindow({ page: 13, pageSize: 25, count: 312, rows: 12 });
    expect(last).toMatchObject({ totalPages: 13, first: 301, last: 312, total: 312 });
  });

  it('stops on a short page even when count promises more: never "page 3 of 2" nor a page 4', () => {
    const window = pageWindow({ page: 3, pageSize: 25, count: 312, rows: 10 });
    expect(window).toMatchObject({ page: 3, totalPages: 3, total: 60, last: 60 });
  });

  it('never shows fewer pages than the page on screen when count is too small', () => {
    const window = pageWindow({ page: 3, pageSize: 25, count: 40, rows: 25 });
    expect(window?.totalPages).toBeGreaterThanOrEqual(3);
    expect(window?.total).toBeGreaterThanOrEqual(75);
  });

  it('treats the page before an empty (204) page as the last one', () => {
    const window = pageWindow({ page: 2, pageSize: 25, count: 312, rows: 25, nextIsEmpty: true });
    expect(window).toMatchObject({ page: 2, totalPages: 2, total: 50 });
  });

  it('works without a count', () => {
    expect(pageWindow({ page: 1, pageSize: 25, count: undefined, rows: 7 })).toMatchObject({
      totalPages: 1,
      total: 7,
    });
  });

  it('has no window for an empty page', () => {
    expect(pageWindow({ page: 1, pageSize: 25, count: 0, rows: 0 })).toBeNull();
  });

  it('uses the singular for one record', () => {
    const window = pageWindow({ page: 1, pageSize: 25, count: 1, rows: 1 });
    expect(window && rangeText(window, cases)).toBe('Showing 1–1 of 1 case');
  });
});
