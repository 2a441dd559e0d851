// The Accept-Language sent on every call (D12): one tag from the eGain list, never a q-list.
import { useSyncExternalStore } from 'react';
import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';

export const SUPPORTED_LANGUAGES = [
  { tag: 'en-US', label: 'English (US)', loadDateLocale: () => Promise.resolve(enUS) },
  {
    tag: 'es-ES',
    label: 'Español',
    loadDateLocale: () => import('date-fns/locale/es').then((m) => m.es),
  },
  {
    tag: 'fr-FR',
    label: 'Français',
    loadDateLocale: () => import('date-fns/locale/fr').then((m) => m.fr),
  },
  {
    tag: 'it-IT',
    label: 'Italiano',
    loadDateLocale: () => import('date-fns/locale/it').then((m) => m.it),
  },
  {
    tag: 'de-DE',
    label: 'Deutsch',
    loadDateLocale: () => import('date-fns/locale/de').then((m) => m.de),
  },
  {
    tag: 'nl-NL',
    label: 'Nederlands',
    loadDateLocale: () => import('date-fns/locale/nl').then((m) => m.nl),
  },
  {
    tag: 'pt-BR',
    label: 'Português (Brasil)',
    loadDateLocale: () => import('date-fns/locale/pt-BR').then((m) => m.ptBR),
  },
  {
    tag: 'pt-PT',
    label: 'Português (Portugal)',
    loadDateLocale: () => import('date-fns/locale/pt').then((m) => m.pt),
  },
  {
    tag: 'da-DK',
    label: 'Dansk',
    loadDateLocale: () => import('date-fns/locale/da').then((m) => m.da),
  },
  {
    tag: 'ru-RU',
    label: 'Русский',
    loadDateLocale: () => import('date-fns/locale/ru').then((m) => m.ru),
  },
  {
    tag: 'fr-CA',
    label: 'Français (Canada)',
    loadDateLocale: () => import('date-fns/locale/fr-CA').then((m) => m.frCA),
  },
  {
    tag: 'zh-CN',
    label: '中文（简体）',
    loadDateLocale: () => import('date-fns/locale/zh-CN').then((m) => m.zhCN),
  },
  {
    tag: 'ja-JP',
    label: '日本語',
    loadDateLocale: () => import('date-fns/locale/ja').then((m) => m.ja),
  },
  {
    tag: 'ko-KR',
    label: '한국어',
    loadDateLocale: () => import('date-fns/locale/ko').then((m) => m.ko),
  },
  {
    tag: 'sv-SE',
    label: 'Svenska',
    loadDateLocale: () => import('date-fns/locale/sv').then((m) => m.sv),
  },
] as const satisfies readonly {
  tag: string;
  label: string;
  loadDateLocale: () => Promise<Locale>;
}[];

export type LanguageTag = (typeof SUPPORTED_LANGUAGES)[number]['tag'];
const STORAGE_KEY = 'egain.language';
const FALLBACK: LanguageTag = 'en-US';

function isSupported(tag: string): tag is LanguageTag {
  return SUPPORTED_LANGUAGES.some((language) => language.tag === tag);
}

/** Maps browser preferences onto the list: exact tag first, then the first tag of the same language. */
export function pickLanguage(preferred: readonly string[]): LanguageTag {
  for (const candidate of preferred) {
    const exact = SUPPORTED_LANGUAGES.find((l) => l.tag.toLowerCase() === candidate.toLowerCase());
    if (exact) return exact.tag;
    const base = candidate.split('-')[0]?.toLowerCase();
    const sameLanguage = SUPPORTED_LANGUAGES.find((l) => l.tag.split('-')[0] === base);
    if (sameLanguage) return sameLanguage.tag;
  }
  return FALLBACK;
}

function initialLanguage(): LanguageTag {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved && isSupported(saved)) return saved;
  } catch {
    // No storage: fall through to the browser's languages.
  }
  return pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

let current: LanguageTag = initialLanguage();
const listeners = new Set<() => void>();

export const languageStore = {
  get: (): LanguageTag => current,
  set: (tag: LanguageTag): void => {
    current = tag;
    try {
      window.localStorage.setItem(STORAGE_KEY, tag);
    } catch {
      // Not remembered across visits; still used for this page.
    }
    document.documentElement.lang = tag;
    for (const listener of listeners) listener();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useLanguage(): LanguageTag {
  return useSyncExternalStore(languageStore.subscribe, languageStore.get);
}

// Date locales other than English load on demand, to keep them out of the first screen's bundle.
const loadedDateLocales = new Map<LanguageTag, Locale>([['en-US', enUS]]);

function ensureDateLocale(tag: LanguageTag): void {
  if (loadedDateLocales.has(tag)) return;
  const language = SUPPORTED_LANGUAGES.find((l) => l.tag === tag);
  if (!language) return;
  void language.loadDateLocale().then((locale) => {
    loadedDateLocales.set(tag, locale);
    for (const listener of listeners) listener();
  });
}

/** The date-fns locale of the chosen language (English until the chosen one has loaded). */
export function useDateLocale(): Locale {
  const tag = useLanguage();
  ensureDateLocale(tag);
  return loadedDateLocales.get(tag) ?? enUS;
}
