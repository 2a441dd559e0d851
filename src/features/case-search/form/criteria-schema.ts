// The criteria schema: the rules of the criteria table applied to the form's values, and the lookup
// body built from them. The form submits through it (react-hook-form's resolver); criteria that
// arrive through a URL go through `parseCriteria`, the same schema, before any lookup is sent.
import { z } from 'zod';
import { t } from '../../../lib/i18n';
import type { LookupBody } from '../api/lookup-request';
import {
  CRITERIA,
  CRITERIA_KEYS,
  MESSAGES,
  type Criteria,
  type CriteriaKey,
  type CriterionRow,
} from '../criteria';
import {
  browserTimeZone,
  parseBound,
  typedBoundToInstant,
  type BoundProblem,
} from '../date-bounds';
import { buildLookupBody } from '../lookup-body';

/** The form's values: every criterion as a string, '' when empty. */
export type CriteriaValues = Record<CriteriaKey, string>;
/** Messages by field; `root` is the form-level "no criterion" message. */
export type CriteriaErrors = Partial<Record<CriteriaKey | 'root', string>>;

export function emptyValues(): CriteriaValues {
  return toValues({});
}

/** URL criteria → form values. */
export function toValues(criteria: Criteria): CriteriaValues {
  const values: Partial<CriteriaValues> = {};
  for (const key of CRITERIA_KEYS) values[key] = criteria[key] ?? '';
  return valuesShape.parse(values);
}

/** Form values → criteria for the URL: trimmed, empty ones left out (phone and dates stay as typed). */
export function toCriteria(values: CriteriaValues): Criteria {
  const criteria: Criteria = {};
  for (const key of CRITERIA_KEYS) {
    const value = values[key].trim();
    if (value !== '') criteria[key] = value;
  }
  return criteria;
}

function boundMessage(problem: BoundProblem): string {
  return problem === 'format' ? MESSAGES.boundFormat : MESSAGES.boundImpossible;
}

/** The rule of one row, adding its problems to `errors`. */
function checkRow(
  row: CriterionRow,
  text: (key: CriteriaKey) => string,
  timeZone: string,
  errors: CriteriaErrors,
): void {
  switch (row.kind) {
    case 'text': {
      const value = text(row.key);
      const problem = value && 'check' in row ? row.check(value) : undefined;
      if (problem) errors[row.key] = problem;
      return;
    }
    case 'choice': {
      const value = text(row.key);
      if (value && !row.options.some((option) => option.value === value))
        errors[row.key] = row.invalid();
      return;
    }
    case 'dateRange': {
      const from = text(row.from);
      const to = text(row.to);
      const fromParse = from ? parseBound(from) : null;
      const toParse = to ? parseBound(to) : null;
      if (fromParse && !fromParse.ok) errors[row.from] = boundMessage(fromParse.problem);
      if (toParse && !toParse.ok) errors[row.to] = boundMessage(toParse.problem);
      if (fromParse?.ok && toParse?.ok) {
        // Compare the instants that would be sent: 2024-03-10 to 2024-03-10 is a valid whole day.
        const fromInstant = typedBoundToInstant(from, 'from', timeZone) ?? '';
        const toInstant = typedBoundToInstant(to, 'to', timeZone) ?? '';
        if (fromInstant > toInstant) errors[row.to] = MESSAGES.rangeOrder({ label: t(row.label) });
      }
      return;
    }
    case 'customPair': {
      const name = text(row.name);
      const value = text(row.value);
      if (name && !value) errors[row.value] = MESSAGES.customValueMissing;
      if (value && !name) errors[row.name] = MESSAGES.customNameMissing;
      return;
    }
  }
}

/** Every rule of the table, as plain code; the schema below reports what it finds. */
export function validateCriteria(values: Criteria, timeZone: string): CriteriaErrors {
  const errors: CriteriaErrors = {};
  const text = (key: CriteriaKey): string => values[key]?.trim() ?? '';
  if (CRITERIA_KEYS.every((key) => text(key) === '')) {
    errors.root = MESSAGES.noCriterion;
    return errors;
  }
  for (const row of CRITERIA) checkRow(row, text, timeZone, errors);
  return errors;
}

const valuesShape = z.record(z.enum(CRITERIA_KEYS), z.string());

/** A search that passed every rule: the criteria for the URL and the body that is sent. */
export interface CheckedSearch {
  criteria: Criteria;
  body: LookupBody;
}

/**
 * The form's schema (for react-hook-form's zodResolver): one issue per invalid field, and for
 * valid values the criteria and the lookup body.
 */
export function criteriaSchema(timeZone: string) {
  return valuesShape
    .superRefine((values, ctx) => {
      for (const [path, message] of Object.entries(validateCriteria(values, timeZone))) {
        ctx.addIssue({ code: 'custom', path: [path], message });
      }
    })
    .transform((values): CheckedSearch => {
      const criteria = toCriteria(values);
      return { criteria, body: buildLookupBody(criteria, timeZone) };
    });
}

export type CriteriaCheck = { ok: true; body: LookupBody } | { ok: false; errors: CriteriaErrors };

/**
 * Criteria from a URL (old or hand-edited) through the same schema: the body only when every rule
 * holds, so an invalid URL never sends a lookup; otherwise the problems, by field, for the form.
 */
export function parseCriteria(
  criteria: Criteria,
  timeZone: string = browserTimeZone(),
): CriteriaCheck {
  const result = criteriaSchema(timeZone).safeParse(toValues(criteria));
  if (result.success) return { ok: true, body: result.data.body };
  const errors: CriteriaErrors = {};
  for (const issue of result.error.issues) {
    const [path] = issue.path;
    if (isErrorKey(path)) errors[path] = issue.message;
  }
  return { ok: false, errors };
}

const isErrorKey = (path: unknown): path is CriteriaKey | 'root' =>
  path === 'root' || CRITERIA_KEYS.some((key) => key === path);
