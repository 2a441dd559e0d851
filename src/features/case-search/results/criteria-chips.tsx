// The active criteria above the table; removing one re-runs the search without it.
import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../../../lib/i18n';
import type { Criteria } from '../criteria';
import { criteriaChips, withoutChip, type CriterionChip } from './criteria-chips-model';

interface CriteriaChipsProps {
  criteria: Criteria;
  onChange: (criteria: Criteria) => void;
  /** Where focus goes when the last chip is removed. */
  onEmpty: () => void;
}

export function CriteriaChips({ criteria, onChange, onEmpty }: CriteriaChipsProps) {
  const t = useT();
  const chips = criteriaChips(criteria);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  if (chips.length === 0) return null;

  const remove = (chip: CriterionChip, index: number): void => {
    // Render the new list at once so focus can move to the neighbouring chip, not to <body>.
    flushSync(() => onChange(withoutChip(criteria, chip)));
    const remaining = criteriaChips(withoutChip(criteria, chip));
    const neighbour = remaining[Math.min(index, remaining.length - 1)];
    const target = neighbour ? buttons.current.get(neighbour.id) : undefined;
    if (target) target.focus();
    else onEmpty();
  };

  return (
    <ul className="criteria-chips" aria-label={t('chips.list')}>
      {chips.map((chip, index) => (
        <li key={chip.id} className="chip">
          <span className="chip-text">
            <span className="chip-label">{t('chips.label', { label: chip.label })}</span>{' '}
            {chip.value}
          </span>
          <button
            type="button"
            className="chip-remove"
            aria-label={t('chips.remove', { label: chip.label })}
            title={t('chips.remove', { label: chip.label })}
            ref={(element) => {
              if (element) buttons.current.set(chip.id, element);
              else buttons.current.delete(chip.id);
            }}
            onClick={() => remove(chip, index)}
          />
        </li>
      ))}
    </ul>
  );
}
