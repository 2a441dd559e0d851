// The Language setting, on the sign-in screen and in the header: every eGain language is offered
// (it is sent as Accept-Language); those the UI is not written in say that it stays English.
import { useId, useState } from 'react';
import { isUiLanguage, useT } from '../lib/i18n';
import {
  languageStore,
  SUPPORTED_LANGUAGES,
  useChosenLanguage,
  type LanguageTag,
} from '../lib/language';

export function LanguagePicker() {
  const t = useT();
  const language = useChosenLanguage();
  const id = useId();
  const [failed, setFailed] = useState<LanguageTag | null>(null);
  const labelOf = (tag: LanguageTag): string =>
    SUPPORTED_LANGUAGES.find((l) => l.tag === tag)?.label ?? tag;

  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          const choice = SUPPORTED_LANGUAGES.find((l) => l.tag === event.target.value);
          if (!choice) return;
          setFailed(null);
          languageStore.choose(choice.tag).catch(() => setFailed(choice.tag));
        }}
      >
        {SUPPORTED_LANGUAGES.map((l) => (
          <option key={l.tag} value={l.tag} lang={l.tag}>
            {isUiLanguage(l.tag) ? l.label : t('language.englishUi', { language: l.label })}
          </option>
        ))}
      </select>
      {failed ? (
        <p role="alert" className="field-error">
          {t('language.failed', { language: labelOf(failed) })}
        </p>
      ) : null}
    </div>
  );
}
