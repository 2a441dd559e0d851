// What the saved-views panel tells the user: storage problems (once per tab), the outcome of the
// last action (with Undo after a delete), and each entry an import refused with its reason.
import type { Refusal } from './import-export';

export interface PanelMessage {
  kind: 'info' | 'error';
  text: string;
  undo?: () => void;
  refused?: Refusal[];
}

interface PanelMessagesProps {
  problems: string[];
  message: PanelMessage | null;
  onDismiss: () => void;
}

export function PanelMessages({ problems, message, onDismiss }: PanelMessagesProps) {
  return (
    <>
      {problems.map((problem) => (
        <p key={problem} role="alert" className="error-alert">
          {problem}
        </p>
      ))}
      {/* The live region is always rendered, so that screen readers already watch it when a
          message arrives; the status itself exists only while there is one, so the results'
          status stays the page's only status the rest of the time. */}
      <div aria-live="polite" className="saved-views-status">
        {message?.kind === 'info' ? (
          <p role="status">
            {message.text}{' '}
            {message.undo ? (
              <button type="button" onClick={message.undo}>
                Undo
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {message?.kind === 'error' ? (
        <div role="alert" className="error-alert">
          <p>{message.text}</p>
          {message.refused && message.refused.length > 0 ? (
            <>
              <p>Not imported:</p>
              <ul aria-label="Refused views">
                {message.refused.map((refusal, index) => (
                  <li key={`${refusal.entry}-${index}`}>
                    {refusal.entry}: {refusal.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </>
  );
}
