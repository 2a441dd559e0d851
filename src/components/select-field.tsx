// A labelled native select that wires its error message as the accessible description.
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Field, useFieldIds } from './field';

interface SelectFieldProps extends Omit<
  ComponentPropsWithRef<'select'>,
  'id' | 'aria-describedby'
> {
  label: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}

export function SelectField({
  label,
  error,
  className,
  children,
  ...selectProps
}: SelectFieldProps) {
  const ids = useFieldIds();
  return (
    <Field ids={ids} label={label} error={error} className={className}>
      <select
        id={ids.id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ids.errorId : undefined}
        {...selectProps}
      >
        {children}
      </select>
    </Field>
  );
}
