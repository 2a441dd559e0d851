// The lookup body built from criteria as typed (§3.2, D2–D5, D15), one criterion row at a time.
import { LOOKUP_BODY_FIELDS } from '../../../contract/egain';
import type { LookupBody } from './api/lookup-request';
import { CRITERIA, type Criteria, type CriterionRow } from './criteria';
import { browserTimeZone, formatRange, typedBoundToInstant } from './date-bounds';

function put(body: LookupBody, row: CriterionRow, criteria: Criteria, timeZone: string): void {
  switch (row.kind) {
    case 'text': {
      const value = criteria[row.key]?.trim() ?? '';
      const sent = 'toBody' in row ? row.toBody(value) : value;
      if (sent) body[row.body] = sent;
      return;
    }
    case 'choice': {
      const value = criteria[row.key]?.trim();
      if (value) body[row.body] = value;
      return;
    }
    case 'dateRange': {
      const from = criteria[row.from]?.trim();
      const to = criteria[row.to]?.trim();
      const range = formatRange(
        from ? typedBoundToInstant(from, 'from', timeZone) : null,
        to ? typedBoundToInstant(to, 'to', timeZone) : null,
      );
      if (range) body[row.body] = range;
      return;
    }
    case 'customPair': {
      const name = criteria[row.name]?.trim();
      const value = criteria[row.value]?.trim();
      if (name && value) body[row.body] = { name, value };
      return;
    }
  }
}

/**
 * The lookup body: only non-empty criteria, trimmed; phone as digits only (D2); date ranges as UTC
 * instants in `timeZone` (D4). Keys follow the order of the documentation's full example. Bounds
 * that do not parse are left out; the criteria schema refuses them before this runs.
 */
export function buildLookupBody(
  criteria: Criteria,
  timeZone: string = browserTimeZone(),
): LookupBody {
  const body: LookupBody = {};
  for (const field of LOOKUP_BODY_FIELDS) {
    const row = CRITERIA.find((candidate) => candidate.body === field);
    if (row) put(body, row, criteria, timeZone);
  }
  return body;
}
