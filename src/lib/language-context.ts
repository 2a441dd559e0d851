// The language the screen is drawn in, handed down by one provider (src/app/providers.tsx). One
// store subscription at the top instead of one in every component that shows words or dates: a
// 75-row Cases table would otherwise add and remove several hundred subscriptions on every page.
import { createContext } from 'react';
import type { Locale } from 'date-fns';
import type { LanguageTag } from './language';

export interface LanguageSnapshot {
  /** The language in effect (its catalogs have loaded): Accept-Language and query keys. */
  tag: LanguageTag;
  /** Its date-fns locale, once loaded; undefined means date-fns's English default. */
  dateLocale: Locale | undefined;
}

/** Outside the provider (unit tests of one component): English, never changing. */
export const LanguageContext = createContext<LanguageSnapshot>({
  tag: 'en-US',
  dateLocale: undefined,
});
