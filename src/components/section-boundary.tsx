// An error boundary per screen area (table, each pane), so a failure in one never blanks the others.
// QueryErrorResetBoundary lets "Retry" refetch queries that threw into the boundary.
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { ErrorAlert } from './error-alert';

interface SectionBoundaryProps {
  title: string;
  children: ReactNode;
  /** A change of any of these clears the error (e.g. another pane was opened). */
  resetKeys?: unknown[];
  /** Wraps the alert, e.g. in the pane's frame so the pane can still be closed. */
  frame?: (alert: ReactNode) => ReactNode;
}

export function SectionBoundary({ title, children, resetKeys, frame }: SectionBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          resetKeys={resetKeys}
          fallbackRender={({ error, resetErrorBoundary }) => {
            const alert = <ErrorAlert error={error} title={title} onRetry={resetErrorBoundary} />;
            return frame ? frame(alert) : alert;
          }}
        >
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
