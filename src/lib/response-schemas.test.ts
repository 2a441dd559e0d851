import { describe, expect, it } from 'vitest';
import { skippedText } from './response-schemas';

const noun = 'cases';

describe('skippedText', () => {
  it('is empty when every row was read', () => {
    expect(skippedText([], noun)).toBe('');
  });

  it('names the readable ids and counts the others', () => {
    expect(skippedText([{ id: '1003', paths: ['status'] }], noun)).toBe(
      '1 case could not be shown (id 1003)',
    );
    expect(
      skippedText(
        [
          { id: '1003', paths: ['status'] },
          { id: '1007', paths: ['customer'] },
          { id: undefined, paths: ['id'] },
        ],
        noun,
      ),
    ).toBe('3 cases could not be shown (ids 1003, 1007; 1 without a readable id)');
  });
});
