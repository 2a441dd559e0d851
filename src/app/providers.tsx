// Providers around the whole app, sign-in screen included. React Query's provider is not here: the
// query client belongs to the signed-in app (src/app/signed-in-app.tsx), which keeps React Query
// out of the sign-in screen's bundle.
import type { ReactNode } from 'react';
import { LanguageContext } from '../lib/language-context';
import { useLanguageSnapshot } from '../lib/language';

export function AppProviders({ children }: { children: ReactNode }) {
  return <LanguageContext value={useLanguageSnapshot()}>{children}</LanguageContext>;
}
