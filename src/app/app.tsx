// Top level: the sign-in screen without a session, the search screen (a lazy chunk) with one.
// zod-config first: it must run before any module builds a schema (see the file).
import '../lib/zod-config';
import { useEffect, useState, type ComponentType } from 'react';
import { SignInPage } from '../features/auth/sign-in-page';
import { loadAppMessages, useT } from '../lib/i18n';
import { useIsSignedIn } from '../features/auth/use-session';

let loadedSignedInApp: ComponentType | null = null;
let loading: Promise<ComponentType> | null = null;
const loadSignedInApp = (): Promise<ComponentType> => {
  loading ??= Promise.all([import('./signed-in-app'), loadAppMessages()]).then(([module]) => {
    loadedSignedInApp = module.default;
    return module.default;
  });
  // A failed download may be tried again.
  loading.catch(() => (loading = null));
  return loading;
};

/** Starts loading the search screen while the user is still typing their password. */
export function preloadSignedInApp(): void {
  loadSignedInApp().catch(() => undefined);
}

/**
 * The search screen, once its chunk is here. One component in one place for the whole session:
 * swapping a lazy element for the loaded one on a later render (a language change, say) would
 * remount the whole screen and lose its state. Not `React.lazy` + Suspense either: a chunk that
 * the preload already fetched would still show the fallback for Suspense's throttle (~300 ms).
 */
function SignedInAppSlot() {
  const t = useT();
  const [SignedInApp, setSignedInApp] = useState<ComponentType | null>(() => loadedSignedInApp);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (SignedInApp || failed) return;
    let current = true;
    loadSignedInApp().then(
      (component) => current && setSignedInApp(() => component),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [SignedInApp, failed]);

  if (SignedInApp) return <SignedInApp />;
  if (failed)
    return (
      <div role="alert" className="app-loading">
        <p>{t('app.loadFailed')}</p>
        <button type="button" onClick={() => setFailed(false)}>
          {t('error.retry')}
        </button>
      </div>
    );
  return (
    <p role="status" className="app-loading">
      {t('app.loading')}
    </p>
  );
}

export function App() {
  const signedIn = useIsSignedIn();
  return signedIn ? <SignedInAppSlot /> : <SignInPage />;
}
