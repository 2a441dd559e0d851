// Shows an API error with its eGain code and message, and a Retry button where retrying makes sense.
// The server's words are shown as sent; this console's own explanations in the user's language.
import { ApiError } from '../lib/api-error';
import { t, useT } from '../lib/i18n';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: (() => void) | undefined;
  /** Defaults to "The request failed" in the UI language. */
  title?: string;
}

/** The code and the message to show; call it while rendering (the message is in the UI language). */
export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof ApiError) {
    const message = error.local ? t(error.local.id, error.local.values) : error.developerMessage;
    return { code: error.code, message };
  }
  if (error instanceof Error) return { code: 'ERROR', message: error.message };
  return { code: 'ERROR', message: t('error.generic') };
}

export function ErrorAlert({ error, onRetry, title }: ErrorAlertProps) {
  const t = useT();
  const { code, message } = describeError(error);
  return (
    <div role="alert" className="error-alert">
      <p className="error-alert-title">{title ?? t('error.title')}</p>
      <p>
        <span className="error-code">{code}</span> {message}
      </p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      ) : null}
    </div>
  );
}
