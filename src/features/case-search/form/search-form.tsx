// The case search form: react-hook-form with the criteria schema. Checked on submit, then again on
// every change; nothing reaches the URL (and so nothing is sent) while a rule is broken.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { browserTimeZone, describeTimeZone } from '../date-bounds';
import type { Criteria } from '../search-state';
import {
  criteriaSchema,
  DATE_RANGES,
  emptyValues,
  toCriteria,
  toValues,
  validateCriteria,
  type CriteriaValues,
} from './criteria-schema';
import { CustomAttributeField } from './custom-attribute-field';
import { DateRangeFieldset } from './date-range-fieldset';

interface SearchFormProps {
  /** The criteria to start from (the URL's). The page remounts the form when they change elsewhere. */
  criteria: Criteria;
  onSearch: (criteria: Criteria) => void;
  onClear: () => void;
  /** IANA zone the date bounds are typed in; the browser's by default. */
  timeZone?: string;
  /** False when the page draws the `Case search` landmark itself, around more than the form. */
  landmark?: boolean;
}

export function SearchForm({
  criteria,
  onSearch,
  onClear,
  timeZone: zone,
  landmark = true,
}: SearchFormProps) {
  const [timeZone] = useState(() => zone ?? browserTimeZone());
  const [timeZoneText] = useState(() => describeTimeZone(timeZone, new Date()));
  const schema = useMemo(() => criteriaSchema(timeZone), [timeZone]);
  const form = useForm<CriteriaValues>({
    resolver: zodResolver(schema),
    defaultValues: toValues(criteria),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const { register, formState, handleSubmit, clearErrors, reset } = form;
  const { errors } = formState;
  const hintId = useId();

  // Criteria from an old or hand-edited link that break a rule: show the problems as a submit would.
  const [startsInvalid] = useState(
    () =>
      Object.keys(criteria).length > 0 &&
      Object.keys(validateCriteria(criteria, timeZone)).length > 0,
  );
  useEffect(() => {
    if (startsInvalid) void handleSubmit(() => undefined)();
  }, [startsInvalid, handleSubmit]);

  const submit = handleSubmit((values) => onSearch(toCriteria(values)));
  const Frame = landmark ? 'search' : 'div';

  return (
    // role="search" repeats the element's own role for tools that do not know <search> yet (jsdom).
    <Frame
      role={landmark ? 'search' : undefined}
      aria-label={landmark ? 'Case search' : undefined}
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
              label="Email"
              type="email"
              autoComplete="off"
              spellCheck={false}
              error={errors.email?.message}
              {...register('email')}
            />
            <TextField
              label="Phone"
              type="tel"
              autoComplete="off"
              error={errors.phone?.message}
              {...register('phone')}
            />
            <TextField
              label="Customer ID"
              inputMode="numeric"
              autoComplete="off"
              error={errors.customerId?.message}
              {...register('customerId')}
            />
            <TextField
              label="Owner ID"
              inputMode="numeric"
              autoComplete="off"
              error={errors.ownerId?.message}
              {...register('ownerId')}
            />
            <TextField
              label="Department"
              autoComplete="off"
              error={errors.department?.message}
              {...register('department')}
            />
            <SelectField label="Status" error={errors.status?.message} {...register('status')}>
              <option value="">Any</option>
              <option value="open">Open</option>
              <option value="closed">Closed</option>
            </SelectField>
            <CustomAttributeField />
            <TextField
              label="Custom value"
              autoComplete="off"
              error={errors.customValue?.message}
              {...register('customValue', { deps: 'customName' })}
            />
          </div>

          <p id={hintId} className="field-hint date-hint">
            Dates: YYYY-MM-DD for a whole day, or YYYY-MM-DDTHH:mm for an exact time. {timeZoneText}
          </p>
          <div className="date-ranges">
            {DATE_RANGES.map((range) => (
              <DateRangeFieldset
                key={range.name}
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
              Search
            </button>
            <button
              type="button"
              onClick={() => {
                reset(emptyValues());
                onClear();
              }}
            >
              Clear
            </button>
          </div>
        </form>
      </FormProvider>
    </Frame>
  );
}
