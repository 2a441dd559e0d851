import { describe, expect, it } from 'vitest';
import { QUICK_MESSAGES, cleanQuickInput, parseQuickLookup } from './parse-quick-lookup';

describe('cleanQuickInput', () => {
  it.each([
    ['  jhenry@customer.com \n', 'jhenry@customer.com'],
    ['mailto:jhenry@customer.com', 'jhenry@customer.com'],
    ['MAILTO:jhenry%40customer.com?subject=Hi', 'jhenry@customer.com'],
    ['tel:+1-408-222-9898', '+1-408-222-9898'],
    ['tel:4082229898;ext=12', '4082229898'],
    ['John Henry <jhenry@customer.com>', 'jhenry@customer.com'],
    ['"#1000"', '#1000'],
  ])('%j → %j', (input, expected) => {
    expect(cleanQuickInput(input)).toBe(expected);
  });
});

describe('parseQuickLookup', () => {
  it('runs an email lookup', () => {
    expect(parseQuickLookup(' mailto:jhenry@customer.com ')).toEqual({
      outcome: 'run',
      target: {
        kind: 'email',
        criteria: { email: 'jhenry@customer.com' },
        text: 'Email jhenry@customer.com',
      },
    });
  });

  it('runs a phone lookup for 7 or more digits with formatting', () => {
    const result = parseQuickLookup('(408) 222-9898');
    expect(result).toMatchObject({
      outcome: 'run',
      target: { kind: 'phone', criteria: { phone: '(408) 222-9898' }, text: 'Phone 4082229898' },
    });
    expect(parseQuickLookup('4082229898')).toMatchObject({ target: { kind: 'phone' } });
    expect(parseQuickLookup('+44 20 7946 0958')).toMatchObject({ target: { kind: 'phone' } });
  });

  it.each(['#1000', '# 1000', 'case 1000', 'Case:1000', 'CASE #1000'])(
    'reads %j as case 1000',
    (input) => {
      expect(parseQuickLookup(input)).toEqual({
        outcome: 'run',
        target: { kind: 'case', caseId: '1000', text: 'Case 1000' },
      });
    },
  );

  it('runs a customer lookup', () => {
    expect(parseQuickLookup('customer 1001')).toMatchObject({
      outcome: 'run',
      target: { kind: 'customer', criteria: { customerId: '1001' } },
    });
  });

  it('offers case or customer for a bare short number, and sends nothing', () => {
    const result = parseQuickLookup('1000');
    expect(result.outcome).toBe('choose');
    if (result.outcome !== 'choose') return;
    expect(result.choices.map((choice) => choice.kind)).toEqual(['case', 'customer']);
    expect(result.message).toContain('case number or a customer ID');
  });

  it('offers a department for a word or a name', () => {
    const result = parseQuickLookup('John Tierney');
    expect(result).toMatchObject({
      outcome: 'choose',
      choices: [{ kind: 'department', criteria: { department: 'John Tierney' } }],
    });
  });

  it.each([
    ['jhenry@', QUICK_MESSAGES.email],
    ['j henry@customer.com', QUICK_MESSAGES.emailSpaces],
    ['408-222-98x8', QUICK_MESSAGES.phoneCharacters],
    ['222-98', QUICK_MESSAGES.phoneTooShort],
    ['#10a0', QUICK_MESSAGES.caseDigits],
    ['customer abc', QUICK_MESSAGES.customerDigits],
    ['#12345678901234567890', QUICK_MESSAGES.idTooLong],
    ['<script>', QUICK_MESSAGES.unknown],
    ['%%%', QUICK_MESSAGES.unknown],
  ])('refuses %j with a clear message', (input, message) => {
    expect(parseQuickLookup(input)).toEqual({ outcome: 'problem', message });
  });

  it('treats blank input as empty', () => {
    expect(parseQuickLookup('   ')).toEqual({ outcome: 'empty' });
  });
});
