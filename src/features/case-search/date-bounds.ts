// Date bounds of the search form (D4): strict parsing of what the user typed, conversion to the UTC
// instants the lookup sends, and the range presets. Pure: the time zone and "now" are parameters.
import { TZDate, tzOffset } from '@date-fns/tz';
import { t, type MessageId } from '../../lib/i18n';

export type BoundEdge = 'from' | 'to';

/** A bound as typed: a whole day, or a day with a wall-clock time (seconds default to 0). */
export interface TypedBound {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  time: { hour: number; minute: number; second: number } | null;
}

export type BoundProblem = 'format' | 'impossible';
export type BoundParse = { ok: true; bound: TypedBound } | { ok: false; problem: BoundProblem };

// Years below 1000 are refused: JavaScript maps years 0..99 onto 1900..1999.
const BOUND_PATTERN = /^([1-9]\d{3})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

let readTimeZone: string | undefined;

/**
 * The browser's IANA time zone, which the UI contract says typed bounds are in. Read once per
 * page: building an Intl.DateTimeFormat costs milliseconds, and the URL's criteria are checked
 * against the zone on every change of the URL (opening a pane included).
 */
export function browserTimeZone(): string {
  if (readTimeZone === undefined) {
    try {
      readTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      readTimeZone = 'UTC';
    }
  }
  return readTimeZone;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss` (surrounding spaces ignored).
 * `format` means the shape is wrong; `impossible` means the shape is right but no such day or time
 * exists (2023-02-30, 24:00, 12:60).
 */
export function parseBound(text: string): BoundParse {
  const match = BOUND_PATTERN.exec(text.trim());
  if (!match) return { ok: false, problem: 'format' };
  const [, y = '', mo = '', d = '', h, mi, s] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: 'impossible' };
  }
  if (h === undefined || mi === undefined)
    return { ok: true, bound: { year, month, day, time: null } };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, problem: 'impossible' };
  return { ok: true, bound: { year, month, day, time: { hour, minute, second } } };
}

function instant(
  year: number,
  month: number,
  day: number,
  h: number,
  m: number,
  s: number,
  tz: string,
): number {
  // TZDate resolves the wall-clock time with the offset in force on that date. A time that does not
  // exist (skipped by a DST change) moves forward by the gap; a repeated one takes its first occurrence.
  return new TZDate(year, month - 1, day, h, m, s, 0, tz).getTime();
}

/**
 * The UTC instant (`YYYY-MM-DDTHH:mm:ss.sssZ`) a bound stands for (D4): a whole-day "from" is the
 * day's first instant, a whole-day "to" its last millisecond (inclusive), a typed time is exact.
 */
export function boundToInstant(bound: TypedBound, edge: BoundEdge, timeZone: string): string {
  const { year, month, day, time } = bound;
  let ms: number;
  if (time) {
    ms = instant(year, month, day, time.hour, time.minute, time.second, timeZone);
  } else if (edge === 'from') {
    ms = instant(year, month, day, 0, 0, 0, timeZone);
  } else {
    // The start of the next local day minus 1 ms is 23:59:59.999, and stays right on days where a
    // DST change at midnight repeats the last hour.
    const next = new Date(Date.UTC(year, month - 1, day + 1));
    ms =
      instant(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, 0, timeZone) -
      1;
  }
  return new Date(ms).toISOString();
}

/** Typed text → UTC instant string, or null when the text is not a valid bound. */
export function typedBoundToInstant(
  text: string,
  edge: BoundEdge,
  timeZone: string,
): string | null {
  const parsed = parseBound(text);
  return parsed.ok ? boundToInstant(parsed.bound, edge, timeZone) : null;
}

/** The eGain range string (§1.4): `[from,to]`, `[from,]` or `[,to]`; undefined when both are missing. */
export function formatRange(from: string | null, to: string | null): string | undefined {
  if (!from && !to) return undefined;
  return `[${from ?? ''},${to ?? ''}]`;
}

// ---- Calendar days and presets ----

export interface CalendarDay {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay({ year, month, day }: CalendarDay): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The calendar day it is at `now` in the time zone. */
export function dayIn(now: Date, timeZone: string): CalendarDay {
  const local = new TZDate(now.getTime(), timeZone);
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
}

/** Calendar arithmetic on days (never on instants, so DST changes cannot shift a day). */
function shiftDays(day: CalendarDay, days: number): CalendarDay {
  const shifted = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

export const RANGE_PRESETS = [
  { id: 'today', label: 'preset.today' },
  { id: 'last7', label: 'preset.last7' },
  { id: 'last30', label: 'preset.last30' },
  { id: 'thisMonth', label: 'preset.thisMonth' },
  { id: 'lastMonth', label: 'preset.lastMonth' },
] as const satisfies readonly { id: string; label: MessageId }[];
export type RangePresetId = (typeof RANGE_PRESETS)[number]['id'];

export function isRangePresetId(value: string): value is RangePresetId {
  return RANGE_PRESETS.some((preset) => preset.id === value);
}

/**
 * The typed bounds (`YYYY-MM-DD`, whole days) a preset fills in. "Last N days" is today and the
 * N−1 days before it; "This month" and "Last month" are whole calendar months.
 */
export function presetBounds(
  id: RangePresetId,
  now: Date,
  timeZone: string,
): { from: string; to: string } {
  const today = dayIn(now, timeZone);
  switch (id) {
    case 'today':
      return { from: formatDay(today), to: formatDay(today) };
    case 'last7':
      return { from: formatDay(shiftDays(today, -6)), to: formatDay(today) };
    case 'last30':
      return { from: formatDay(shiftDays(today, -29)), to: formatDay(today) };
    case 'thisMonth':
      return {
        from: formatDay({ ...today, day: 1 }),
        to: formatDay({ ...today, day: daysInMonth(today.year, today.month) }),
      };
    case 'lastMonth': {
      const lastOfPrevious = shiftDays({ ...today, day: 1 }, -1);
      return { from: formatDay({ ...lastOfPrevious, day: 1 }), to: formatDay(lastOfPrevious) };
    }
  }
}

// ---- Showing the time zone ----

/** `+01:00`, `−05:00` (a real minus sign, read as "minus" by screen readers), `+05:30`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '\u2212' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** E.g. "Times are in Europe/Berlin (UTC+01:00)", with a note when the zone changes its offset. */
export function describeTimeZone(timeZone: string, now: Date): string {
  const offset = formatOffset(tzOffset(timeZone, now));
  const year = dayIn(now, timeZone).year;
  const january = tzOffset(timeZone, new Date(Date.UTC(year, 0, 1)));
  const july = tzOffset(timeZone, new Date(Date.UTC(year, 6, 1)));
  return january !== july
    ? t('timeZone.withDst', { timeZone, offset })
    : t('timeZone.fixed', { timeZone, offset });
}
