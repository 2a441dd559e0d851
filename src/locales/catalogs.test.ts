// Every shipped catalog holds every message of the English one, with the same ICU arguments (names
// and kinds), plural cases the language has, and words of its own.
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../lib/i18n';
import { catalogPart, CATALOG_PARTS } from './catalog-files';

/** `name:kind` for every argument of a message, e.g. `total:plural`, `user:argument`. */
function argumentsOf(tokens: readonly Token[], into = new Set<string>()): Set<string> {
  for (const token of tokens) {
    if (token.type === 'argument') into.add(`${token.arg}:argument`);
    if (token.type === 'function') into.add(`${token.arg}:${token.key}`);
    if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
      into.add(`${token.arg}:${token.type}`);
      for (const branch of token.cases) argumentsOf(branch.tokens, into);
    }
  }
  return into;
}

function pluralsOf(tokens: readonly Token[], into: { arg: string; keys: string[] }[] = []) {
  for (const token of tokens) {
    if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
      if (token.type === 'plural')
        into.push({ arg: token.arg, keys: token.cases.map((c) => c.key) });
      for (const branch of token.cases) pluralsOf(branch.tokens, into);
    }
  }
  return into;
}

// Messages that are rightly the same words as in English (symbols, arguments only, or a word
// both languages share).
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  'de-DE': [
    'chips.label',
    'chips.criterion',
    'chips.separator',
    'skipped.separator',
    'results.withSkipped',
    'customer.phoneKind',
    'criteria.status.label',
    'cases.column.status',
    'activities.column.status',
    'customer.name',
    'views.dialog.name',
    'views.link',
    'views.import.file',
    'views.refusedItem',
    'views.stored.separator',
  ],
  'fr-FR': ['chips.separator', 'customer.phoneKind', 'results.pagination', 'paging.page'],
  'es-ES': [
    'chips.label',
    'chips.criterion',
    'chips.separator',
    'skipped.separator',
    'results.withSkipped',
    'customer.phoneKind',
    'views.import.file',
    'views.refusedItem',
    'views.stored.separator',
  ],
};

describe.each(UI_LANGUAGES.filter((language) => language !== 'en-US'))(
  'the %s catalogs',
  (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it.each(CATALOG_PARTS)('hold exactly the messages of the English %s catalog', (part) => {
      expect(Object.keys(catalogPart(language, part)).sort()).toEqual(
        Object.keys(catalogPart('en-US', part)).sort(),
      );
    });

    it.each(CATALOG_PARTS)('use the same ICU arguments as English in %s', (part) => {
      const english = catalogPart('en-US', part);
      for (const [id, message] of Object.entries(catalogPart(language, part))) {
        const source = english[id];
        if (source === undefined) continue;
        const tokens = parse(message, { cardinal: categories, strict: false });
        expect({ id, args: [...argumentsOf(tokens)].sort() }).toEqual({
          id,
          args: [...argumentsOf(parse(source))].sort(),
        });
        for (const plural of pluralsOf(tokens)) {
          expect({ id, arg: plural.arg, hasOther: plural.keys.includes('other') }).toEqual({
            id,
            arg: plural.arg,
            hasOther: true,
          });
        }
      }
    });

    it.each(CATALOG_PARTS)('say the %s messages in their own words', (part) => {
      const english = catalogPart('en-US', part);
      const same = Object.entries(catalogPart(language, part))
        .filter(([id, message]) => message === english[id])
        .map(([id]) => id)
        .filter((id) => !(SAME_AS_ENGLISH[language] ?? []).includes(id));
      expect(same).toEqual([]);
    });
  },
);

describe('the catalog parts', () => {
  it('never hold the same message twice', () => {
    const [first, app] = CATALOG_PARTS.map((part) => Object.keys(catalogPart('en-US', part)));
    expect((first ?? []).filter((id) => (app ?? []).includes(id))).toEqual([]);
  });

  it('parse in English, plural cases included', () => {
    const categories = new Intl.PluralRules('en-US').resolvedOptions().pluralCategories;
    for (const part of CATALOG_PARTS) {
      for (const message of Object.values(catalogPart('en-US', part))) {
        expect(() => parse(message, { cardinal: categories, strict: false })).not.toThrow();
      }
    }
  });
});
