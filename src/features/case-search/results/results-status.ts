// The text of the results' live region: the range shown, "No cases match …" (204), or progress,
// plus how many cases of the page could not be read (UI contract, "Answers that are partly
// unreadable").
import { t } from '../../../lib/i18n';
import { rangeText, type PageWindow } from '../../../lib/paging';
import { skippedText, type SkippedRow } from '../../../lib/response-schemas';

export interface ResultsStatusInput {
  hasCriteria: boolean;
  /** A lookup is running and nothing is on screen yet. */
  loading: boolean;
  window: PageWindow | null;
  /** The page shown came back empty (204). */
  empty: boolean;
  page: number;
  /** The active criteria as text, e.g. `Email: a@b.com, Department: Service`. */
  criteriaText: string;
  /** The rows on screen belong to an earlier request because the latest one failed. */
  earlierResults?: boolean;
  /** Cases of the page shown that could not be read. */
  skipped?: SkippedRow[];
}

export function resultsStatusText(input: ResultsStatusInput): string {
  if (!input.hasCriteria) return '';
  if (input.window) {
    const unread = skippedText(input.skipped ?? [], 'cases');
    const shown = rangeText(input.window, 'cases');
    const range = unread ? t('results.withSkipped', { range: shown, skipped: unread }) : shown;
    // Without this, the old count would read as the answer to the criteria now in the form.
    return input.earlierResults ? t('results.earlier', { range }) : range;
  }
  if (input.empty && input.page > 1) return t('results.pastTheEnd', { page: input.page });
  if (input.empty) return t('results.none', { criteria: input.criteriaText });
  if (input.loading) return t('results.searching');
  return '';
}
