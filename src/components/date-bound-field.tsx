// A date bound: a plain text field (typing works the same in every browser) plus a button that opens
// a calendar. The button's name ("Choose Created from date") comes from its text, not aria-label, so
// getByLabel('Created from') still finds only the field.
import { lazy, Suspense, useRef, useState, type ComponentPropsWithRef } from 'react';
import type { PickedDay } from './calendar-dialog';
import { useT } from '../lib/i18n';
import { TextField } from './text-field';

const loadCalendar = () => import('./calendar-dialog');
const CalendarDialog = lazy(loadCalendar);

interface DateBoundFieldProps extends Omit<
  ComponentPropsWithRef<'input'>,
  'id' | 'aria-describedby'
> {
  label: string;
  /** Visible text when the fieldset around already says the rest (`from` under `Created`). */
  shortLabel?: string;
  error?: string | undefined;
  describedBy?: string | undefined;
  timeZone: string;
  /** The day the field holds now, to open the calendar on it (null: none or not a date). */
  readSelected: () => PickedDay | null;
  onPick: (day: PickedDay) => void;
}

export function DateBoundField({
  label,
  shortLabel,
  error,
  describedBy,
  timeZone,
  readSelected,
  onPick,
  ...inputProps
}: DateBoundFieldProps) {
  const t = useT();
  const [open, setOpen] = useState<{ selected: PickedDay | null } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  return (
    <>
      <TextField
        label={
          shortLabel ? (
            // The accessible name stays the whole label (`Created from`), the visible one its end.
            <>
              <span className="visually-hidden">
                {label.slice(0, label.length - shortLabel.length).trimEnd()}
              </span>{' '}
              {shortLabel}
            </>
          ) : (
            label
          )
        }
        className={shortLabel ? 'date-bound' : undefined}
        error={error}
        describedBy={describedBy}
        autoComplete="off"
        spellCheck={false}
        {...inputProps}
        adornment={
          <button
            ref={buttonRef}
            type="button"
            className="icon-button"
            aria-haspopup="dialog"
            aria-expanded={open !== null}
            onPointerEnter={() => void loadCalendar()}
            onFocus={() => void loadCalendar()}
            onClick={() => setOpen({ selected: readSelected() })}
          >
            <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24">
              <path
                fill="currentColor"
                d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2zm12 8H5v9h14v-9zM5 8h14V6H5v2z"
              />
            </svg>
            <span className="visually-hidden">{t('calendar.open', { field: label })}</span>
          </button>
        }
      />
      {open ? (
        <Suspense fallback={<span className="visually-hidden">{t('calendar.loading')}</span>}>
          <CalendarDialog
            fieldLabel={label}
            selected={open.selected}
            timeZone={timeZone}
            onPick={onPick}
            onClose={() => {
              setOpen(null);
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
