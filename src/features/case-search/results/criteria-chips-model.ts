// How active criteria read as chips ("Email: jhenry@customer.com") and in the "No cases match"
// message, and which URL keys each chip removes. Labels are in the UI language of the call. The custom attribute and its value are one chip:
// one without the other is not a criterion.
import { t } from '../../../lib/i18n';
import {
  boundLabel,
  CRITERIA,
  type Criteria,
  type CriteriaKey,
  type CriterionRow,
} from '../criteria';

export interface CriterionChip {
  /** Stable id for React keys and focus handling. */
  id: string;
  label: string;
  value: string;
  /** The URL keys removed with this chip. */
  keys: CriteriaKey[];
}

function chipsOf(row: CriterionRow, criteria: Criteria): CriterionChip[] {
  const text = (key: CriteriaKey): string => criteria[key]?.trim() ?? '';
  switch (row.kind) {
    case 'text': {
      const value = text(row.key);
      return value ? [{ id: row.key, label: t(row.label), value, keys: [row.key] }] : [];
    }
    case 'choice': {
      const value = text(row.key);
      const option = row.options.find((candidate) => candidate.value === value.toLowerCase());
      return value
        ? [
            {
              id: row.key,
              label: t(row.label),
              value: option ? t(option.label) : value,
              keys: [row.key],
            },
          ]
        : [];
    }
    case 'dateRange':
      // One chip a bound: either can be removed on its own.
      return (['from', 'to'] as const).flatMap((edge) => {
        const key = row[edge];
        const value = text(key);
        return value ? [{ id: key, label: boundLabel(row, edge), value, keys: [key] }] : [];
      });
    case 'customPair': {
      const name = text(row.name);
      const value = text(row.value);
      if (!name && !value) return [];
      return [
        {
          id: row.key,
          label: t(row.label),
          value: name && value ? `${name} = ${value}` : name || value,
          keys: [row.name, row.value],
        },
      ];
    }
  }
}

/** The chips of the criteria, in the order of the criteria table. */
export function criteriaChips(criteria: Criteria): CriterionChip[] {
  return CRITERIA.flatMap((row) => chipsOf(row, criteria));
}

export function withoutChip(criteria: Criteria, chip: CriterionChip): Criteria {
  const next: Criteria = { ...criteria };
  for (const key of chip.keys) delete next[key];
  return next;
}

/** "Email: a@b.com, Department: Service" (a list, written as the UI language writes lists). */
export function describeCriteria(criteria: Criteria): string {
  return criteriaChips(criteria)
    .map((chip) => t('chips.criterion', { label: chip.label, value: chip.value }))
    .join(t('chips.separator'));
}
