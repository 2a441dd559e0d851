import { LanguagePicker } from '../../components/language-picker';
import { useT } from '../../lib/i18n';
import { SignInForm } from './sign-in-form';

export function SignInPage() {
  const t = useT();
  return (
    <main className="sign-in-page" id="main">
      <div className="sign-in-card">
        <h1>{t('signIn.heading')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        {/* Signing in updates the session store; the app re-renders into the search screen. */}
        <SignInForm onSignedIn={() => undefined} />
        <LanguagePicker />
      </div>
    </main>
  );
}
