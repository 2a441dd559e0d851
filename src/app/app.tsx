// Top level: the sign-in screen without a session, the search screen with one.
import { SessionExpiredDialog } from '../features/auth/session-expired-dialog';
import { SignInPage } from '../features/auth/sign-in-page';
import { useIsSignedIn } from '../features/auth/use-session';
import { CaseSearchPage } from '../features/case-search/case-search-page';
import { AppHeader } from './app-header';

export function App() {
  const signedIn = useIsSignedIn();
  if (!signedIn) return <SignInPage />;
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => {
        // The fragment holds the screen state: move focus without touching it.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to results
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <h1 className="visually-hidden">Case search</h1>
        <CaseSearchPage />
      </main>
      <SessionExpiredDialog />
    </>
  );
}
