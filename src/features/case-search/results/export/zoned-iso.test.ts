import { TZDate, tzScan } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { instantOf, offsetText, zonedIsoFormatter } from './zoned-iso';

/** What date-fns writes for the same instant and zone: the reference. */
const reference = (ms: number, timeZone: string): string =>
  format(new TZDate(ms, timeZone), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

describe('zonedIsoFormatter', () => {
  it('writes the offset in force at the instant, around DST changes too', () => {
    const berlin = zonedIsoFormatter('Europe/Berlin');
    expect(berlin('2021-08-25T13:18:25.000Z')).toBe('2021-08-25T15:18:25.000+02:00');
    expect(berlin('2021-01-15T08:00:00.000Z')).toBe('2021-01-15T09:00:00.000+01:00');
    // Summer time starts at 01:00 UTC on 28 March 2021.
    expect(berlin('2021-03-28T00:59:59.999Z')).toBe('2021-03-28T01:59:59.999+01:00');
    expect(berlin('2021-03-28T01:00:00.000Z')).toBe('2021-03-28T03:00:00.000+02:00');
    expect(zonedIsoFormatter('UTC')('2021-01-15T08:00:00.000Z')).toBe(
      '2021-01-15T08:00:00.000+00:00',
    );
  });

  it('matches date-fns through a year and minute by minute around each change, odd zones too', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'America/St_Johns',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Chatham',
      'America/Sao_Paulo',
    ];
    const start = new Date(Date.UTC(2021, 0, 1));
    const end = new Date(Date.UTC(2022, 0, 1));
    for (const zone of zones) {
      const samples: number[] = [];
      for (let ms = start.getTime(); ms < end.getTime(); ms += 97 * 60_000 + 13_001)
        samples.push(ms);
      for (const change of tzScan(zone, { start, end })) {
        const at = change.date.getTime();
        for (let ms = at - 2 * 3_600_000; ms <= at + 2 * 3_600_000; ms += 60_000) {
          samples.push(ms - 1, ms);
        }
      }
      const formatIso = zonedIsoFormatter(zone);
      const mismatches = samples
        .map((ms) => new Date(ms).toISOString())
        .filter((value) => formatIso(value) !== reference(Date.parse(value), zone));
      expect(mismatches, zone).toEqual([]);
    }
  });

  it('reads offsets other than Z and ISO forms without one, and keeps what is not a date', () => {
    const utc = zonedIsoFormatter('UTC');
    expect(utc('2021-08-25T15:18:25.000+02:00')).toBe('2021-08-25T13:18:25.000+00:00');
    expect(utc('2021-08-25T13:18:25Z')).toBe('2021-08-25T13:18:25.000+00:00');
    expect(utc('2021-08-25T13:18:25.123456Z')).toBe(
      reference(instantOf('2021-08-25T13:18:25.123456Z'), 'UTC'),
    );
    expect(utc('2021-02-30T10:00:00.000Z')).toBe('2021-02-30T10:00:00.000Z');
    expect(utc('2023-02-29T10:00:00.000Z')).toBe('2023-02-29T10:00:00.000Z');
    expect(utc('2021-04-31T10:00:00.000Z')).toBe('2021-04-31T10:00:00.000Z');
    expect(utc('2024-02-29T10:00:00.000Z')).toBe('2024-02-29T10:00:00.000+00:00');
    expect(utc('2021-12-31T23:59:59.999Z')).toBe('2021-12-31T23:59:59.999+00:00');
    expect(utc(undefined)).toBe('');
    expect(utc('')).toBe('');
    expect(utc('not a date')).toBe('not a date');
  });

  it('keeps dates at the ends of the Date range as they came instead of failing the export', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York']) {
      const formatIso = zonedIsoFormatter(zone);
      for (const value of ['+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z']) {
        expect(formatIso(value)).toMatch(/^[+-]27\d{4}-/);
      }
    }
    expect(zonedIsoFormatter('Europe/Berlin')('+275760-09-13T00:00:00.000Z')).toBe(
      '+275760-09-13T00:00:00.000Z',
    );
  });
});

describe('offsetText', () => {
  it('writes ±HH:MM', () => {
    expect(offsetText(0)).toBe('+00:00');
    expect(offsetText(345)).toBe('+05:45');
    expect(offsetText(-210)).toBe('-03:30');
  });
});
