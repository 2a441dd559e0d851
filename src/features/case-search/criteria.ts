// The search criteria, declared once. Each row says what a criterion is called in the URL, which
// field of the lookup body it fills (§3.2), how it is checked, how it reads as a chip, whether it
// identifies a person, and whether a saved view may keep it. URL state, the form's schema, the body
// builder and the chips all read this table; the type checks below fail to compile when it stops
// covering exactly the body fields of the API contract.
import { z } from 'zod';
import { t, type MessageId } from '../../lib/i18n';
import {
  CASE_STATUSES,
  type CaseStatus,
  type ExactlyCovers,
  type LookupBodyField,
} from '../../../contract/egain';

/** What the user is told when a criterion breaks a rule, in the UI language of the moment. */
export const MESSAGES = {
  get noCriterion() {
    return t('criteria.noCriterion');
  },
  get email() {
    return t('criteria.email');
  },
  get phoneCharacters() {
    return t('criteria.phoneCharacters');
  },
  get phoneTooShort() {
    return t('criteria.phoneTooShort');
  },
  get customerId() {
    return t('criteria.customerId');
  },
  get ownerId() {
    return t('criteria.ownerId');
  },
  get status() {
    return t('criteria.status');
  },
  get customNameMissing() {
    return t('criteria.customNameMissing');
  },
  get customValueMissing() {
    return t('criteria.customValueMissing');
  },
  get boundFormat() {
    return t('criteria.boundFormat');
  },
  get boundImpossible() {
    return t('criteria.boundImpossible');
  },
  /** `range.label` is the range's name as shown (already in the UI language). */
  rangeOrder: (range: { label: string; [other: string]: unknown }) =>
    t('criteria.rangeOrder', { range: range.label }),
};

const MIN_PHONE_DIGITS = 7;
const emailSchema = z.email();

interface Row {
  /** Stable name of the criterion (chip ids, saved views). */
  key: string;
  /** The lookup body field it fills (§3.2). */
  body: LookupBodyField;
  /** The form's label, and the chip's (a message of the UI catalogs). */
  label: MessageId;
  /** Email, phone and customer ID name a person: never stored, never in a request URL. */
  identifiesPerson: boolean;
  /** A saved view may keep it (never one that identifies a person). */
  savable: boolean;
}

/** One text field; its URL parameter is its key. `check` gets the trimmed, non-empty value. */
interface TextCriterion extends Row {
  kind: 'text';
  check?: (value: string) => string | undefined;
  /** What is sent for the trimmed value (default: the value itself). */
  toBody?: (value: string) => string;
}

/** One value out of a fixed list; its URL parameter is its key. */
interface ChoiceCriterion extends Row {
  kind: 'choice';
  options: readonly { value: string; label: MessageId }[];
  /** Shown when the value is not one of `options` (an old or hand-edited link). */
  invalid: () => string;
}

/** Two bounds (URL parameters `from` and `to`), sent as one range (D4). */
interface DateRangeCriterion extends Row {
  kind: 'dateRange';
  from: string;
  to: string;
}

/** A custom attribute and the value it must have (URL parameters `name`, `value`), sent together (D5). */
interface CustomPairCriterion extends Row {
  kind: 'customPair';
  name: string;
  value: string;
}

type Criterion = TextCriterion | ChoiceCriterion | DateRangeCriterion | CustomPairCriterion;

// The message is looked up when the check runs: read when this table is built, it would be fixed
// in the language (or, before the catalog has arrived, the bare message id) of that moment.
const digitsOnly = (message: () => string) => (value: string) =>
  /^\d+$/.test(value) ? undefined : message();

const STATUS_LABELS = {
  open: 'criteria.status.open',
  closed: 'criteria.status.closed',
} as const satisfies Record<CaseStatus, MessageId>;

