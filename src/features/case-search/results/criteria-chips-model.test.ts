import { describe, expect, it } from 'vitest';
import { criteriaChips, describeCriteria, withoutChip } from './criteria-chips-model';
import { resultsStatusText } from './results-status';

describe('criteriaChips', () => {
  it('labels each criterion as the form does and combines the custom attribute with its value', () => {
    const chips = criteriaChips({
      email: 'jhenry@customer.com',
      status: 'open',
      customName: 'customer_rating',
      customValue: '5',
      createdFrom: '2022-03-23',
    });
    expect(chips.map((chip) => `${chip.label}: ${chip.value}`)).toEqual([
      'Email: jhenry@customer.com',
      'Status: Open',
      'Created from: 2022-03-23',
      'Custom attribute: customer_rating = 5',
    ]);
  });

  it('removes every key of a chip', () => {
    const criteria = { department: 'Service', customName: 'region', customValue: 'EMEA' };
    const custom = criteriaChips(criteria).find((chip) => chip.id === 'custom');
    expect(custom && withoutChip(criteria, custom)).toEqual({ department: 'Service' });
  });

  it('describes the criteria for the "No cases match" message', () => {
    expect(describeCriteria({ email: 'nobody@example.com', department: 'Service' })).toBe(
      'Email: nobody@example.com, Department: Service',
    );
  });
});

describe('resultsStatusText', () => {
  const base = {
    hasCriteria: true,
    loading: false,
    window: null,
    empty: false,
    page: 1,
    criteriaText: 'Email: x@y.z',
  };

  it('is empty without criteria', () => {
    expect(resultsStatusText({ ...base, hasCriteria: false })).toBe('');
  });

  it('says which criteria matched nothing on 204', () => {
    expect(resultsStatusText({ ...base, empty: true })).toMatch(/^No cases match Email: x@y\.z\./);
  });

  it('shows the range', () => {
    expect(
      resultsStatusText({
        ...base,
        window: { page: 1, pageSize: 25, totalPages: 13, total: 312, first: 1, last: 25 },
      }),
    ).toBe('Showing 1–25 of 312 cases');
  });

  it('says when the rows are from an earlier request because the latest failed', () => {
    expect(
      resultsStatusText({
        ...base,
        earlierResults: true,
        window: { page: 1, pageSize: 25, totalPages: 1, total: 1, first: 1, last: 1 },
      }),
    ).toBe('Showing 1–1 of 1 case (earlier results: the latest request failed)');
  });

  it('tells a page past the end apart from no match', () => {
    expect(resultsStatusText({ ...base, empty: true, page: 4 })).toMatch(/^No cases on page 4/);
  });
});
