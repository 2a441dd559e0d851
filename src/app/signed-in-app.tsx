// Everything behind the sign-in: loaded as its own chunk so the sign-in screen stays small.
import { SessionExpiredDialog } from '../features/auth/session-expired-dialog';
import { CaseSearchPage } from '../features/case-search/case-search-page';
import { useT } from '../lib/i18n';
import { AppHeader } from './app-header';

export default function SignedInApp() {
  const t = useT();
  return (
    <div className="app-shell">
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <h1 className="visually-hidden">{t('app.title')}</h1>
        <CaseSearchPage />
      </main>
      <SessionExpiredDialog />
    </div>
  );
}
