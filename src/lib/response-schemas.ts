// Building blocks for parsing eGain responses once, at the boundary: one-or-many values, enumerated
// `{value, displayValue}` pairs, numbers that may arrive as strings, and `paginationInfo` (§1.6).
import { z } from 'zod';
import { t } from './i18n';
import type { RecordKind } from './paging';

/**
 * A display field as text: strings as sent, numbers and booleans written out, null or missing as
 * undefined (real servers send `"subject": null` and numeric names).
 */
export const textSchema = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .optional()
  .transform((value) => (value === null || value === undefined ? undefined : String(value)));

/** An optional id: string or number, null or missing as undefined. */
export const optionalIdSchema = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) => (value === null || value === undefined ? undefined : String(value)));

/** An optional part of a row that may also arrive as `null`: both read as undefined. */
export function maybe<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value): z.output<T> | undefined => value ?? undefined);
}

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
  .union([
    z.object({ value: textSchema, displayValue: textSchema }),
    // Some servers send the bare machine value.
    z.union([z.string(), z.number()]).transform((value) => ({
      value: String(value),
      displayValue: undefined,
    })),
  ])
  .transform(({ value, displayValue }) => ({
    value: value ?? '',
    displayValue: displayValue || value || '',
  }));
export type DisplayValue = z.output<typeof displayValueSchema>;

/** A whole number that some servers send as a string. */
export const integerSchema = z
  .union([z.number(), z.string().regex(/^\s*\d+\s*$/)])
  .transform((value) => Math.trunc(Number(value)));

/** `paginationInfo`; `count` is the total number of matching records (D1). */
export const paginationInfoSchema = z.object({
  count: maybe(integerSchema),
  pagenum: maybe(integerSchema),
  pagesize: maybe(integerSchema),
});
export type PaginationInfo = z.output<typeof paginationInfoSchema>;

/** A user reference: `{name}` or `{firstName, lastName}` (ids may be numbers), or a bare name. */
export const userNameSchema = maybe(
  z.union([
    z
      .object({
        name: textSchema,
        firstName: textSchema,
        lastName: textSchema,
        id: textSchema,
      })
      .transform(({ name, firstName, lastName, id }) => {
        const full = [firstName, lastName].filter((part) => part && part.trim() !== '').join(' ');
        return name || full || id;
      }),
    z.union([z.string(), z.number()]).transform(String),
  ]),
).transform((name) => name || undefined);

/**
 * A timestamp as v12/v20 send it (`{date, user?}`) or as eGain v3 does (an ISO string, the user in
 * a sibling such as `lastModifiedBy`): always `{date?, userName?}` afterwards.
 */
export const dateStampSchema = maybe(
  z.union([
    z.object({ date: textSchema, user: userNameSchema }).transform(({ date, user }) => ({
      date,
      userName: user,
    })),
    z.string().transform((date) => ({ date: date || undefined, userName: undefined })),
  ]),
);
export type DateStamp = NonNullable<z.output<typeof dateStampSchema>>;

/** A row of a list that could not be read: its id when that much was readable, and where it broke. */
export interface SkippedRow {
  id: string | undefined;
  /** Paths of the fields that did not fit, e.g. `status.value`; never their values. */
  paths: string[];
}

export interface Rows<T> {
  rows: T[];
  skipped: SkippedRow[];
}

const rowIdSchema = z.object({ id: z.union([z.string().min(1), z.number()]).transform(String) });

/**
 * The items of a list key (`case`, `activity`, `customer`), one object or an array, each parsed
 * on its own: a row that does not fit is left out and reported in `skipped`, so one bad row never
 * costs the page. A list that is neither an object nor an array is not the documented shape.
 */
export function rowsOf<T extends z.ZodType>(row: T) {
  return z
    .union([z.array(z.unknown()), z.looseObject({})])
    .optional()
    .transform((value): Rows<z.output<T>> => {
      const items: unknown[] = value === undefined ? [] : Array.isArray(value) ? value : [value];
      const result: Rows<z.output<T>> = { rows: [], skipped: [] };
      for (const item of items) {
        const parsed = row.safeParse(item);
        if (parsed.success) {
          result.rows.push(parsed.data);
          continue;
        }
        const id = rowIdSchema.safeParse(item);
        const paths = parsed.error.issues.map((issue) =>
          issue.path.length === 0 ? '(row)' : issue.path.map(String).join('.'),
        );
        result.skipped.push({
          id: id.success ? id.data.id : undefined,
          paths: [...new Set(paths)],
        });
      }
      return result;
    });
}

/** `2 cases could not be shown (ids 1003, 1007)`; empty when every row was read. */
export function skippedText(skipped: SkippedRow[], kind: RecordKind): string {
  if (skipped.length === 0) return '';
  const ids = skipped.flatMap((row) => (row.id === undefined ? [] : [row.id]));
  const unnamed = skipped.length - ids.length;
  const parts = [
    ...(ids.length > 0 ? [t('skipped.ids', { count: ids.length, ids: ids.join(', ') })] : []),
    ...(unnamed > 0 ? [t('skipped.unnamed', { count: unnamed })] : []),
  ];
  const values = { count: skipped.length, detail: parts.join(t('skipped.separator')) };
  return kind === 'cases' ? t('skipped.cases', values) : t('skipped.activities', values);
}
