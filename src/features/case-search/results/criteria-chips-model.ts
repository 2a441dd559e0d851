// How active criteria read as chips ("Email: jhenry@customer.com") and in the "No cases match"
// message, and which URL keys each chip removes. The custom attribute and its value are one chip:
// one without the other is not a criterion.
import type { Criteria, CriteriaKey } from '../search-state';

export interface CriterionChip {
  /** Stable id for React keys and focus handling. */
  id: string;
  label: string;
  value: string;
  /** The URL keys removed with this chip. */
  keys: CriteriaKey[];
}

const LABELS: { key: CriteriaKey; label: string }[] = [
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'customerId', label: 'Customer ID' },
  { key: 'ownerId', label: 'Owner ID' },
  { key: 'department', label: 'Department' },
  { key: 'status', label: 'Status' },
  { key: 'createdFrom', label: 'Created from' },
  { key: 'createdTo', label: 'Created to' },
  { key: 'lastModifiedFrom', label: 'Last modified from' },
  { key: 'lastModifiedTo', label: 'Last modified to' },
  { key: 'lastClosedFrom', label: 'Last closed from' },
  { key: 'lastClosedTo', label: 'Last closed to' },
];

const STATUS_LABELS: Record<string, string> = { open: 'Open', closed: 'Closed' };

export function criteriaChips(criteria: Criteria): CriterionChip[] {
  const chips: CriterionChip[] = [];
  for (const { key, label } of LABELS) {
    const value = criteria[key]?.trim();
    if (!value) continue;
    chips.push({
      id: key,
      label,
      value: key === 'status' ? (STATUS_LABELS[value.toLowerCase()] ?? value) : value,
      keys: [key],
    });
  }
  const name = criteria.customName?.trim();
  const value = criteria.customValue?.trim();
  if (name || value) {
    chips.push({
      id: 'custom',
      label: 'Custom attribute',
      value: name && value ? `${name} = ${value}` : (name ?? value ?? ''),
      keys: ['customName', 'customValue'],
    });
  }
  return chips;
}

export function withoutChip(criteria: Criteria, chip: CriterionChip): Criteria {
  const next: Criteria = { ...criteria };
  for (const key of chip.keys) delete next[key];
  return next;
}

/** "Email: a@b.com, Department: Service" */
export function describeCriteria(criteria: Criteria): string {
  return criteriaChips(criteria)
    .map((chip) => `${chip.label}: ${chip.value}`)
    .join(', ');
}
