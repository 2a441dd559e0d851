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
document.documentElement.lang = languageStore.get();
themeStore.init();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// After the first paint, so it never competes with the sign-in screen itself.
window.setTimeout(preloadSignedInApp, 300);

createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <App />
    </AppProviders>
  </StrictMode>,
);
