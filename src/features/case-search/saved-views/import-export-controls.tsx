// `Export views` (a JSON download) and `Import views` (a file input). The import's outcome, with
// each refused entry and its reason, is reported by the panel.
import { useId } from 'react';
import { useT, type Message } from '../../../lib/i18n';
import { exportDocument, exportFileName } from './import-export';
import type { SavedView } from './view-model';

interface ImportExportControlsProps {
  views: readonly SavedView[];
  server: string;
  readOnly: boolean;
  onImport: (fileName: string, text: string) => void;
  onReadError: (message: Message) => void;
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ImportExportControls({
  views,
  server,
  readOnly,
  onImport,
  onReadError,
}: ImportExportControlsProps) {
  const t = useT();
  const inputId = useId();
  return (
    <div className="saved-views-files">
      <button
        type="button"
        disabled={views.length === 0}
        onClick={() => {
          const now = new Date();
          download(exportDocument(views, server, now), exportFileName(now));
        }}
      >
        {t('views.export')}
      </button>
      {/* The input lies over its label, so the visible button is the input's own target. */}
      <span className="file-picker">
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="file-picker-input"
          disabled={readOnly}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so that choosing the same file again imports it again.
            event.currentTarget.value = '';
            if (!file) return;
            file.text().then(
              (text) => onImport(file.name, text),
              () => onReadError({ id: 'views.import.unreadable', values: { file: file.name } }),
            );
          }}
        />
        <label htmlFor={inputId} className={readOnly ? 'file-button disabled' : 'file-button'}>
          {t('views.import')}
        </label>
      </span>
    </div>
  );
}
