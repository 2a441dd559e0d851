// One date range of the form ("Created", "Last modified", "Last closed"): its two bounds, each with
// a calendar, and a presets list that fills both bounds with whole days in the user's time zone.
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PickedDay } from '../../../components/calendar-dialog';
import { DateBoundField } from '../../../components/date-bound-field';
import { SelectField } from '../../../components/select-field';
import {
  formatDay,
  isRangePresetId,
  parseBound,
  presetBounds,
  RANGE_PRESETS,
  type RangePresetId,
} from '../date-bounds';
import { useT } from '../../../lib/i18n';
import { boundLabel, type DateRange } from '../criteria';
import type { CriteriaValues } from './criteria-schema';

interface DateRangeFieldsetProps {
  range: DateRange;
  timeZone: string;
  /** Id of the shared format and time-zone hint. */
  hintId: string;
}

export function DateRangeFieldset({ range, timeZone, hintId }: DateRangeFieldsetProps) {
  const t = useT();
  const { register, control, getValues, setValue, trigger, formState } =
    useFormContext<CriteriaValues>();
  const [from, to] = useWatch({ control, name: [range.from, range.to] });
  // The preset the user chose, shown only while both bounds still hold what it filled in.
  const [chosen, setChosen] = useState<{ id: RangePresetId; from: string; to: string } | null>(
    null,
  );
  const [announcement, setAnnouncement] = useState('');
  const presetValue = chosen && chosen.from === from && chosen.to === to ? chosen.id : '';
  const { isSubmitted, errors } = formState;

  const fill = (values: { from?: string; to?: string }) => {
    if (values.from !== undefined) setValue(range.from, values.from, { shouldDirty: true });
    if (values.to !== undefined) setValue(range.to, values.to, { shouldDirty: true });
    // Before the first search, fields are checked on submit only; afterwards (or once problems
    // from a link are shown) on every change.
    if (isSubmitted || Object.keys(errors).length > 0) void trigger([range.from, range.to]);
  };

  const boundProps = (edge: 'from' | 'to') => {
    const key = range[edge];
    const other = edge === 'from' ? range.to : range.from;
    return {
      label: boundLabel(range, edge),
      shortLabel: t(edge === 'from' ? 'criteria.boundShortFrom' : 'criteria.boundShortTo'),
      error: errors[key]?.message,
      describedBy: hintId,
      timeZone,
      readSelected: (): PickedDay | null => {
        const parsed = parseBound(getValues(key));
        return parsed.ok ? parsed.bound : null;
      },
      onPick: (day: PickedDay) => {
        // Keep a time that was typed; the calendar only changes the day.
        const typed = getValues(key).trim();
        const time =
          parseBound(typed).ok && typed.includes('T') ? typed.slice(typed.indexOf('T')) : '';
        fill({ [edge]: `${formatDay(day)}${time}` });
      },
      ...register(key, { deps: other }),
    };
  };

  return (
    <fieldset className="date-range">
      <legend>{t(range.label)}</legend>
      <DateBoundField {...boundProps('from')} />
      <DateBoundField {...boundProps('to')} />
      <SelectField
        label={
          <span className="visually-hidden">
            {t('criteria.presets', { range: t(range.label) })}
          </span>
        }
        className="date-range-presets"
        value={presetValue}
        onChange={(event) => {
          const id = event.target.value;
          if (!isRangePresetId(id)) {
            setChosen(null);
            return;
          }
          const bounds = presetBounds(id, new Date(), timeZone);
          setChosen({ id, ...bounds });
          fill(bounds);
          setAnnouncement(
            t('criteria.presetFilled', { range: t(range.label), from: bounds.from, to: bounds.to }),
          );
        }}
      >
        <option value="">{t('criteria.presetChoose')}</option>
        {RANGE_PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {t(preset.label)}
          </option>
        ))}
      </SelectField>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
