// What the export says when it ends: the file, and any change of the total while it ran.
import type { ScheduleSummary } from './page-scheduler';

const cases = (n: number): string => `${n.toLocaleString('en-US')} ${n === 1 ? 'case' : 'cases'}`;

export function completedMessage(summary: ScheduleSummary, fileName: string): string {
  const { rows, duplicates, firstTotal, lastTotal } = summary;
  const done = `Exported ${cases(rows)} to ${fileName}.`;
  const notes: string[] = [];
  if (firstTotal !== undefined && lastTotal !== undefined && firstTotal !== lastTotal) {
    notes.push(
      `The total changed while exporting: ${cases(firstTotal)} at the start, ${cases(lastTotal)} at the end.`,
    );
  }
  if (duplicates > 0) {
    notes.push(
      `${cases(duplicates)} moved to a later page meanwhile and ${duplicates === 1 ? 'was' : 'were'} written once.`,
    );
  }
  const expected = lastTotal ?? rows;
  if (rows < expected) {
    notes.push(
      `${cases(expected - rows)} may be missing, moved to an earlier page meanwhile; export again for a complete list.`,
    );
  } else if (rows > expected) {
    notes.push(
      `The file has ${cases(rows - expected)} more than the final total, which closed meanwhile.`,
    );
  }
  return [done, ...notes].join(' ');
}
