// Building blocks for parsing eGain responses once, at the boundary: one-or-many values, enumerated
// `{value, displayValue}` pairs, numbers that may arrive as strings, and `paginationInfo` (§1.6).
import { z } from 'zod';

/**
 * A value that v12 JSON sends as a single object where there is one, and as an array otherwise;
 * always an array afterwards. Missing is an empty array unless `required`.
 */
export function oneOrMany<T extends z.ZodType>(item: T) {
  return z
    .union([z.array(item), item])
    .optional()
    .transform((value): z.output<T>[] => {
      if (value === undefined) return [];
      return Array.isArray(value) ? value : [value];
    });
}

/** Like `oneOrMany`, but the value must be present (to tell wrapper objects from items). */
export function requiredOneOrMany<T extends z.ZodType>(item: T) {
  return z
    .union([z.array(item), item])
    .transform((value): z.output<T>[] => (Array.isArray(value) ? value : [value]));
}

/** `{ value, displayValue }`: displayValue is what people read (localised), value what filters use. */
export const displayValueSchema = z
  .object({ value: z.string().optional(), displayValue: z.string().optional() })
  .transform(({ value, displayValue }) => ({
    value: value ?? '',
    displayValue: displayValue ?? value ?? '',
  }));
export type DisplayValue = z.output<typeof displayValueSchema>;

/** A whole number that some servers send as a string. */
export const integerSchema = z
  .union([z.number(), z.string().regex(/^\s*\d+\s*$/)])
  .transform((value) => Math.trunc(Number(value)));

/** `paginationInfo`; `count` is the total number of matching records (D1). */
export const paginationInfoSchema = z.object({
  count: integerSchema.optional(),
  pagenum: integerSchema.optional(),
  pagesize: integerSchema.optional(),
});
export type PaginationInfo = z.output<typeof paginationInfoSchema>;

/** `{ date, user? }` as in `lastModified` and `created`. */
export const dateStampSchema = z.object({
  date: z.string().optional(),
  user: z
    .object({ name: z.string().optional(), id: z.union([z.string(), z.number()]).optional() })
    .optional(),
});
