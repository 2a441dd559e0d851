// Shows an API error with its eGain code and message, and a Retry button where retrying makes sense.
import { ApiError } from '../lib/api-error';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: (() => void) | undefined;
  title?: string;
}

export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof ApiError) return { code: error.code, message: error.developerMessage };
  if (error instanceof Error) return { code: 'ERROR', message: error.message };
  return { code: 'ERROR', message: 'Something went wrong.' };
}

export function ErrorAlert({ error, onRetry, title = 'The request failed' }: ErrorAlertProps) {
  const { code, message } = describeError(error);
  return (
    <div role="alert" className="error-alert">
      <p className="error-alert-title">{title}</p>
      <p>
        <span className="error-code">{code}</span> {message}
      </p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
