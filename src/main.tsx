import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadSignedInApp } from './app/app';
import { AppProviders } from './app/providers';
import { requestReauth } from './features/auth/reauth';
import { setUnauthorizedHandler } from './lib/api-client';
import { languageStore } from './lib/language';
import { themeStore } from './lib/theme';
import './styles.css';

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
