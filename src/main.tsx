import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadSignedInApp } from './app/app';
import { AppProviders } from './app/providers';
import { requestReauth } from './features/auth/reauth';
import { setUnauthorizedHandler } from './lib/api-client';
import { addBundledCatalog } from './lib/i18n';
import { languageStore } from './lib/language';
import { messages as englishFirstScreen } from './locales/en-US/first.json?lingui';
import { themeStore } from './lib/theme';
import './styles.css';

// The English words of the sign-in screen come with the entry: they are the fallback when another
// language's catalog cannot be fetched, and an English first screen needs no second request (one
// more round trip on a slow network) before it is drawn.
addBundledCatalog('en-US', 'first', englishFirstScreen);
setUnauthorizedHandler(requestReauth);
themeStore.init();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The sign-in screen's words in the chosen language before anything is drawn (English when that
// language's catalog cannot be fetched). Not a top-level await: with one, the bundler would move
// every module the lazy chunks share out of this entry into chunks of their own.
void languageStore
  .start()
  .catch(() => languageStore.start('en-US'))
  .finally(() => {
    // After the first paint, so it never competes with the sign-in screen itself.
    window.setTimeout(preloadSignedInApp, 300);
    createRoot(root).render(
      <StrictMode>
        <AppProviders>
          <App />
        </AppProviders>
      </StrictMode>,
    );
  });
