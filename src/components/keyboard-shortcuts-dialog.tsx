// The `Keyboard shortcuts` dialog (`?`): what each key does, and the `Single-key shortcuts` switch
// that turns the character keys off on this browser (WCAG 2.1.4).
import { useId } from 'react';
import { useT, type MessageId } from '../lib/i18n';
import { singleKeyShortcutsStore, useSingleKeyShortcutsEnabled } from '../lib/single-key-shortcuts';
import { useModalDialog } from './use-modal-dialog';

export interface ShortcutDescription {
  keys: string[];
  /** What the keys do, a message of the catalogs. */
  does: MessageId;
}

interface KeyboardShortcutsDialogProps {
  shortcuts: ShortcutDescription[];
  onClose: () => void;
}

export function KeyboardShortcutsDialog({ shortcuts, onClose }: KeyboardShortcutsDialogProps) {
  const t = useT();
  const { dialogRef, close } = useModalDialog(onClose);
  const headingId = useId();
  const enabled = useSingleKeyShortcutsEnabled();

  return (
    <dialog
      ref={dialogRef}
      className="shortcuts-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
    >
      <h2 id={headingId}>{t('shortcuts.title')}</h2>
      <p className="field-hint">{t('shortcuts.hint')}</p>
      <dl className="shortcut-list">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.keys.join(' ')} className="shortcut">
            <dt>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? ` ${t('shortcuts.or')} ` : null}
                  <kbd>{key === 'Escape' ? t('shortcuts.escapeKey') : key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(shortcut.does)}</dd>
          </div>
        ))}
      </dl>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => singleKeyShortcutsStore.set(event.target.checked)}
        />
        {t('shortcuts.singleKeys')}
      </label>
      <div className="dialog-actions">
        {/* The first control, so Enter or Space closes the dialog right after reading it. */}
        <button type="button" className="primary" onClick={close}>
          {t('pane.close')}
        </button>
      </div>
    </dialog>
  );
}
