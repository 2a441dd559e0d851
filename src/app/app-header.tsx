import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { languageStore, SUPPORTED_LANGUAGES, useLanguage } from '../lib/language';
import { themeStore, useTheme } from '../lib/theme';
import { signOut } from '../features/auth/auth-api';
import { useSignedInUser } from '../features/auth/use-session';

export function AppHeader() {
  const queryClient = useQueryClient();
  const language = useLanguage();
  const user = useSignedInUser();
  const languageId = useId();
  const theme = useTheme();

  return (
    <header className="app-header">
      <p className="app-title">Case search</p>
      <div className="app-header-tools">
        <div className="language-picker">
          <label htmlFor={languageId}>Language</label>
          <select
            id={languageId}
            value={language}
            onChange={(event) => {
              const choice = SUPPORTED_LANGUAGES.find((l) => l.tag === event.target.value);
              if (choice) languageStore.set(choice.tag);
            }}
          >
            {SUPPORTED_LANGUAGES.map((l) => (
              <option key={l.tag} value={l.tag} lang={l.tag}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          role="switch"
          aria-checked={theme === 'dark'}
          className="theme-switch"
          onClick={() => themeStore.set(theme === 'dark' ? 'light' : 'dark')}
        >
          <span className="theme-switch-track" aria-hidden="true" />
          Dark theme
        </button>
        {user ? <span className="signed-in-user">Signed in as {user}</span> : null}
        <button type="button" onClick={() => void signOut(queryClient)}>
          Sign out
        </button>
      </div>
    </header>
  );
}
