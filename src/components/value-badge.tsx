// An enumerated value (status, severity, ...) as a badge: the server's localised displayValue is the
// text, the machine value only picks the colour, so colour is never the only cue.
import type { ReactNode } from 'react';
import { t, useT } from '../lib/i18n';
import type { DisplayValue } from '../lib/response-schemas';

/** A dash for a value that is not set, read out as "not set". */
export function notSetElement(): ReactNode {
  return (
    <span className="muted">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('value.notSet')}</span>
    </span>
  );
}

/**
 * The badge itself, for a table row that renders its cells without a component each (the row
 * calls `useT` so that it follows the language).
 */
export function valueBadgeElement(kind: string, value: DisplayValue | undefined): ReactNode {
  if (!value || (!value.displayValue && !value.value)) return notSetElement();
  const tone = value.value.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  return (
    <span className={`badge badge-${kind} badge-${kind}-${tone}`}>
      {value.displayValue || value.value}
    </span>
  );
}

export function ValueBadge({ kind, value }: { kind: string; value: DisplayValue | undefined }) {
  useT();
  return valueBadgeElement(kind, value);
}
