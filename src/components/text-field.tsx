// A labelled input that wires its error message as the accessible description.
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Field, useFieldIds } from './field';

interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'aria-describedby'> {
  label: ReactNode;
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
  const ids = useFieldIds();
  // While invalid, the description is the message alone (UI contract): it already says how to fix it.
  const describedByIds = error
    ? ids.errorId
    : [hint ? ids.hintId : null, describedBy].filter(Boolean).join(' ');
  const input = (
    <input
      id={ids.id}
      type="text"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedByIds || undefined}
      {...inputProps}
    />
  );
  return (
    <Field ids={ids} label={label} error={error} hint={hint} className={className}>
      {adornment ? (
        <div className="field-control">
          {input}
          {adornment}
        </div>
      ) : (
        input
      )}
    </Field>
  );
}
