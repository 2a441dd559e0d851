// The UI's words (docs/decisions/044): Lingui's runtime with catalogs compiled at build time. Only
// the active language's catalogs are ever loaded, each on demand: `first` (the sign-in screen)
// before the first paint, `app` with the search screen.
import { i18n, type Messages } from '@lingui/core';
import { use } from 'react';
import { LanguageContext } from './language-context';
import type appMessages from '../locales/en-US/app.json';
import type firstMessages from '../locales/en-US/first.json';

/** The languages the UI is written in; every other eGain language shows the English UI. */
export const UI_LANGUAGES = ['en-US', 'de-DE', 'fr-FR', 'es-ES'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const SOURCE_LANGUAGE: UiLanguage = 'en-US';

export type MessageId = keyof typeof firstMessages | keyof typeof appMessages;
export type MessageValues = Record<string, string | number>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

type Part = 'first' | 'app';
type Catalog = () => Promise<{ messages: Messages }>;

// Spelled out so the bundler makes one small chunk per language and part.
const CATALOGS: Record<UiLanguage, Record<Part, Catalog>> = {
  'en-US': {
    first: () => import('../locales/en-US/first.json?lingui'),
    app: () => import('../locales/en-US/app.json?lingui'),
  },
  'de-DE': {
    first: () => import('../locales/de-DE/first.json?lingui'),
    app: () => import('../locales/de-DE/app.json?lingui'),
  },
  'fr-FR': {
    first: () => import('../locales/fr-FR/first.json?lingui'),
    app: () => import('../locales/fr-FR/app.json?lingui'),
  },
  'es-ES': {
    first: () => import('../locales/es-ES/first.json?lingui'),
    app: () => import('../locales/es-ES/app.json?lingui'),
  },
};

export function isUiLanguage(tag: string): tag is UiLanguage {
  return UI_LANGUAGES.some((language) => language === tag);
}

/** The UI language for an eGain language tag: itself when the UI is written in it, else English. */
export function uiLanguageFor(tag: string): UiLanguage {
  return isUiLanguage(tag) ? tag : SOURCE_LANGUAGE;
}

const wanted = new Set<Part>(['first']);
const loading = new Map<string, Promise<void>>();

function loadPart(language: UiLanguage, part: Part): Promise<void> {
  const key = `${language}/${part}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = CATALOGS[language][part]().then(({ messages }) => i18n.load(language, messages));
    // A failed download (network) may be tried again on the next switch.
    promise.catch(() => loading.delete(key));
    loading.set(key, promise);
  }
  return promise;
}

/** A catalog that comes with the bundle itself: loaded now, never fetched. */
export function addBundledCatalog(language: UiLanguage, part: Part, messages: Messages): void {
  i18n.load(language, messages);
  loading.set(`${language}/${part}`, Promise.resolve());
}

/** Loads every catalog part the screens have asked for so far, in one language. */
export async function loadMessages(language: UiLanguage): Promise<void> {
  let parts: Part[];
  do {
    parts = [...wanted];
    await Promise.all(parts.map((part) => loadPart(language, part)));
    // The search screen may have asked for its part meanwhile.
  } while (parts.length !== wanted.size);
}

/** The search screen's messages, in the active language (and every language chosen after). */
export function loadAppMessages(): Promise<void> {
  wanted.add('app');
  return loadPart(uiLanguageFor(i18n.locale || SOURCE_LANGUAGE), 'app');
}

/** Makes `language` the UI language; its catalogs must have been loaded. */
export function activateMessages(language: UiLanguage): void {
  i18n.activate(language);
}

/** The active UI language. */
export function activeUiLanguage(): UiLanguage {
  return uiLanguageFor(i18n.locale);
}

/** A message in the active language; outside React, or in render code that called `useT`. */
export const t: Translate = (id, values) => i18n._(id, values);

/** Calls `listener` whenever the active language or its loaded messages change. */
export const onMessagesChange = (listener: () => void): (() => void) => i18n.on('change', listener);

/**
 * A message to be said later, in the UI language of the moment it is shown: what pure code hands
 * to a component (a refusal, a storage problem) instead of text fixed in one language. A value may
 * be a message itself, or worked out when said (a validation message of the criteria).
 */
export interface Message {
  id: MessageId;
  values?: Record<string, string | number | Message | (() => string)>;
}

/** The text of `message` in the active language (call `useT` in a component that shows it). */
export function say(message: Message): string {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    values[name] =
      typeof value === 'function' ? value() : typeof value === 'object' ? say(value) : value;
  }
  return t(message.id, values);
}

/** `a, b and c` in the active language (names of fields, for example). */
export function listOf(items: readonly string[]): string {
  return new Intl.ListFormat(activeUiLanguage(), { type: 'conjunction' }).format(items);
}

/** `t`, and a re-render of the calling component whenever the UI language changes. */
export function useT(): Translate {
  // The provider's value changes with the language and with every catalog loaded into it.
  use(LanguageContext);
  return t;
}
