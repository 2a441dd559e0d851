import { describe, expect, it } from 'vitest';
import { completedMessage } from './export-messages';

const summary = { rows: 76, duplicates: 0, firstTotal: 76, lastTotal: 76, requests: 2 };

describe('completedMessage', () => {
  it('names the file and the count', () => {
    expect(completedMessage(summary, 'cases-2026-12-01-1402.csv')).toBe(
      'Exported 76 cases to cases-2026-12-01-1402.csv.',
    );
    expect(completedMessage({ ...summary, rows: 1, firstTotal: 1, lastTotal: 1 }, 'x.csv')).toBe(
      'Exported 1 case to x.csv.',
    );
  });

  it('reports a total that grew and the rows written once', () => {
    expect(
      completedMessage(
        { ...summary, rows: 1201, duplicates: 2, firstTotal: 1200, lastTotal: 1201 },
        'x.csv',
      ),
    ).toBe(
      'Exported 1,201 cases to x.csv. The total changed while exporting: 1,200 cases at the start, 1,201 cases at the end. 2 cases moved to a later page meanwhile and were written once.',
    );
  });

  it('reports rows that may be missing after cases left the result', () => {
    expect(completedMessage({ ...summary, rows: 74, firstTotal: 76, lastTotal: 75 }, 'x.csv')).toBe(
      'Exported 74 cases to x.csv. The total changed while exporting: 76 cases at the start, 75 cases at the end. 1 case may be missing, moved to an earlier page meanwhile; export again for a complete list.',
    );
  });
});
