// ISO 8601 instants written in a time zone, e.g. 2021-08-25T15:18:25.000+02:00, for the tens of
// thousands of dates of an export. A TZDate and date-fns `format` per date took most of the
// export's script time; this asks Intl for the zone's offset about once per hour of the dates and
// writes the digits itself.
import { tzOffset } from '@date-fns/tz';
import { isValid, parseISO } from 'date-fns';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

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
  // Date.parse rolls 30 February over into March; parseISO (and this) call it not a date.
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return Number.NaN;
  return Date.parse(value);
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `+02:00`, `-03:30`, `+00:00` for an offset in minutes. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.floor(Math.abs(minutes));
  return `${sign}${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

/**
 * A formatter for one time zone (one per export: it keeps the offsets it has looked up). Empty
 * values give `''`; a value that is not a date is written as it came.
 */
export function zonedIsoFormatter(timeZone: string): (value: string | undefined) => string {
  // UTC hour → the zone's offset in that whole hour, or null when it changes within the hour.
  // A zone changes its offset at most once an hour (changes are months apart), so equal offsets
  // at both ends of an hour hold for all of it.
  const hourOffsets = new Map<number, number | null>();
  const offsetAt = (ms: number): number => tzOffset(timeZone, new Date(ms));
  const offsetOf = (ms: number): number => {
    const hour = Math.floor(ms / HOUR_MS);
    let offset = hourOffsets.get(hour);
    if (offset === undefined) {
      const start = offsetAt(hour * HOUR_MS);
      offset = start === offsetAt((hour + 1) * HOUR_MS - 1) ? start : null;
      hourOffsets.set(hour, offset);
    }
    return offset ?? offsetAt(ms);
  };

  return (value) => {
    if (!value) return '';
    const ms = instantOf(value);
    if (Number.isNaN(ms)) return value;
    const offset = offsetOf(ms);
    // The wall-clock time in the zone, read with the UTC getters.
    const wall = new Date(ms + offset * MINUTE_MS);
    const year = wall.getUTCFullYear();
    return (
      `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}-${pad(wall.getUTCMonth() + 1)}-` +
      `${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:` +
      `${pad(wall.getUTCSeconds())}.${pad(wall.getUTCMilliseconds(), 3)}${offsetText(offset)}`
    );
  };
}
