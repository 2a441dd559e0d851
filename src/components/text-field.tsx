// A labelled input that wires its error message as the accessible description.
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'aria-describedby'> {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** Ids of other elements that describe the field while it is valid (e.g. a shared format hint). */
  describedBy?: string | undefined;
  /** Rendered right after the input, on the same line (e.g. a calendar button). */
  adornment?: ReactNode;
}

export function TextField({
  label,
  error,
  hint,
  describedBy,
  adornment,
  className,
  ...inputProps
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // While invalid, the description is the message alone (UI contract): it already says how to fix it.
  const describedByIds = error
    ? errorId
    : [hint ? hintId : null, describedBy].filter(Boolean).join(' ');
  const input = (
    <input
      id={id}
      type="text"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedByIds || undefined}
      {...inputProps}
    />
  );
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {adornment ? (
        <div className="field-control">
          {input}
          {adornment}
        </div>
      ) : (
        input
      )}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
