// An enumerated value (status, severity, ...) as a badge: the server's localised displayValue is the
// text, the machine value only picks the colour, so colour is never the only cue.
import type { DisplayValue } from '../lib/response-schemas';

export function ValueBadge({ kind, value }: { kind: string; value: DisplayValue | undefined }) {
  if (!value || (!value.displayValue && !value.value)) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Not set</span>
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
