// The Export CSV button of the results, its progress bar and Cancel, and what it says at the end.
// The export runs beside the screen: paging, sorting or a new search go on while it reads. Its
// closing words are kept as a function, so they follow a change of language.
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../../../components/error-alert';
import { t, useT } from '../../../../lib/i18n';
import type { LookupBody } from '../../api/lookup-request';
import type { Sort } from '../../search-state';
import { browserTimeZone } from '../../date-bounds';
import { exportCases, exportFileName } from './export-cases';
import type { ScheduleProgress } from './page-scheduler';
import { completedMessage } from './export-messages';
import { throttleProgress } from './progress-throttle';
import './export.css';

/** How often the progress bar and count are redrawn at most (see progress-throttle.ts). */
const PROGRESS_INTERVAL_MS = 250;

type ExportState =
  | { phase: 'idle'; message: (() => string) | null }
  | { phase: 'running'; fetched: number; total: number | undefined }
  | { phase: 'failed'; error: unknown; file: Blob; rows: number; fileName: string };

/** Hands a file to the browser's download. */
function download(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  // Revoked later, not at once: some browsers read the URL after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `1,200 of 10,000`, or `1,200 of …` while the total is not known. */
const countText = (fetched: number, total: number | undefined): string =>
  total === undefined
    ? t('export.countSoFar', { fetched })
    : t('export.countOf', { fetched, total });

export interface ExportControlProps {
  body: LookupBody;
  /** The on-screen sort, which the export keeps. */
  sort: Sort | undefined;
  /** The search on screen has found cases. */
  available: boolean;
  /** The total on screen, shown until the export's first page says. */
  total: number | undefined;
}

export function ExportControl({ body, sort, available, total }: ExportControlProps) {
  useT();
  const [state, setState] = useState<ExportState>({ phase: 'idle', message: null });
  const controllerRef = useRef<AbortController | null>(null);
  // Leaving the screen (sign-out, clearing the search) stops an export still running.
  useEffect(() => () => controllerRef.current?.abort(), []);

  const start = (): void => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    const timeZone = browserTimeZone();
    const started = new Date();
    // The search as it was when Export was pressed, whatever the screen shows meanwhile.
    const request = { body, sort, timeZone, signal: controller.signal };
    setState({ phase: 'running', fetched: 0, total });
    const progress = throttleProgress<ScheduleProgress>(({ fetched, total: latest }) => {
      if (!controller.signal.aborted)
        setState({ phase: 'running', fetched, total: latest ?? fetched });
    }, PROGRESS_INTERVAL_MS);
    controller.signal.addEventListener('abort', progress.cancel, { once: true });
    exportCases({ ...request, onProgress: progress.report }).then(
      (outcome) => {
        progress.cancel();
        if (controller.signal.aborted) return;
        controllerRef.current = null;
        if (outcome.complete) {
          const fileName = exportFileName(body, started, timeZone);
          download(outcome.file, fileName);
          setState({
            phase: 'idle',
            message: () => completedMessage(outcome.summary, fileName),
          });
        } else {
          setState({
            phase: 'failed',
            error: outcome.error,
            file: outcome.file,
            rows: outcome.summary.rows,
            fileName: exportFileName(body, started, timeZone, { incomplete: true }),
          });
        }
      },
      (error: unknown) => {
        progress.cancel();
        if (controller.signal.aborted) return;
        controllerRef.current = null;
        setState({ phase: 'failed', error, file: new Blob([]), rows: 0, fileName: '' });
      },
    );
  };

  const cancel = (): void => {
    controllerRef.current?.abort();
    controllerRef.current = null;
    setState({ phase: 'idle', message: () => t('export.cancelled') });
  };

  return (
    <div className="export-control">
      {state.phase === 'running' ? (
        <div className="export-running">
          <div
            role="progressbar"
            aria-label={t('export.progress')}
            aria-valuemin={0}
            aria-valuenow={state.fetched}
            aria-valuemax={state.total ?? state.fetched}
            aria-valuetext={
              state.total === undefined
                ? t('export.progressSoFar', { fetched: state.fetched })
                : t('export.progressOf', { fetched: state.fetched, total: state.total })
            }
            className="export-progress"
          >
            <div
              className="export-progress-bar"
              style={{
                transform: `scaleX(${state.total ? Math.min(1, state.fetched / state.total) : 0})`,
              }}
            />
          </div>
          <span className="export-count" aria-hidden="true">
            {/* The count is drawn over a hidden copy of its widest text, in a box of its own:
                a change of its text then lays out and repaints that box alone, not the toolbar,
                the table and the Filters panel around it (see export.css). */}
            <span className="export-count-sizer">
              {countText(Math.max(state.fetched, state.total ?? 0), state.total)}
            </span>
            <span className="export-count-live">{countText(state.fetched, state.total)}</span>
          </span>
          <button type="button" onClick={cancel}>
            {t('export.cancel')}
          </button>
        </div>
      ) : available && state.phase === 'idle' ? (
        <button type="button" onClick={start}>
          {t('export.start')}
        </button>
      ) : null}
      {state.phase === 'failed' ? (
        <div className="export-failed">
          <ErrorAlert error={state.error} title={t('export.failed')} onRetry={start} />
          {state.rows > 0 ? (
            <button type="button" onClick={() => download(state.file, state.fileName)}>
              {t('export.downloadPartial', { count: state.rows })}
            </button>
          ) : null}
          <button type="button" onClick={() => setState({ phase: 'idle', message: null })}>
            {t('export.dismiss')}
          </button>
        </div>
      ) : null}
      {/* Polite, not role="status": the results status stays the only one (decision 007). */}
      <p aria-live="polite" className="export-message">
        {state.phase === 'idle' && state.message ? state.message() : ''}
      </p>
    </div>
  );
}
