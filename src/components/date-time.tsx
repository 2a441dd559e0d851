// A timestamp in the user's language and time zone; the exact ISO value shows on hover (title) and
// on keyboard focus (CSS tooltip), and is the element's accessible description.
import { format, isValid, parseISO, type Locale } from 'date-fns';
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n';
import { useDateLocale } from '../lib/language';
import { notSetElement } from './value-badge';

/**
 * The element itself, for a table row that renders its cells without a component each (the row
 * reads the date locale with `useDateLocale`).
 */
export function dateTimeElement(value: string | undefined, locale: Locale | undefined): ReactNode {
  if (!value) return notSetElement();
  const date = parseISO(value);
  if (!isValid(date)) return <span>{value}</span>;
  return (
    // The focus stop lets keyboard users read the exact value, as a mouse user can on hover.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <time className="date-time" dateTime={value} title={value} data-exact={value} tabIndex={0}>
      {format(date, 'PPp', { locale })}
    </time>
  );
}

export function DateTime({ value }: { value: string | undefined }) {
  useT();
  return dateTimeElement(value, useDateLocale());
}
