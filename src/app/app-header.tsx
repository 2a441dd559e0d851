import { useQueryClient } from '@tanstack/react-query';
import { LanguagePicker } from '../components/language-picker';
import { useT } from '../lib/i18n';
import { themeStore, useTheme } from '../lib/theme';
import { signOut } from '../features/auth/auth-api';
import { useSignedInUser } from '../features/auth/use-session';

export function AppHeader() {
  const t = useT();
  const queryClient = useQueryClient();
  const user = useSignedInUser();
  const theme = useTheme();

  return (
    <header className="app-header">
      <p className="app-title">{t('app.title')}</p>
      <div className="app-header-tools">
        <LanguagePicker />
        <button
          type="button"
          role="switch"
          aria-checked={theme === 'dark'}
          className="theme-switch"
          onClick={() => themeStore.set(theme === 'dark' ? 'light' : 'dark')}
        >
          <span className="theme-switch-track" aria-hidden="true" />
          {t('header.darkTheme')}
        </button>
        {user ? <span className="signed-in-user">{t('header.signedInAs', { user })}</span> : null}
        <button type="button" onClick={() => void signOut(queryClient)}>
          {t('header.signOut')}
        </button>
      </div>
    </header>
  );
}
