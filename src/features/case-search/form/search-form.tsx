// The case search form: react-hook-form with the criteria schema as its resolver. Checked on
// submit, then again on every change; nothing reaches the URL (and so nothing is sent) while a rule
// is broken. Criteria from a link start with the problems the URL check found.
import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import { useLanguage } from '../../../lib/language';
import { browserTimeZone, describeTimeZone } from '../date-bounds';
import { criterion, DATE_RANGES, type Criteria } from '../criteria';
import {
  criteriaSchema,
  emptyValues,
  toValues,
  type CheckedSearch,
  type CriteriaErrors,
  type CriteriaValues,
} from './criteria-schema';
import { CustomAttributeField } from './custom-attribute-field';
import { DateRangeFieldset } from './date-range-fieldset';

interface SearchFormProps {
  /** The criteria to start from (the URL's). The page remounts the form when they change elsewhere. */
  criteria: Criteria;
  /** What is wrong with `criteria` (an old or hand-edited link): shown at once, as a submit would. */
  problems?: CriteriaErrors | undefined;
  onSearch: (criteria: Criteria) => void;
  onClear: () => void;
  /** IANA zone the date bounds are typed in; the browser's by default. */
  timeZone?: string;
  /** False when the page draws the `Case search` landmark itself, around more than the form. */
  landmark?: boolean;
}

// Memoised: the page passes the same props until the criteria change (see CaseSearchPage).
export const SearchForm = memo(function SearchForm({
  criteria,
  problems,
  onSearch,
  onClear,
  timeZone: zone,
  landmark = true,
}: SearchFormProps) {
  const t = useT();
  const language = useLanguage();
  const [timeZone] = useState(() => zone ?? browserTimeZone());
  const [now] = useState(() => new Date());
  const timeZoneText = describeTimeZone(timeZone, now);
  const schema = useMemo(() => criteriaSchema(timeZone), [timeZone]);
  // Kept from the first render: the problems belong to the criteria the form started from.
  const [startErrors] = useState(() => problemsToErrors(problems));
  const form = useForm<CriteriaValues, unknown, CheckedSearch>({
    resolver: zodResolver(schema),
    defaultValues: toValues(criteria),
    errors: startErrors,
    // Problems already shown are checked again on every change, as after a submit.
    mode: startErrors ? 'onChange' : 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const { register, formState, handleSubmit, clearErrors, reset } = form;
  const { errors } = formState;
  const hintId = useId();
  const status = criterion('status');

  const submit = handleSubmit((search) => onSearch(search.criteria));
  const Frame = landmark ? 'search' : 'div';

  // Messages on screen are in the language they were found in: say them again in the new one.
  const shownIn = useRef(language);
  useEffect(() => {
    if (shownIn.current === language) return;
    shownIn.current = language;
    if (Object.keys(form.formState.errors).length > 0) void form.trigger();
  }, [form, language]);

  return (
    // role="search" repeats the element's own role for tools that do not know <search> yet (jsdom).
    <Frame
      role={landmark ? 'search' : undefined}
      aria-label={landmark ? t('search.landmark') : undefined}
      className="search-form"
    >
      <FormProvider {...form}>
        <form
          noValidate
          onSubmit={(event) => void submit(event)}
          // Once anything changes, "enter at least one criterion" no longer describes the form.
          onChange={() => {
            if (errors.root) clearErrors('root');
          }}
        >
          <div className="search-grid">
            <TextField
              label={t(criterion('email').label)}
              type="email"
              autoComplete="off"
              spellCheck={false}
              error={errors.email?.message}
              {...register('email')}
            />
            <TextField
              label={t(criterion('phone').label)}
              type="tel"
              autoComplete="off"
              error={errors.phone?.message}
              {...register('phone')}
            />
            <TextField
              label={t(criterion('customerId').label)}
              inputMode="numeric"
              autoComplete="off"
              error={errors.customerId?.message}
              {...register('customerId')}
            />
            <TextField
              label={t(criterion('ownerId').label)}
              inputMode="numeric"
              autoComplete="off"
              error={errors.ownerId?.message}
              {...register('ownerId')}
            />
            <TextField
              label={t(criterion('department').label)}
              autoComplete="off"
              error={errors.department?.message}
              {...register('department')}
            />
            <SelectField
              label={t(status.label)}
              error={errors.status?.message}
              {...register('status')}
            >
              <option value="">{t('criteria.status.any')}</option>
              {status.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {t(option.label)}
                </option>
              ))}
            </SelectField>
            <CustomAttributeField />
            <TextField
              label={t('criteria.customValue.label')}
              autoComplete="off"
              error={errors.customValue?.message}
              {...register('customValue', { deps: 'customName' })}
            />
          </div>

          <p id={hintId} className="field-hint date-hint">
            {t('criteria.dateHint', { timeZone: timeZoneText })}
          </p>
          <div className="date-ranges">
            {DATE_RANGES.map((range) => (
              <DateRangeFieldset
                key={range.key}
                range={range}
                timeZone={timeZone}
                hintId={hintId}
              />
            ))}
          </div>

          {errors.root?.message ? (
            <div role="alert" className="error-alert">
              <p>{errors.root.message}</p>
            </div>
          ) : null}

          <div className="search-actions">
            <button type="submit" className="primary">
              {t('search.submit')}
            </button>
            <button
              type="button"
              onClick={() => {
                reset(emptyValues());
                onClear();
              }}
            >
              {t('search.clear')}
            </button>
          </div>
        </form>
      </FormProvider>
    </Frame>
  );
});

/** The problems as react-hook-form errors (undefined when there are none). */
function problemsToErrors(
  problems: CriteriaErrors | undefined,
): FieldErrors<CriteriaValues> | undefined {
  const entries = Object.entries(problems ?? {});
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([name, message]) => [name, { type: 'custom', message }]));
}
