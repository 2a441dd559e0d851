// "Show request": the exact lookup the results come from (method, path with query, JSON body), so
// an agent can see what was sent (D2, D4) and copy it for a ticket or a curl call.
import { useEffect, useRef, useState } from 'react';
import { apiUrl } from '../../lib/api-client';
import { useT, type MessageId } from '../../lib/i18n';
import { LOOKUP_PATH, type LookupBody, type LookupQuery } from './api/lookup-request';

const FEEDBACK_MS = 4000;

/** `POST /system/ws/v20/interaction/case/lookup?$pagenum=1&$pagesize=25`, a blank line, the body. */
export function requestText(body: LookupBody, query: LookupQuery): string {
  const url = apiUrl(LOOKUP_PATH, query);
  const origin = window.location.origin;
  const path = url.startsWith(origin) ? url.slice(origin.length) : url;
  return `POST ${path}\n\n${JSON.stringify(body, null, 2)}`;
}

/** `GET /system/ws/v20/interaction/case/1000`: a read by id has no body. */
export function readRequestText(apiPath: string): string {
  const url = apiUrl(apiPath);
  const origin = window.location.origin;
  return `GET ${url.startsWith(origin) ? url.slice(origin.length) : url}`;
}

export function ShowRequest({
  body,
  query,
  text: given,
}: {
  body: LookupBody;
  query: LookupQuery;
  /** The request as text when it is not a lookup (a case read by id). */
  text?: string;
}) {
  const t = useT();
  const [feedback, setFeedback] = useState<MessageId | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const text = given ?? requestText(body, query);

  const copy = async () => {
    window.clearTimeout(timer.current);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setFeedback('request.copied');
      timer.current = window.setTimeout(() => setFeedback(null), FEEDBACK_MS);
    } catch {
      // Stays until the next attempt: the user needs it while copying by hand.
      setFeedback('request.copyFailed');
    }
  };

  return (
    <details className="show-request">
      <summary>{t('request.show')}</summary>
      <pre className="request-text">
        <code>{text}</code>
      </pre>
      <div className="show-request-actions">
        <button type="button" onClick={() => void copy()}>
          {t('request.copy')}
        </button>
        <span aria-live="polite" className="copy-feedback">
          {feedback ? t(feedback) : ''}
        </span>
      </div>
    </details>
  );
}
