// Facts of the eGain API contract (docs/egain-api.md) that the client and the simulator both rely
// on. One list each, so the two can never disagree. No imports: both TypeScript projects read it.

/**
 * Every field of the case lookup body (§3.2), in the order of the documentation's full example
 * (docs/seed-case-lookup-examples.txt); `ownerLoginId`, which that example leaves out, comes last.
 */
export const LOOKUP_BODY_FIELDS = [
  'customer',
  'email',
  'phone',
  'status',
  'custom',
  'createdDate',
  'lastModifiedDate',
  'department',
  'ownerId',
  'lastClosedDate',
  'ownerLoginId',
] as const;
export type LookupBodyField = (typeof LOOKUP_BODY_FIELDS)[number];

/** Case status values (§3.2, §3.4). */
export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** `$sort` values of the case lookup (D6); the default order is `id` ascending. */
export const CASE_SORT_FIELDS = [
  'id',
  'subject',
  'status',
  'severity',
  'department',
  'lastModifiedDate',
  'createdDate',
] as const;
export type CaseSortField = (typeof CASE_SORT_FIELDS)[number];

/** `$sort` values of the activity search (D17). */
export const ACTIVITY_SORT_FIELDS = ['id', 'createdDate', 'lastModifiedDate'] as const;
export type ActivitySortField = (typeof ACTIVITY_SORT_FIELDS)[number];

/** `$order` values (D6). */
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * Compiles only when `Listed` names exactly the members of `All`, none missing and none extra:
 * `const _check: ExactlyCovers<A, B> = true`.
 */
export type ExactlyCovers<All, Listed> = [Exclude<All, Listed>, Exclude<Listed, All>] extends [
  never,
  never,
]
  ? true
  : { missing: Exclude<All, Listed>; extra: Exclude<Listed, All> };
