import { describe, expect, it } from 'vitest';
import { resultsStatusText } from './results-status';

describe('resultsStatusText with unreadable rows', () => {
  it('adds the count to the range', () => {
    const text = resultsStatusText({
      hasCriteria: true,
      loading: false,
      window: { page: 1, pageSize: 25, totalPages: 1, total: 3, first: 1, last: 3 },
      empty: false,
      page: 1,
      criteriaText: 'Department: Service',
      skipped: [{ id: '1003', paths: ['status'] }],
    });
    expect(text).toBe('Showing 1–3 of 3 cases; 1 case could not be shown (id 1003)');
  });
});
