import { describe, expect, it } from 'vitest';
import {
  boundToInstant,
  dayIn,
  describeTimeZone,
  formatOffset,
  formatRange,
  parseBound,
  presetBounds,
  typedBoundToInstant,
} from './date-bounds';

const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';

describe('parseBound', () => {
  it.each([
    ['2024-03-10', { year: 2024, month: 3, day: 10, time: null }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, time: null }],
    [
      '2024-03-10T14:30',
      { year: 2024, month: 3, day: 10, time: { hour: 14, minute: 30, second: 0 } },
    ],
    [
      '2024-03-10T00:00:59',
      { year: 2024, month: 3, day: 10, time: { hour: 0, minute: 0, second: 59 } },
    ],
    [
      '  2024-12-31T23:59:59 ',
      { year: 2024, month: 12, day: 31, time: { hour: 23, minute: 59, second: 59 } },
    ],
  ])('accepts %j', (text, bound) => {
    expect(parseBound(text)).toEqual({ ok: true, bound });
  });

  it.each([
    '2023-02-29',
    '2023-02-30',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-03-10T24:00',
    '2024-03-10T12:60',
    '2024-03-10T12:00:60',
  ])('refuses the impossible %j', (text) => {
    expect(parseBound(text)).toEqual({ ok: false, problem: 'impossible' });
  });

  it.each([
    '',
    '2024-3-10',
    '10/03/2024',
    '2024-03-10 14:30',
    '2024-03-10T14',
    '2024-03-10T14:30:00.000',
    '2024-03-10T14:30Z',
    '2024-03-10T14:30+01:00',
    '0999-01-01',
    '20240310',
    'yesterday',
  ])('refuses the malformed %j', (text) => {
    expect(parseBound(text)).toEqual({ ok: false, problem: 'format' });
  });
});

describe('typedBoundToInstant', () => {
  it('sends the seed example bounds unchanged in UTC', () => {
    expect(typedBoundToInstant('2022-03-23T08:39:16', 'from', 'UTC')).toBe(
      '2022-03-23T08:39:16.000Z',
    );
    // D4: a typed time is exact for "to" as well: no .999.
    expect(typedBoundToInstant('2022-04-28T09:39:16', 'to', 'UTC')).toBe(
      '2022-04-28T09:39:16.000Z',
    );
    expect(typedBoundToInstant('2022-05-27T09:40', 'to', 'UTC')).toBe('2022-05-27T09:40:00.000Z');
  });

  it('makes a whole day inclusive: from 00:00:00.000 to 23:59:59.999', () => {
    expect(typedBoundToInstant('2024-01-15', 'from', 'UTC')).toBe('2024-01-15T00:00:00.000Z');
    expect(typedBoundToInstant('2024-01-15', 'to', 'UTC')).toBe('2024-01-15T23:59:59.999Z');
    expect(typedBoundToInstant('2024-12-31', 'to', 'UTC')).toBe('2024-12-31T23:59:59.999Z');
  });

  it('uses the offset in force on that date in New York (spring forward on 2024-03-10)', () => {
    expect(typedBoundToInstant('2024-03-09', 'from', NEW_YORK)).toBe('2024-03-09T05:00:00.000Z');
    expect(typedBoundToInstant('2024-03-10', 'from', NEW_YORK)).toBe('2024-03-10T05:00:00.000Z');
    // The day is 23 hours long: it ends at 03:59:59.999Z (EDT, −4).
    expect(typedBoundToInstant('2024-03-10', 'to', NEW_YORK)).toBe('2024-03-11T03:59:59.999Z');
    expect(typedBoundToInstant('2024-03-11', 'from', NEW_YORK)).toBe('2024-03-11T04:00:00.000Z');
    expect(typedBoundToInstant('2024-03-10T01:59:59', 'from', NEW_YORK)).toBe(
      '2024-03-10T06:59:59.000Z',
    );
    expect(typedBoundToInstant('2024-03-10T03:00', 'from', NEW_YORK)).toBe(
      '2024-03-10T07:00:00.000Z',
    );
  });

  it('moves a time skipped by the DST change forward by the gap', () => {
    expect(typedBoundToInstant('2024-03-10T02:30', 'from', NEW_YORK)).toBe(
      '2024-03-10T07:30:00.000Z',
    );
  });

  it('uses the offset in force on that date in New York (fall back on 2024-11-03)', () => {
    expect(typedBoundToInstant('2024-11-03', 'from', NEW_YORK)).toBe('2024-11-03T04:00:00.000Z');
    // The day is 25 hours long and ends in EST (−5).
    expect(typedBoundToInstant('2024-11-03', 'to', NEW_YORK)).toBe('2024-11-04T04:59:59.999Z');
    // 01:30 happens twice; the first occurrence (EDT) is taken.
    expect(typedBoundToInstant('2024-11-03T01:30', 'from', NEW_YORK)).toBe(
      '2024-11-03T05:30:00.000Z',
    );
    expect(typedBoundToInstant('2024-11-03T12:00', 'to', NEW_YORK)).toBe(
      '2024-11-03T17:00:00.000Z',
    );
  });

  it('uses the offset in force on that date in Berlin (winter, summer, the change on 2024-03-31)', () => {
    expect(typedBoundToInstant('2024-01-15', 'from', BERLIN)).toBe('2024-01-14T23:00:00.000Z');
    expect(typedBoundToInstant('2024-07-15', 'from', BERLIN)).toBe('2024-07-14T22:00:00.000Z');
    expect(typedBoundToInstant('2024-03-31', 'from', BERLIN)).toBe('2024-03-30T23:00:00.000Z');
    expect(typedBoundToInstant('2024-03-31', 'to', BERLIN)).toBe('2024-03-31T21:59:59.999Z');
    expect(typedBoundToInstant('2024-10-27', 'to', BERLIN)).toBe('2024-10-27T22:59:59.999Z');
  });

  it('handles a zone with a half-hour offset', () => {
    expect(typedBoundToInstant('2024-06-01', 'from', 'Asia/Kolkata')).toBe(
      '2024-05-31T18:30:00.000Z',
    );
  });

  it('returns null for text that is not a bound', () => {
    expect(typedBoundToInstant('2023-02-30', 'from', 'UTC')).toBeNull();
    expect(typedBoundToInstant('soon', 'to', 'UTC')).toBeNull();
  });

  it('keeps the exact output format YYYY-MM-DDTHH:mm:ss.sssZ', () => {
    const instant = boundToInstant(
      { year: 2024, month: 1, day: 2, time: { hour: 3, minute: 4, second: 5 } },
      'from',
      'UTC',
    );
    expect(instant).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(instant).toBe('2024-01-02T03:04:05.000Z');
  });
});

