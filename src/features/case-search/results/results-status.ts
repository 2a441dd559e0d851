// The text of the results' live region: the range shown, "No cases match …" (204), or progress,
// plus how many cases of the page could not be read (UI contract, "Answers that are partly
// unreadable").
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

const CASE_NOUN = { one: 'case', other: 'cases' };

export function resultsStatusText(input: ResultsStatusInput): string {
  if (!input.hasCriteria) return '';
  if (input.window) {
    const unread = skippedText(input.skipped ?? [], CASE_NOUN);
    const range = `${rangeText(input.window, CASE_NOUN)}${unread ? `; ${unread}` : ''}`;
    // Without this, the old count would read as the answer to the criteria now in the form.
    return input.earlierResults ? `${range} (earlier results: the latest request failed)` : range;
  }
  if (input.empty && input.page > 1) {
    return `No cases on page ${input.page}: the results end on an earlier page.`;
  }
  if (input.empty) {
    return `No cases match ${input.criteriaText}. Remove a filter or change the criteria to widen the search.`;
  }
  if (input.loading) return 'Searching for cases…';
  return '';
}
