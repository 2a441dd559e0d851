// The one Language setting (D12, docs/decisions/045): the Accept-Language sent on every call (one tag
// from the eGain list, never a q-list), the UI language and <html lang>, and date formats. The
// choice takes effect once its catalogs (and date locale) have arrived, all at once.
import { startTransition, use, useEffect, useState, useSyncExternalStore } from 'react';
import type { Locale } from 'date-fns';
import { afterNextPaint } from './after-paint';
import { activateMessages, loadMessages, onMessagesChange, t, uiLanguageFor } from './i18n';
import { LanguageContext, type LanguageSnapshot } from './language-context';

export const SUPPORTED_LANGUAGES = [
  {
    tag: 'en-US',
    label: 'English (US)',
    loadDateLocale: () => import('date-fns/locale/en-US').then((m) => m.enUS),
  },
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
/** The choice whose catalogs are on their way; the last one chosen wins. */
let requested: LanguageTag = current;
const listeners = new Set<() => void>();
let snapshot: LanguageSnapshot = { tag: current, dateLocale: undefined };
const notify = ({ wordsChanged = false } = {}): void => {
  const dateLocale = loadedDateLocales.get(current);
  // A new snapshot redraws every word on screen: only when something drawn has changed (a choice
  // that is still loading only changes the menu).
  if (wordsChanged || snapshot.tag !== current || snapshot.dateLocale !== dateLocale)
    snapshot = { tag: current, dateLocale };
  for (const listener of listeners) listener();
};
// Catalogs loaded into the active language (the search screen's part) redraw the words too.
onMessagesChange(() => notify({ wordsChanged: true }));

function remember(tag: LanguageTag): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, tag);
  } catch {
    // Not remembered across visits; still used for this page.
  }
}

/**
 * Loads what `tag` needs, then switches everything to it in one render. A choice in the menu
 * waits for the next paint first: re-rendering every word (and every date of 75 rows) takes tens
 * of milliseconds, and the menu showing the choice must not wait for it.
 */
async function apply(tag: LanguageTag, { yieldFirst = false } = {}): Promise<void> {
  const ui = uiLanguageFor(tag);
  // Once a screen has shown dates, a switch waits for the new date locale too.
  await Promise.all([
    loadMessages(ui),
    datesShown ? loadDateLocale(tag) : undefined,
    yieldFirst ? afterNextPaint() : undefined,
  ]);
  if (requested !== tag) return;
  current = tag;
  document.documentElement.lang = ui;
  activateMessages(ui);
  document.title = t('app.title');
  notify();
}

export const languageStore = {
  get: (): LanguageTag => current,
  /**
   * Remembers the choice at once; it shows (and is sent) once its catalogs have loaded. Rejects
   * when they could not be fetched (the previous language stays).
   */
  choose: (tag: LanguageTag): Promise<void> => {
    requested = tag;
    remember(tag);
    notify();
    return apply(tag, { yieldFirst: true }).catch((error: unknown) => {
      if (requested === tag) {
        requested = current;
        notify();
      }
      throw error;
    });
  },
  /** `choose`, for callers that do not wait. */
  set: (tag: LanguageTag): void => {
    languageStore.choose(tag).catch(() => undefined);
  },
  /**
   * Before the first render: the remembered or browser language with its catalogs loaded (or
   * `fallback`, not remembered, when they could not be fetched).
   */
  start: (fallback?: LanguageTag): Promise<void> => {
    requested = fallback ?? current;
    return apply(requested);
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * What the app's provider hands down; a new object whenever anything drawn changed. The redraw
 * is a transition: re-rendering every word and date of a 75-row table takes tens of milliseconds,
 * and as a transition it yields to the keyboard and pointer (the menu, a second arrow key).
 */
export function useLanguageSnapshot(): LanguageSnapshot {
  const [shown, setShown] = useState(snapshot);
  useEffect(() => {
    const show = (): void => startTransition(() => setShown(snapshot));
    const unsubscribe = languageStore.subscribe(show);
    // A change between the first render and this subscription.
    show();
    return unsubscribe;
  }, []);
  return shown;
}

/** The language in effect, from the provider (see language-context.ts). */
export function useLanguage(): LanguageTag {
  return use(LanguageContext).tag;
}

/**
 * The language last chosen, before its catalogs have arrived: what the Language menu shows, so
 * that it never jumps back while the choice loads (and a second arrow key starts from it).
 */
export function useChosenLanguage(): LanguageTag {
  return useSyncExternalStore(languageStore.subscribe, () => requested);
}

// Date locales load on demand, English too: the sign-in screen shows no dates, so none of them
// weighs on the first screen.
const loadedDateLocales = new Map<LanguageTag, Locale>();
let datesShown = false;

async function loadDateLocale(tag: LanguageTag): Promise<void> {
  if (loadedDateLocales.has(tag)) return;
  const language = SUPPORTED_LANGUAGES.find((l) => l.tag === tag);
  if (!language) return;
  try {
    loadedDateLocales.set(tag, await language.loadDateLocale());
  } catch {
    // Dates stay in English formats; the words still switch.
  }
}

function startShowingDates(tag: LanguageTag): void {
  if (datesShown) return;
  datesShown = true;
  void loadDateLocale(tag).then(() => notify());
}

/**
 * The date-fns locale of the chosen language; undefined (date-fns's own default, English) while it
 * loads, the first time a screen shows dates.
 */
export function useDateLocale(): Locale | undefined {
  const { tag, dateLocale } = use(LanguageContext);
  startShowingDates(tag);
  return dateLocale;
}
