// Top level: the sign-in screen without a session, the search screen (a lazy chunk) with one.
// zod-config first: it must run before any module builds a schema (see the file).
import '../lib/zod-config';
import { lazy, Suspense, type ComponentType } from 'react';
import { SignInPage } from '../features/auth/sign-in-page';
import { loadAppMessages, useT } from '../lib/i18n';
import { useIsSignedIn } from '../features/auth/use-session';

// Once the chunk has arrived (it is preloaded while the user types), the search screen renders
// directly: going through Suspense again would show the fallback and hold the screen back for
// React's Suspense throttle (about 300 ms) after every sign-in.
let loadedSignedInApp: ComponentType | null = null;
const loadSignedInApp = () =>
  Promise.all([import('./signed-in-app'), loadAppMessages()]).then(([module]) => {
    loadedSignedInApp = module.default;
    return module;
  });
const LazySignedInApp = lazy(loadSignedInApp);

/** Starts loading the search screen while the user is still typing their password. */
export function preloadSignedInApp(): void {
  void loadSignedInApp();
}

export function App() {
  const t = useT();
  const signedIn = useIsSignedIn();
  if (!signedIn) return <SignInPage />;
  const SignedInApp = loadedSignedInApp;
  if (SignedInApp) return <SignedInApp />;
  return (
    <Suspense
      fallback={
        <p role="status" className="app-loading">
          {t('app.loading')}
        </p>
      }
    >
      <LazySignedInApp />
    </Suspense>
  );
}
