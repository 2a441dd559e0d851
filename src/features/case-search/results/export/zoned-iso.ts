// ISO 8601 instants written in a time zone, e.g. 2021-08-25T15:18:25.000+02:00, for the tens of
// thousands of dates of an export. A TZDate and date-fns `format` per date took most of the
// export's script time; this asks Intl for the zone's offset about once per day of the dates and
// lets Date write the digits.
import { tzOffset } from '@date-fns/tz';
import { isValid, parseISO } from 'date-fns';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

// The ECMAScript date-time string format with an explicit offset, which Date.parse reads exactly
// (and fast); anything else goes through date-fns' parseISO as before.
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:Z|[+-]\d{2}:\d{2})$/;

/** The instant of an ISO 8601 string in ms since the epoch; NaN when it is not a valid date. */
export function instantOf(value: string): number {
  const parts = ISO_WITH_OFFSET.exec(value);
  if (parts === null) {
    const date = parseISO(value);
    return isValid(date) ? date.getTime() : Number.NaN;
  }
  // Date.parse rolls 30 February over into March; parseISO (and this) call it not a date. Only
  // days past the 28th can fall outside their month.
  const day = Number(parts[3]);
  if (day > 28 && day > daysInMonth(Number(parts[1]), Number(parts[2]))) return Number.NaN;
  return Date.parse(value);
}

/** Days in a month (1–12) of a year: day 0 of the next month is the last of this one. */
const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

const pad = (value: number): string => String(value).padStart(2, '0');

/** `+02:00`, `-03:30`, `+00:00` for an offset in minutes. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.floor(Math.abs(minutes));
  return `${sign}${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

interface Offset {
  minutes: number;
  text: string;
}

/**
 * A formatter for one time zone (one per export: it keeps the offsets it has looked up). Empty
 * values give `''`; a value that is not a date is written as it came.
 */
export function zonedIsoFormatter(timeZone: string): (value: string | undefined) => string {
  // One object per offset, so offsets can be compared with ===.
  const offsets = new Map<number, Offset>();
  const offsetAt = (ms: number): Offset => {
    const minutes = tzOffset(timeZone, new Date(ms));
    let offset = offsets.get(minutes);
    if (offset === undefined) {
      offset = { minutes, text: offsetText(minutes) };
      offsets.set(minutes, offset);
    }
    return offset;
  };
  // A UTC day (or hour) → the zone's offset in all of it, or null when it changes within it. In
  // tzdb (2025b, every zone since its first record) no two offset changes are 48 hours apart or
  // less, so an offset that is equal at both ends of a day holds for the whole day; a day with a
  // change is looked up by the hour, and the hour with the change by the instant.
  const dayOffsets = new Map<number, Offset | null>();
  const hourOffsets = new Map<number, Offset | null>();
  const constantOffset = (cache: Map<number, Offset | null>, span: number, ms: number) => {
    const index = Math.floor(ms / span);
    let offset = cache.get(index);
    if (offset === undefined) {
      const start = offsetAt(index * span);
      offset = start === offsetAt((index + 1) * span - 1) ? start : null;
      cache.set(index, offset);
    }
    return offset;
  };
  const offsetOf = (ms: number): Offset =>
    constantOffset(dayOffsets, DAY_MS, ms) ??
    constantOffset(hourOffsets, HOUR_MS, ms) ??
    offsetAt(ms);

  return (value) => {
    if (!value) return '';
    const ms = instantOf(value);
    if (Number.isNaN(ms)) return value;
    try {
      const offset = offsetOf(ms);
      // The wall-clock time in the zone is what toISOString writes for the instant shifted by the
      // offset: 2021-08-25T15:18:25.000Z, or +010000-01-01T… past year 9999. Its Z becomes the
      // offset.
      const wall = new Date(ms + offset.minutes * MINUTE_MS).toISOString();
      return wall.slice(0, -1) + offset.text;
    } catch {
      // Within a day of either end of the Date range (year ±275,760) the day's ends or the
      // shifted instant are not dates, and Intl and toISOString throw: kept as it came.
      return value;
    }
  };
}
