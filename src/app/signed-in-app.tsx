// Everything behind the sign-in: loaded as its own chunk so the sign-in screen stays small.
import { QueryClientProvider } from '@tanstack/react-query';
import { SessionExpiredDialog } from '../features/auth/session-expired-dialog';
import { CaseSearchPage } from '../features/case-search/case-search-page';
import { useT } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';
import { AppHeader } from './app-header';

// One client for the page's lifetime, as before: sign-out clears it (signOut), a new sign-in reuses
// it. Created here rather than in main.tsx so React Query is not part of the sign-in screen.
const queryClient = createQueryClient();

export default function SignedInApp() {
  const t = useT();
  return (
    <QueryClientProvider client={queryClient}>
      <div className="app-shell">
        <AppHeader />
        <main id="main" tabIndex={-1}>
          <h1 className="visually-hidden">{t('app.title')}</h1>
          <CaseSearchPage />
        </main>
        <SessionExpiredDialog />
      </div>
    </QueryClientProvider>
  );
}
