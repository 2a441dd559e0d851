// Validation of the case lookup body (§3.2) into store criteria. Checks run in a fixed order:
// no known attribute at all (400-112), then each known attribute in the order of the §3.2 table
// (wrong type or format 400-152, bad status 400-196), then attributes the API does not know (400-152).
import { z } from 'zod';
import type { ExactlyCovers, LookupBodyField } from '../../contract/egain.ts';
import { CASE_STATUSES } from './data/model.ts';
import { parseDateRange } from './date-range.ts';
import { errors } from './errors.ts';
import { digitsOf, type CaseCriteria, type DateRange } from './store.ts';

export const LOOKUP_ATTRIBUTES = [
  'customer',
  'email',
  'phone',
  'status',
  'custom',
  'createdDate',
  'lastModifiedDate',
  'lastClosedDate',
  'department',
  'ownerId',
  'ownerLoginId',
] as const;
type LookupAttribute = (typeof LOOKUP_ATTRIBUTES)[number];
// The simulator checks in the order of the §3.2 table; the set of fields is the contract's.
const _coversTheContract: ExactlyCovers<LookupBodyField, LookupAttribute> = true;

const isLookupAttribute = (name: string): name is LookupAttribute =>
  LOOKUP_ATTRIBUTES.some((attribute) => attribute === name);

const customCriterion = z.strictObject({
  name: z.string().trim().min(1),
  value: z.string().trim().min(1),
});

/** Every value is a non-empty string (decision D15). */
function text(body: Record<string, unknown>, attribute: LookupAttribute): string {
  const value = body[attribute];
  if (typeof value !== 'string' || value.trim() === '')
    throw errors.invalidBodyAttribute(attribute);
  return value;
}

function digits(body: Record<string, unknown>, attribute: LookupAttribute): string {
  const value = text(body, attribute);
  if (!/^\d+$/.test(value)) throw errors.invalidBodyAttribute(attribute);
  return value;
}

function range(body: Record<string, unknown>, attribute: LookupAttribute): DateRange {
  const parsed = parseDateRange(text(body, attribute));
  if (parsed === undefined) throw errors.invalidBodyAttribute(attribute);
  return parsed;
}

export function parseLookupBody(body: Record<string, unknown>): CaseCriteria {
  const present = (attribute: LookupAttribute): boolean => Object.hasOwn(body, attribute);
  if (!LOOKUP_ATTRIBUTES.some(present)) throw errors.noCriterion(LOOKUP_ATTRIBUTES);

  const criteria: {
    -readonly [K in keyof CaseCriteria]: CaseCriteria[K];
  } = {};
  for (const attribute of LOOKUP_ATTRIBUTES) {
    if (!present(attribute)) continue;
    switch (attribute) {
      case 'customer':
        criteria.customer = Number(digits(body, attribute));
        break;
      case 'email':
        criteria.email = text(body, attribute);
        break;
      case 'phone': {
        // Decision D2: digits on both sides, so "408-222-9898" finds "4082229898".
        const phone = digitsOf(text(body, attribute));
        if (phone === '') throw errors.invalidBodyAttribute(attribute);
        criteria.phone = phone;
        break;
      }
      case 'status': {
        const value = text(body, attribute);
        const status = CASE_STATUSES.find((s) => s === value);
        if (status === undefined) throw errors.invalidEnumValue(attribute, CASE_STATUSES);
        criteria.status = status;
        break;
      }
      case 'custom': {
        const parsed = customCriterion.safeParse(body.custom);
        if (!parsed.success) throw errors.invalidBodyAttribute(attribute);
        criteria.custom = [parsed.data];
        break;
      }
      case 'createdDate':
      case 'lastModifiedDate':
      case 'lastClosedDate':
        criteria[attribute] = range(body, attribute);
        break;
      case 'department':
      case 'ownerLoginId':
        criteria[attribute] = text(body, attribute);
        break;
      case 'ownerId':
        criteria.ownerId = digits(body, attribute);
        break;
    }
  }
  const unknown = Object.keys(body).find((name) => !isLookupAttribute(name));
  if (unknown !== undefined) throw errors.unsupportedBodyAttribute(unknown);
  return criteria;
}
