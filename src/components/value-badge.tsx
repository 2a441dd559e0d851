// An enumerated value (status, severity, ...) as a badge: the server's localised displayValue is the
// text, the machine value only picks the colour, so colour is never the only cue.
import { useT } from '../lib/i18n';
import type { DisplayValue } from '../lib/response-schemas';

export function ValueBadge({ kind, value }: { kind: string; value: DisplayValue | undefined }) {
  const t = useT();
  if (!value || (!value.displayValue && !value.value)) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('value.notSet')}</span>
      </span>
    );
  }
  const tone = value.value.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  return (
    <span className={`badge badge-${kind} badge-${kind}-${tone}`}>
      {value.displayValue || value.value}
    </span>
  );
}
