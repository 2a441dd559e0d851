import { useQueryClient } from '@tanstack/react-query';
import { LanguagePicker } from '../components/language-picker';
import { useT } from '../lib/i18n';
import { signOut } from '../features/auth/auth-api';
import { useSignedInUser } from '../features/auth/use-session';

export function AppHeader() {
  const t = useT();
  const queryClient = useQueryClient();
  const user = useSignedInUser();

  return (
    <header className="app-header">
      <p className="app-title">{t('app.title')}</p>
      <div className="app-header-tools">
        <LanguagePicker />
        {user ? <span className="signed-in-user">{t('header.signedInAs', { user })}</span> : null}
        <button type="button" onClick={() => void signOut(queryClient)}>
          {t('header.signOut')}
        </button>
      </div>
    </header>
  );
}
