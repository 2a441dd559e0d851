// What the Quick lookup box understands: an email, a phone number, `#1000` / `case 1000`, or
// `customer 1001` (UI contract, "Quick lookup"). Input it cannot decide (a bare short number, a
// word) comes back as choices; input no identifier can hold comes back as a problem. Nothing here
// sends anything: the box decides what to do with the answer. `case` and `customer` work in every
// language, and so do the UI language's own words for them (`Fall 1000`, `client 1001`).
import { z } from 'zod';
import { t } from '../../../lib/i18n';
import type { Criteria } from '../criteria';

/** A lookup the box can run: lookup criteria, or a case read by its id (§4). */
export type QuickTarget =
  | { kind: 'email'; criteria: Criteria; text: string }
  | { kind: 'phone'; criteria: Criteria; text: string }
  | { kind: 'customer'; criteria: Criteria; text: string }
  | { kind: 'department'; criteria: Criteria; text: string }
  | { kind: 'case'; caseId: string; text: string };

export type QuickLookup =
  | { outcome: 'empty' }
  | { outcome: 'run'; target: QuickTarget }
  | { outcome: 'choose'; message: string; choices: QuickTarget[] }
  | { outcome: 'problem'; message: string };

export const MIN_PHONE_DIGITS = 7;
/** Ids travel as digits; longer ones than this are no eGain id (the URL state allows 19). */
const MAX_ID_DIGITS = 19;
const emailSchema = z.email();

/** What the user is told, in the UI language of the moment. */
export const QUICK_MESSAGES = {
  get emailSpaces() {
    return t('quick.emailSpaces');
  },
  get email() {
    return t('quick.email');
  },
  get phoneCharacters() {
    return t('quick.phoneCharacters');
  },
  get phoneTooShort() {
    return t('quick.phoneTooShort', { min: MIN_PHONE_DIGITS });
  },
  get caseDigits() {
    return t('quick.caseDigits');
  },
  get customerDigits() {
    return t('quick.customerDigits');
  },
  get idTooLong() {
    return t('quick.idTooLong', { max: MAX_ID_DIGITS });
  },
  get unknown() {
    return t('quick.unknown');
  },
};

export function emailTarget(email: string): QuickTarget {
  return { kind: 'email', criteria: { email }, text: t('quick.target.email', { value: email }) };
}
export function caseTarget(caseId: string): QuickTarget {
  return { kind: 'case', caseId, text: t('quick.target.case', { value: caseId }) };
}
export function customerTarget(customerId: string): QuickTarget {
  return {
    kind: 'customer',
    criteria: { customerId },
    text: t('quick.target.customer', { value: customerId }),
  };
}
function phoneTarget(typed: string): QuickTarget {
  // The criteria keep the number as typed (the body sends digits only, D2), as the form does.
  const value = typed.replace(/\D/g, '');
  return { kind: 'phone', criteria: { phone: typed }, text: t('quick.target.phone', { value }) };
}
function departmentTarget(name: string): QuickTarget {
  return {
    kind: 'department',
    criteria: { department: name },
    text: t('quick.target.department', { value: name }),
  };
}

/** `(?:case|fall)`: the English keyword and the UI language's own (its catalog word). */
function keywords(id: 'quick.keyword.case' | 'quick.keyword.customer'): string {
  const english = id === 'quick.keyword.case' ? 'case' : 'customer';
  const own = t(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `(?:${english}|${own})`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Pasted text reduced to the identifier: surrounding spaces and quotes, a `mailto:` (with its
 * `?subject=…`) or `tel:` (with `;ext=…`) prefix, and `Name <address>` as mail programs copy it.
 */
export function cleanQuickInput(input: string): string {
  let text = input
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim();
  const named = /^[^<>]*<([^<>]+@[^<>]+)>$/.exec(text);
  if (named?.[1]) text = named[1].trim();
  const mailto = /^mailto:(.*)$/i.exec(text);
  if (mailto) text = safeDecode((mailto[1] ?? '').split('?')[0] ?? '').trim();
  const tel = /^tel:(.*)$/i.exec(text);
  if (tel) text = safeDecode((tel[1] ?? '').split(';')[0] ?? '').trim();
  return text;
}

function idOrProblem(
  digits: string,
  make: (id: string) => QuickTarget,
  notDigits: string,
): QuickLookup {
  if (!/^\d+$/.test(digits)) return { outcome: 'problem', message: notDigits };
  if (digits.length > MAX_ID_DIGITS)
    return { outcome: 'problem', message: QUICK_MESSAGES.idTooLong };
  return { outcome: 'run', target: make(digits) };
}

export function parseQuickLookup(input: string): QuickLookup {
  const text = cleanQuickInput(input);
  if (text === '') return { outcome: 'empty' };

  if (text.includes('@')) {
    if (/\s/.test(text)) return { outcome: 'problem', message: QUICK_MESSAGES.emailSpaces };
    return emailSchema.safeParse(text).success
      ? { outcome: 'run', target: emailTarget(text) }
      : { outcome: 'problem', message: QUICK_MESSAGES.email };
  }

  const caseMatch = new RegExp(
    `^(?:#|${keywords('quick.keyword.case')}\\s*[:#]?)\\s*(.*)$`,
    'iu',
  ).exec(text);
  if (caseMatch) return idOrProblem(caseMatch[1] ?? '', caseTarget, QUICK_MESSAGES.caseDigits);
  const customerMatch = new RegExp(
    `^${keywords('quick.keyword.customer')}\\s*[:#]?\\s*(.*)$`,
    'iu',
  ).exec(text);
  if (customerMatch)
    return idOrProblem(customerMatch[1] ?? '', customerTarget, QUICK_MESSAGES.customerDigits);

  const digits = text.replace(/\D/g, '');
  if (/^\d+$/.test(text) && text.length < MIN_PHONE_DIGITS) {
    return {
      outcome: 'choose',
      message: t('quick.ambiguousNumber', { text }),
      choices: [caseTarget(text), customerTarget(text)],
    };
  }
  if (/^\+?[\d\s\-.()]+$/.test(text)) {
    return digits.length >= MIN_PHONE_DIGITS
      ? { outcome: 'run', target: phoneTarget(text) }
      : { outcome: 'problem', message: QUICK_MESSAGES.phoneTooShort };
  }
  // Mostly digits with something else in between: a phone number with a typo.
  const compact = text.replace(/\s/g, '');
  if (/^[+(\d]/.test(compact) && digits.length * 2 >= compact.length) {
    return { outcome: 'problem', message: QUICK_MESSAGES.phoneCharacters };
  }
  // A word or a name: eGain's lookup has no name criterion, but a department is matched by name.
  if (/^[\p{L}\p{M}][\p{L}\p{M}\d\s&'’.,()/-]*$/u.test(text) && text.length <= 100) {
    return {
      outcome: 'choose',
      message: t('quick.notAnIdentifier', { text }),
      choices: [departmentTarget(text)],
    };
  }
  return { outcome: 'problem', message: QUICK_MESSAGES.unknown };
}
