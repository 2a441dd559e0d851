// A labelled native select that wires its error message as the accessible description.
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

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
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...selectProps}
      >
        {children}
      </select>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
