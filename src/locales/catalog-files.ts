// The catalogs' source files as plain JSON, for the checks that keep them complete (tests only; the
// app imports them compiled, through @lingui/vite-plugin).
import { z } from 'zod';
import type { UiLanguage } from '../lib/i18n';

export const CATALOG_PARTS = ['first', 'app'] as const;
export type CatalogPart = (typeof CATALOG_PARTS)[number];

const files = import.meta.glob<unknown>('./*/*.json', { eager: true, import: 'default' });
const catalogSchema = z.record(z.string(), z.string());

export function catalogPart(language: UiLanguage, part: CatalogPart): Record<string, string> {
  return catalogSchema.parse(files[`./${language}/${part}.json`]);
}
