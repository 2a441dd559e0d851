// Range values of the lookup body (§1.4): "[start,end]", "[start,]" or "[,end]", both ends
// inclusive, instants in UTC ISO 8601 ("2022-03-23T08:39:16.000Z"; milliseconds optional).
import type { DateRange } from './store.ts';

const RANGE = /^\[([^,[\]]*),([^,[\]]*)\]$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** Epoch ms, or undefined unless the text is a real UTC instant (no 2022-02-30, no 25:00). */
function parseInstant(text: string): number | undefined {
  if (!INSTANT.test(text)) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  // Date.parse rolls some impossible dates over; the round trip catches them.
  return new Date(ms).toISOString().slice(0, 19) === text.slice(0, 19) ? ms : undefined;
}

/** The range, or undefined when the text is not a valid range (including "[,]" and start > end). */
export function parseDateRange(text: string): DateRange | undefined {
  const match = RANGE.exec(text);
  if (match === null) return undefined;
  const [, start = '', end = ''] = match;
  if (start === '' && end === '') return undefined;
  const from = start === '' ? null : parseInstant(start);
  const to = end === '' ? null : parseInstant(end);
  if (from === undefined || to === undefined) return undefined;
  if (from !== null && to !== null && from > to) return undefined;
  return { from, to };
}
