// The search form's rules: which criteria may be sent, and what to tell the user when one may not.
// The same rules check criteria typed into the form and criteria that arrive through a URL.
import { z } from 'zod';
import { parseBound, typedBoundToInstant, type BoundProblem } from '../date-bounds';
import { CRITERIA_KEYS, type Criteria, type CriteriaKey } from '../search-state';

/** The form's values: every criterion as a string, '' when empty. */
export type CriteriaValues = Record<CriteriaKey, string>;
/** Messages by field; `root` is the form-level "no criterion" message. */
export type CriteriaErrors = Partial<Record<CriteriaKey | 'root', string>>;

export const DATE_RANGES = [
  { name: 'created', label: 'Created', from: 'createdFrom', to: 'createdTo' },
  { name: 'lastModified', label: 'Last modified', from: 'lastModifiedFrom', to: 'lastModifiedTo' },
  { name: 'lastClosed', label: 'Last closed', from: 'lastClosedFrom', to: 'lastClosedTo' },
] as const satisfies readonly { name: string; label: string; from: CriteriaKey; to: CriteriaKey }[];
export type DateRange = (typeof DATE_RANGES)[number];

export const MESSAGES = {
  noCriterion:
    'Enter at least one search criterion, for example an email address or a customer ID, then search again.',
  email: 'This is not an email address. Enter it in the form name@example.com.',
  phoneCharacters:
    'Phone can contain only digits, spaces and the characters + - . ( ). Remove any other characters.',
  phoneTooShort: 'Phone needs at least 7 digits. Enter the full number, for example 408-222-9898.',
  customerId:
    'Customer ID must be digits only, for example 1000. Remove letters, spaces and other characters.',
  ownerId:
    'Owner ID must be digits only, for example 1010. Remove letters, spaces and other characters.',
  status: 'Choose Any, Open or Closed.',
  customNameMissing:
    'Custom value needs a custom attribute. Choose or enter the attribute, or clear Custom value.',
  customValueMissing: 'Enter the value the custom attribute must have, or clear Custom attribute.',
  boundFormat:
    'Enter a date as YYYY-MM-DD, or a date and time as YYYY-MM-DDTHH:mm, for example 2024-03-10 or 2024-03-10T14:30.',
  boundImpossible:
    'This date or time does not exist. Check the day of the month, and use hours 00–23 and minutes and seconds 00–59.',
  rangeOrder: (range: DateRange) =>
    `${range.label} to is before ${range.label} from. Enter a later date here, or an earlier one in ${range.label} from.`,
} as const;

const MIN_PHONE_DIGITS = 7;
const emailSchema = z.email();

const blank: CriteriaValues = {
  email: '',
  phone: '',
  customerId: '',
  status: '',
  department: '',
  ownerId: '',
  customName: '',
  customValue: '',
  createdFrom: '',
  createdTo: '',
  lastModifiedFrom: '',
  lastModifiedTo: '',
  lastClosedFrom: '',
  lastClosedTo: '',
};

export function emptyValues(): CriteriaValues {
  return { ...blank };
}

/** URL criteria → form values. */
export function toValues(criteria: Criteria): CriteriaValues {
  return { ...blank, ...criteria };
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

/** Every rule, as plain code; the zod schema below and `parseCriteria` both use it. */
export function validateCriteria(values: Criteria, timeZone: string): CriteriaErrors {
  const errors: CriteriaErrors = {};
  const text = (key: CriteriaKey): string => values[key]?.trim() ?? '';

  if (CRITERIA_KEYS.every((key) => text(key) === '')) {
    errors.root = MESSAGES.noCriterion;
    return errors;
  }

  const email = text('email');
  if (email && !emailSchema.safeParse(email).success) errors.email = MESSAGES.email;

  const phone = text('phone');
  if (phone) {
    // D2: the formatting people type (spaces, - . ( ) and a leading +) is removed before sending.
    if (!/^\+?[\d\s\-.()]+$/.test(phone)) errors.phone = MESSAGES.phoneCharacters;
    else if (phone.replace(/\D/g, '').length < MIN_PHONE_DIGITS)
      errors.phone = MESSAGES.phoneTooShort;
  }

  const customerId = text('customerId');
  if (customerId && !/^\d+$/.test(customerId)) errors.customerId = MESSAGES.customerId;
  const ownerId = text('ownerId');
  if (ownerId && !/^\d+$/.test(ownerId)) errors.ownerId = MESSAGES.ownerId;

  const status = text('status');
  if (status && status !== 'open' && status !== 'closed') errors.status = MESSAGES.status;

  const customName = text('customName');
  const customValue = text('customValue');
  if (customName && !customValue) errors.customValue = MESSAGES.customValueMissing;
  if (customValue && !customName) errors.customName = MESSAGES.customNameMissing;

  for (const range of DATE_RANGES) {
    const from = text(range.from);
    const to = text(range.to);
    const fromParse = from ? parseBound(from) : null;
    const toParse = to ? parseBound(to) : null;
    if (fromParse && !fromParse.ok) errors[range.from] = boundMessage(fromParse.problem);
    if (toParse && !toParse.ok) errors[range.to] = boundMessage(toParse.problem);
    if (fromParse?.ok && toParse?.ok) {
      // Compare the instants that would be sent: 2024-03-10 to 2024-03-10 is a valid whole day.
      const fromInstant = typedBoundToInstant(from, 'from', timeZone) ?? '';
      const toInstant = typedBoundToInstant(to, 'to', timeZone) ?? '';
      if (fromInstant > toInstant) errors[range.to] = MESSAGES.rangeOrder(range);
    }
  }
  return errors;
}

const valuesShape = z.object({
  email: z.string(),
  phone: z.string(),
  customerId: z.string(),
  status: z.string(),
  department: z.string(),
  ownerId: z.string(),
  customName: z.string(),
  customValue: z.string(),
  createdFrom: z.string(),
  createdTo: z.string(),
  lastModifiedFrom: z.string(),
  lastModifiedTo: z.string(),
  lastClosedFrom: z.string(),
  lastClosedTo: z.string(),
}) satisfies z.ZodType<CriteriaValues>;

/** The form's schema (for react-hook-form's zodResolver): one issue per invalid field. */
export function criteriaSchema(timeZone: string) {
  return valuesShape.superRefine((values, ctx) => {
    const errors = validateCriteria(values, timeZone);
    for (const [path, message] of Object.entries(errors)) {
      ctx.addIssue({ code: 'custom', path: [path], message });
    }
  });
}