describe('formatRange', () => {
  it('writes closed and open ranges, never [,]', () => {
    expect(formatRange('a', 'b')).toBe('[a,b]');
    expect(formatRange('a', null)).toBe('[a,]');
    expect(formatRange(null, 'b')).toBe('[,b]');
    expect(formatRange(null, null)).toBeUndefined();
  });
});

describe('presetBounds', () => {
  // 2024-03-10T03:30Z is still 2024-03-09 in New York and already 2024-03-10 in Berlin.
  const now = new Date('2024-03-10T03:30:00.000Z');

  it('takes "today" in the given time zone', () => {
    expect(dayIn(now, NEW_YORK)).toEqual({ year: 2024, month: 3, day: 9 });
    expect(presetBounds('today', now, NEW_YORK)).toEqual({ from: '2024-03-09', to: '2024-03-09' });
    expect(presetBounds('today', now, BERLIN)).toEqual({ from: '2024-03-10', to: '2024-03-10' });
  });

  it('counts today and the days before for "Last N days"', () => {
    expect(presetBounds('last7', now, BERLIN)).toEqual({ from: '2024-03-04', to: '2024-03-10' });
    expect(presetBounds('last30', now, BERLIN)).toEqual({ from: '2024-02-10', to: '2024-03-10' });
  });

  it('counts whole days across a DST change', () => {
    const afterChange = new Date('2024-03-12T15:00:00.000Z');
    expect(presetBounds('last7', afterChange, NEW_YORK)).toEqual({
      from: '2024-03-06',
      to: '2024-03-12',
    });
  });

  it('uses whole calendar months for "This month" and "Last month"', () => {
    expect(presetBounds('thisMonth', now, BERLIN)).toEqual({
      from: '2024-03-01',
      to: '2024-03-31',
    });
    expect(presetBounds('lastMonth', now, BERLIN)).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(presetBounds('thisMonth', now, NEW_YORK)).toEqual({
      from: '2024-03-01',
      to: '2024-03-31',
    });
  });

  it('crosses the year for "Last month" in January', () => {
    const january = new Date('2025-01-15T12:00:00.000Z');
    expect(presetBounds('lastMonth', january, 'UTC')).toEqual({
      from: '2024-12-01',
      to: '2024-12-31',
    });
    expect(presetBounds('last30', january, 'UTC')).toEqual({
      from: '2024-12-17',
      to: '2025-01-15',
    });
  });
});

describe('time zone display', () => {
  it('formats offsets with a real minus sign', () => {
    expect(formatOffset(60)).toBe('+01:00');
    expect(formatOffset(-300)).toBe('\u221205:00');
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(0)).toBe('+00:00');
  });

  it('names the zone and its offset, and warns about DST where the zone has it', () => {
    expect(describeTimeZone('UTC', new Date('2024-01-15T12:00:00Z'))).toBe(
      'Times are in UTC (UTC+00:00).',
    );
    expect(describeTimeZone(BERLIN, new Date('2024-01-15T12:00:00Z'))).toBe(
      'Times are in Europe/Berlin (UTC+01:00 now; each date uses the offset in force on that date).',
    );
    expect(describeTimeZone(NEW_YORK, new Date('2024-07-15T12:00:00Z'))).toContain(
      '(UTC\u221204:00 now',
    );
  });
});
