// What the export says when it ends: the file, and any change of the total while it ran. Each note
// is a sentence of its own, in the UI language.
import { t } from '../../../../lib/i18n';
import type { ScheduleSummary } from './page-scheduler';

export function completedMessage(summary: ScheduleSummary, fileName: string): string {
  const { rows, duplicates, firstTotal, lastTotal } = summary;
  const sentences = [t('export.done', { count: rows, file: fileName })];
  if (firstTotal !== undefined && lastTotal !== undefined && firstTotal !== lastTotal) {
    sentences.push(t('export.totalChanged', { first: firstTotal, last: lastTotal }));
  }
  if (duplicates > 0) sentences.push(t('export.duplicates', { count: duplicates }));
  const expected = lastTotal ?? rows;
  if (rows < expected) sentences.push(t('export.missing', { count: expected - rows }));
  else if (rows > expected) sentences.push(t('export.extra', { count: rows - expected }));
  return sentences.join(' ');
}
