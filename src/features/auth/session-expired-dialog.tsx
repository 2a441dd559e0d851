// "Session expired" (D8): a modal sign-in over the untouched screen; the waiting request retries after it.
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../lib/i18n';
import { sessionStore } from '../../lib/session-store';
import { cancelReauth, completeReauth, useReauthPending } from './reauth';
import { SignInForm } from './sign-in-form';

export function SessionExpiredDialog() {
  const t = useT();
  const open = useReauthPending();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  // showModal() is the only way to get a native modal (focus trap, inert background, Escape).
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      className="session-dialog"
      onCancel={() => cancelReauth()}
    >
      {open ? (
        <>
          <h2 id={headingId}>{t('session.expired')}</h2>
          <p>{t('session.expiredHint')}</p>
          <SignInForm
            defaultUserName={sessionStore.getUserName() ?? ''}
            onSignedIn={() => completeReauth()}
          />
        </>
      ) : null}
    </dialog>
  );
}
