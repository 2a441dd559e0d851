import { describe, expect, it } from 'vitest';
import { parseDateRange } from './date-range.ts';

const A = '2022-03-23T08:39:16.000Z';
const B = '2022-04-28T09:39:16.000Z';

describe('parseDateRange', () => {
  it('reads closed and open-ended ranges', () => {
    expect(parseDateRange(`[${A},${B}]`)).toEqual({ from: Date.parse(A), to: Date.parse(B) });
    expect(parseDateRange(`[${A},]`)).toEqual({ from: Date.parse(A), to: null });
    expect(parseDateRange(`[,${B}]`)).toEqual({ from: null, to: Date.parse(B) });
    expect(parseDateRange(`[${A},${A}]`)).toEqual({ from: Date.parse(A), to: Date.parse(A) });
    expect(parseDateRange('[2022-03-23T08:39:16Z,]')).toEqual({ from: Date.parse(A), to: null });
  });

  it.each([
    ['[,]'],
    [`${A},${B}`],
    [`[${A}]`],
    [`[${B},${A}]`],
    [`[ ${A},]`],
    ['[2022-03-23,]'],
    ['[2022-02-30T00:00:00.000Z,]'],
    ['[2022-03-23T25:00:00.000Z,]'],
    ['[2022-03-23T08:39:16.000+01:00,]'],
    [`[${A},${B},]`],
    [''],
  ])('rejects %j', (text) => {
    expect(parseDateRange(text)).toBeUndefined();
  });
});
