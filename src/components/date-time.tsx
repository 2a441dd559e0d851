// A timestamp in the user's language and time zone; the exact ISO value shows on hover (title) and
// on keyboard focus (CSS tooltip), and is the element's accessible description.
import { format, isValid, parseISO } from 'date-fns';
import { useT } from '../lib/i18n';
import { useDateLocale } from '../lib/language';

export function DateTime({ value }: { value: string | undefined }) {
  const t = useT();
  const locale = useDateLocale();
  if (!value) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('value.notSet')}</span>
      </span>
    );
  }
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
