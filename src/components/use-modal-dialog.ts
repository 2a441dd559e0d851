// A native <dialog> shown modal from its first paint, and a close that always ends in `onClose`.
import { useLayoutEffect, useRef } from 'react';

export function useModalDialog(onClose: () => void) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  // A layout effect: the dialog must be open before any child's (passive) effect moves focus into
  // it, or the browser would move focus to its first button instead.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open && typeof dialog.showModal === 'function') dialog.showModal();
  }, []);

  /** Closes the dialog; its `close` event calls `onClose` (directly where there is no dialog API). */
  const close = (): void => {
    const dialog = dialogRef.current;
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    else onClose();
  };

  return { dialogRef, close };
}
