// The calendar behind a date field's button: a modal dialog with react-day-picker. Loaded on demand
// (React.lazy), so neither the picker nor its styles weigh on the first screen.
import { TZDate } from '@date-fns/tz';
import { useId } from 'react';
import { DayPicker } from 'react-day-picker';
import 'react-day-picker/style.css';
import { useT } from '../lib/i18n';
import { useDateLocale } from '../lib/language';
import { useModalDialog } from './use-modal-dialog';

export interface PickedDay {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

export interface CalendarDialogProps {
  /** The field the date is for, e.g. "Created from". */
  fieldLabel: string;
  selected: PickedDay | null;
  timeZone: string;
  onPick: (day: PickedDay) => void;
  /** Called once the dialog has closed (picked, cancelled or Escape). */
  onClose: () => void;
}

export default function CalendarDialog({
  fieldLabel,
  selected,
  timeZone,
  onPick,
  onClose,
}: CalendarDialogProps) {
  const t = useT();
  const { dialogRef, close } = useModalDialog(onClose);
  const headingId = useId();
  const descriptionId = useId();
  const locale = useDateLocale();
  const selectedDate = selected
    ? new TZDate(selected.year, selected.month - 1, selected.day, timeZone)
    : undefined;

  return (
    <dialog
      ref={dialogRef}
      className="calendar-dialog"
      aria-labelledby={headingId}
      aria-describedby={descriptionId}
      onClose={onClose}
    >
      <h2 id={headingId} className="calendar-dialog-title">
        {t('calendar.title')}
      </h2>
      <p id={descriptionId} className="field-hint">
        {t('calendar.hint', { field: fieldLabel })}
      </p>
      <DayPicker
        mode="single"
        selected={selectedDate}
        defaultMonth={selectedDate}
        timeZone={timeZone}
        locale={locale}
        // Inside a modal dialog, the day grid is where keyboard focus belongs.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        captionLayout="dropdown"
        startMonth={new Date(2000, 0)}
        endMonth={new Date(2040, 11)}
        onSelect={(date) => {
          if (date) {
            // The picker hands back a date in `timeZone`; its calendar fields are the day picked.
            const day = new TZDate(date.getTime(), timeZone);
            onPick({ year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() });
          }
          close();
        }}
      />
      <div className="calendar-dialog-actions">
        <button type="button" onClick={close}>
          {t('calendar.cancel')}
        </button>
      </div>
    </dialog>
  );
}
