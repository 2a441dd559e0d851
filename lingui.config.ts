// The UI's message catalogs (docs/decisions/044): ICU messages in JSON, one file per language and
// part, compiled at build time by @lingui/vite-plugin so the browser gets no message parser.
// `first` holds what the sign-in screen needs; `app` loads with the search screen.
import { formatter } from '@lingui/format-json';
import { defineConfig } from '@lingui/cli';

export default defineConfig({
  locales: ['en-US', 'de-DE', 'fr-FR', 'es-ES'],
  sourceLocale: 'en-US',
  fallbackLocales: { default: 'en-US' },
  catalogs: [
    { path: '<rootDir>/src/locales/{locale}/first', include: [] },
    { path: '<rootDir>/src/locales/{locale}/app', include: [] },
  ],
  format: formatter({ style: 'minimal' }),
});
