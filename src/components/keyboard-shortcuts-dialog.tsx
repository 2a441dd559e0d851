// The `Keyboard shortcuts` dialog (`?`): what each key does, and the `Single-key shortcuts` switch
// that turns the character keys off on this browser (WCAG 2.1.4).
import { useId } from 'react';
import { singleKeyShortcutsStore, useSingleKeyShortcutsEnabled } from '../lib/single-key-shortcuts';
import { useModalDialog } from './use-modal-dialog';

export interface ShortcutDescription {
  keys: string[];
  does: string;
}

interface KeyboardShortcutsDialogProps {
  shortcuts: ShortcutDescription[];
  onClose: () => void;
}

export function KeyboardShortcutsDialog({ shortcuts, onClose }: KeyboardShortcutsDialogProps) {
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
      <h2 id={headingId}>Keyboard shortcuts</h2>
      <p className="field-hint">
        Single keys act when the cursor is not in a text field. Escape always closes an open pane.
      </p>
      <dl className="shortcut-list">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.keys.join(' ')} className="shortcut">
            <dt>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? ' or ' : null}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{shortcut.does}</dd>
          </div>
        ))}
      </dl>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => singleKeyShortcutsStore.set(event.target.checked)}
        />
        Single-key shortcuts
      </label>
      <div className="dialog-actions">
        {/* The first control, so Enter or Space closes the dialog right after reading it. */}
        <button type="button" className="primary" onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
