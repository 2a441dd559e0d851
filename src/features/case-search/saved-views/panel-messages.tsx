// What the saved-views panel tells the user: storage problems (once per tab), the outcome of the
// last action (with Undo after a delete), and each entry an import refused with its reason.
import { say, useT, type Message } from '../../../lib/i18n';
import type { Refusal } from './import-export';

export interface PanelMessage {
  kind: 'info' | 'error';
  /** Said in the UI language of the moment, so a change of language reaches it too. */
  text: Message;
  /** Sentences after the text (the views an import renamed). */
  more?: Message[];
  undo?: () => void;
  refused?: Refusal[];
}

interface PanelMessagesProps {
  problems: Message[];
  message: PanelMessage | null;
  onDismiss: () => void;
}

const text = (message: PanelMessage): string =>
  [message.text, ...(message.more ?? [])].map(say).join(' ');

export function PanelMessages({ problems, message, onDismiss }: PanelMessagesProps) {
  const t = useT();
  return (
    <>
      {problems.map((problem, index) => (
        <p key={`${problem.id}-${index}`} role="alert" className="error-alert">
          {say(problem)}
        </p>
      ))}
      {/* The live region is always rendered, so that screen readers already watch it when a
          message arrives; the status itself exists only while there is one, so the results'
          status stays the page's only status the rest of the time. */}
      <div aria-live="polite" className="saved-views-status">
        {message?.kind === 'info' ? (
          <p role="status">
            {text(message)}{' '}
            {message.undo ? (
              <button type="button" onClick={message.undo}>
                {t('views.undo')}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {message?.kind === 'error' ? (
        <div role="alert" className="error-alert">
          <p>{text(message)}</p>
          {message.refused && message.refused.length > 0 ? (
            <>
              <p>{t('views.notImported')}</p>
              <ul aria-label={t('views.refusedList')}>
                {message.refused.map((refusal, index) => (
                  <li key={index}>
                    {t('views.refusedItem', {
                      entry: typeof refusal.entry === 'string' ? refusal.entry : say(refusal.entry),
                      reason: say(refusal.reason),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <button type="button" onClick={onDismiss}>
            {t('views.dismiss')}
          </button>
        </div>
      ) : null}
    </>
  );
}
