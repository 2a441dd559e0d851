// The zod shapes a saved view is read back with, from localStorage and from imported files: one
// place for what a stored view may hold. Identifying criteria are not in the shape, so an entry that
// carries one is refused rather than kept.
import { z } from 'zod';
import { RANGE_PRESETS } from '../date-bounds';
import {
  CRITERIA_KEYS,
  DATE_RANGES,
  NEVER_SAVED_KEYS,
  SAVABLE_KEYS,
  type CriteriaKey,
} from '../criteria';
import { PAGE_SIZES, SORT_FIELDS, type PageSize } from '../search-state';
import { MAX_VIEW_NAME } from './view-model';

const MAX_VALUE = 500;

export const criteriaRecordSchema = z.record(z.string(), z.string().max(MAX_VALUE));

export const viewNameSchema = z.string().trim().min(1).max(MAX_VIEW_NAME);

const presetIds = RANGE_PRESETS.map((preset) => preset.id);
const rangeNames = DATE_RANGES.map((range) => range.key);
export const relativeSchema = z.partialRecord(z.enum(rangeNames), z.enum(presetIds));

export const sortSchema = z.object({
  field: z.enum(SORT_FIELDS),
  order: z.enum(['asc', 'desc']),
});

export const pageSizeSchema = z
  .number()
  .refine((n): n is PageSize => PAGE_SIZES.some((size) => size === n));

/** Where the first problem of an entry that did not parse lies (`criteria.status`), or null for the entry itself. */
export function issueField(error: z.ZodError): string | null {
  return error.issues[0]?.path.join('.') || null;
}

/** Keys of a criteria record that a view may not hold, and keys no criterion has. */
export function criteriaKeyProblems(record: Record<string, string>): {
  identifying: CriteriaKey[];
  unknown: string[];
} {
  const identifying = NEVER_SAVED_KEYS.filter((key) => key in record);
  const known: readonly string[] = CRITERIA_KEYS;
  const unknown = Object.keys(record).filter((key) => !known.includes(key));
  return { identifying, unknown };
}

/** Only the criteria a view may keep, with non-empty values. */
export function keptCriteria(record: Record<string, string>): Partial<Record<CriteriaKey, string>> {
  const criteria: Partial<Record<CriteriaKey, string>> = {};
  for (const key of SAVABLE_KEYS) {
    const value = record[key]?.trim();
    if (value) criteria[key] = value;
  }
  return criteria;
}
