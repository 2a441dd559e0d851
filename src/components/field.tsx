// The frame every form control shares: its label, and its error message wired as the control's
// accessible description (the control sets `aria-describedby` to `errorId`).
import { useId, type ReactNode } from 'react';

export interface FieldIds {
  id: string;
  errorId: string;
  hintId: string;
}

export function useFieldIds(): FieldIds {
  const id = useId();
  return { id, errorId: `${id}-error`, hintId: `${id}-hint` };
}

interface FieldProps {
  ids: FieldIds;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string | undefined;
  children: ReactNode;
}

export function Field({ ids, label, error, hint, className, children }: FieldProps) {
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={ids.id}>{label}</label>
      {children}
      {hint ? (
        <p id={ids.hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={ids.errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
