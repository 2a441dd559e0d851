// "Custom attribute": a list of the server's custom attributes (shows displayName, sends name) when
// the metadata call offers them (D5), free text otherwise, and while the list is loading.
import { useQuery } from '@tanstack/react-query';
import { useFormContext, useWatch } from 'react-hook-form';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import { useLanguage } from '../../../lib/language';
import { criterion } from '../criteria';
import type { CriteriaValues } from './criteria-schema';
import { customAttributesQueryOptions } from '../api/custom-attributes';

export function CustomAttributeField() {
  const t = useT();
  const language = useLanguage();
  const { data: attributes } = useQuery(customAttributesQueryOptions(language));
  const { register, control, formState } = useFormContext<CriteriaValues>();
  const current = useWatch({ control, name: 'customName' }).trim();
  const registration = register('customName', { deps: 'customValue' });
  const error = formState.errors.customName?.message;
  const label = t(criterion('custom').label);

  if (!attributes || attributes.length === 0) {
    return (
      <TextField
        label={label}
        autoComplete="off"
        spellCheck={false}
        error={error}
        {...registration}
      />
    );
  }

  // A name from an old link (or typed before the list arrived) stays selectable rather than vanishing.
  const unknown = current !== '' && !attributes.some((attribute) => attribute.name === current);
  return (
    <SelectField label={label} error={error} {...registration}>
      <option value="">{t('criteria.custom.none')}</option>
      {attributes.map((attribute) => (
        <option key={attribute.name} value={attribute.name}>
          {attribute.label}
        </option>
      ))}
      {unknown ? <option value={current}>{current}</option> : null}
    </SelectField>
  );
}
