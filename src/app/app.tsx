// Top level: the sign-in screen without a session, the search screen (a lazy chunk) with one.
// zod-config first: it must run before any module builds a schema (see the file).
import '../lib/zod-config';
import { lazy, Suspense } from 'react';
import { SignInPage } from '../features/auth/sign-in-page';
import { useIsSignedIn } from '../features/auth/use-session';

const loadSignedInApp = () => import('./signed-in-app');
const SignedInApp = lazy(loadSignedInApp);

/** Starts loading the search screen while the user is still typing their password. */
export function preloadSignedInApp(): void {
  void loadSignedInApp();
}

export function App() {
  const signedIn = useIsSignedIn();
  if (!signedIn) return <SignInPage />;
  return (
    <Suspense
      fallback={
        <p role="status" className="app-loading">
          Loading case search…
        </p>
      }
    >
      <SignedInApp />
    </Suspense>
  );
}