/** In display order: the chips, the "No cases match" message and the URL follow it. */
export const CRITERIA = [
  {
    kind: 'text',
    key: 'email',
    body: 'email',
    label: 'criteria.email.label',
    identifiesPerson: true,
    savable: false,
    check: (value) => (emailSchema.safeParse(value).success ? undefined : MESSAGES.email),
  },
  {
    kind: 'text',
    key: 'phone',
    body: 'phone',
    label: 'criteria.phone.label',
    identifiesPerson: true,
    savable: false,
    // D2: the formatting people type (spaces, - . ( ) and a leading +) is removed before sending.
    check: (value) => {
      if (!/^\+?[\d\s\-.()]+$/.test(value)) return MESSAGES.phoneCharacters;
      if (value.replace(/\D/g, '').length < MIN_PHONE_DIGITS) return MESSAGES.phoneTooShort;
      return undefined;
    },
    toBody: (value) => value.replace(/\D/g, ''),
  },
  {
    kind: 'text',
    key: 'customerId',
    body: 'customer',
    label: 'criteria.customerId.label',
    identifiesPerson: true,
    savable: false,
    check: digitsOnly(() => MESSAGES.customerId),
  },
  {
    kind: 'text',
    key: 'ownerId',
    body: 'ownerId',
    label: 'criteria.ownerId.label',
    identifiesPerson: false,
    savable: true,
    check: digitsOnly(() => MESSAGES.ownerId),
  },
  {
    kind: 'text',
    key: 'department',
    body: 'department',
    label: 'criteria.department.label',
    identifiesPerson: false,
    savable: true,
  },
  {
    kind: 'choice',
    key: 'status',
    body: 'status',
    label: 'criteria.status.label',
    identifiesPerson: false,
    savable: true,
    options: CASE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
    invalid: () => MESSAGES.status,
  },
  {
    kind: 'dateRange',
    key: 'created',
    body: 'createdDate',
    label: 'criteria.created.label',
    from: 'createdFrom',
    to: 'createdTo',
    identifiesPerson: false,
    savable: true,
  },
  {
    kind: 'dateRange',
    key: 'lastModified',
    body: 'lastModifiedDate',
    label: 'criteria.lastModified.label',
    from: 'lastModifiedFrom',
    to: 'lastModifiedTo',
    identifiesPerson: false,
    savable: true,
  },
  {
    kind: 'dateRange',
    key: 'lastClosed',
    body: 'lastClosedDate',
    label: 'criteria.lastClosed.label',
    from: 'lastClosedFrom',
    to: 'lastClosedTo',
    identifiesPerson: false,
    savable: true,
  },
  {
    kind: 'customPair',
    key: 'custom',
    body: 'custom',
    label: 'criteria.custom.label',
    name: 'customName',
    value: 'customValue',
    identifiesPerson: false,
    savable: true,
  },
] as const satisfies readonly Criterion[];

/**
 * Body fields the product does not offer: `ownerLoginId` (§3.2) has no documented meaning beyond
 * its name and overlaps Owner ID; the simulator still accepts it.
 */
export const NOT_OFFERED = ['ownerLoginId'] as const satisfies readonly LookupBodyField[];

/** One row of the table, with its literal names. */
export type CriterionRow = (typeof CRITERIA)[number];
// Compile-time proof: every body field of §3.2 is either a row of the table or listed as not
// offered, and the table names no field the contract does not have.
const _coversTheContract: ExactlyCovers<
  LookupBodyField,
  CriterionRow['body'] | (typeof NOT_OFFERED)[number]
> = true;

/** The URL parameters (and form fields) of one criterion. */
type ParamsOf<C> = C extends { kind: 'text' | 'choice'; key: infer K }
  ? K
  : C extends { kind: 'dateRange'; from: infer F; to: infer T }
    ? F | T
    : C extends { kind: 'customPair'; name: infer N; value: infer V }
      ? N | V
      : never;
export type CriteriaKey = ParamsOf<CriterionRow>;

function paramsOf(criterion: CriterionRow): CriteriaKey[] {
  switch (criterion.kind) {
    case 'text':
    case 'choice':
      return [criterion.key];
    case 'dateRange':
      return [criterion.from, criterion.to];
    case 'customPair':
      return [criterion.name, criterion.value];
  }
}

/** Every URL parameter of the criteria, in table order. */
export const CRITERIA_KEYS: readonly CriteriaKey[] = CRITERIA.flatMap(paramsOf);

/** Criteria exactly as the user typed them (checked by the schema before a lookup is sent). */
export type Criteria = Partial<Record<CriteriaKey, string>>;

export type DateRange = Extract<CriterionRow, { kind: 'dateRange' }>;
export const DATE_RANGES = CRITERIA.filter(
  (criterion): criterion is DateRange => criterion.kind === 'dateRange',
);

/** The row of one criterion, by its key (`t(criterion('email').label)`). */
export function criterion<K extends CriterionRow['key']>(
  key: K,
): Extract<CriterionRow, { key: K }> {
  const row = CRITERIA.find(
    (candidate): candidate is Extract<CriterionRow, { key: K }> => candidate.key === key,
  );
  if (!row) throw new Error(`No criterion ${key}`);
  return row;
}

/** `Created from` / `Created to`: the label of one bound of a date range, in the UI language. */
export function boundLabel(range: DateRange, edge: 'from' | 'to'): string {
  return t(edge === 'from' ? 'criteria.boundFrom' : 'criteria.boundTo', { range: t(range.label) });
}

/** The URL parameters of the criteria a saved view may keep (the `savable` column). */
export const SAVABLE_KEYS: readonly CriteriaKey[] = CRITERIA.filter((row) => row.savable).flatMap(
  paramsOf,
);
/** The URL parameters a saved view never keeps (email, phone, customer ID). */
export const NEVER_SAVED_KEYS: readonly CriteriaKey[] = CRITERIA.filter(
  (row) => !row.savable,
).flatMap(paramsOf);

/** The label of the criterion a URL parameter belongs to (`customerId` → `Customer ID`), in the UI language. */
export function criterionLabel(key: CriteriaKey): string {
  const row = CRITERIA.find((candidate) => paramsOf(candidate).includes(key));
  return row ? t(row.label) : key;
}
