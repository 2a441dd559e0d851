// The dialog that names a view: `Save view` for a new one, `Rename view <name>` for an existing
// one. Name rules (empty, too long, taken) come from view-model.ts and show on the Name field.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { TextField } from '../../../components/text-field';
import { useModalDialog } from '../../../components/use-modal-dialog';
import { say, useT } from '../../../lib/i18n';
import type { WriteResult } from './views-store';
import { nameProblem, type RangeName, type SavedView } from './view-model';

export interface RelativeChoice {
  range: RangeName;
  label: string;
}

export interface NameDialogValues {
  name: string;
  openAtSignIn: boolean;
  keepRelative: RangeName[];
}

interface ViewNameDialogProps {
  title: string;
  views: readonly SavedView[];
  /** The view being renamed: its own name does not clash with itself. */
  exceptId?: string;
  initial: NameDialogValues;
  relativeChoices?: readonly RelativeChoice[];
  /** Notes shown above the fields (what the view leaves out, what stays fixed). */
  notes?: ReactNode;
  onSubmit: (values: NameDialogValues) => WriteResult;
  onClose: () => void;
}

export function ViewNameDialog({
  title,
  views,
  exceptId,
  initial,
  relativeChoices = [],
  notes,
  onSubmit,
  onClose,
}: ViewNameDialogProps) {
  const t = useT();
  const { dialogRef } = useModalDialog(onClose);
  const headingId = useId();
  const schema = useMemo(
    () =>
      z.object({
        name: z.string().superRefine((name, ctx) => {
          const problem = nameProblem(name, views, exceptId);
          if (problem) ctx.addIssue({ code: 'custom', message: say(problem) });
        }),
        openAtSignIn: z.boolean(),
        keepRelative: z.array(z.enum(['created', 'lastModified', 'lastClosed'])),
      }),
    [views, exceptId],
  );
  const { register, handleSubmit, formState, setError } = useForm<NameDialogValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    reValidateMode: 'onChange',
  });

  const submit = handleSubmit((values) => {
    const result = onSubmit({ ...values, name: values.name.trim() });
    if (result.ok) onClose();
    else setError('root', { message: say(result.message) });
  });

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      className="view-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId}>{title}</h2>
      {notes}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('views.dialog.name')}
          autoComplete="off"
          error={formState.errors.name?.message}
          {...register('name')}
        />
        <label className="checkbox-field">
          <input type="checkbox" {...register('openAtSignIn')} /> {t('views.dialog.openAtSignIn')}
        </label>
        {relativeChoices.map((choice) => (
          <label key={choice.range} className="checkbox-field">
            <input type="checkbox" value={choice.range} {...register('keepRelative')} />{' '}
            {choice.label}
          </label>
        ))}
        {formState.errors.root?.message ? (
          <p role="alert" className="error-alert">
            {formState.errors.root.message}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {t('views.dialog.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('views.dialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
