// Sign-in and sign-out calls (§2.1, §2.2, D13).
import type { QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { sessionStore } from '../../lib/session-store';

/** The code eGain answers when the user already holds five sessions (D16). */
export const SESSION_LIMIT_CODE = '400-120';

export interface Credentials {
  userName: string;
  password: string;
}

export async function signIn(
  credentials: Credentials,
  options: { force?: boolean } = {},
): Promise<void> {
  const response = await apiRequest('/v12/authentication/user/login', {
    method: 'POST',
    query: { forceLogin: options.force ? 'yes' : undefined },
    body: { userName: credentials.userName, password: credentials.password },
    authenticated: false,
  });
  const sessionId = response.headers.get('X-egain-session');
  if (!sessionId) {
    throw new ApiError({
      kind: 'unreadable',
      status: response.status,
      code: 'NO-SESSION',
      developerMessage: 'The eGain server accepted the sign-in but sent no session id.',
    });
  }
  sessionStore.start(sessionId, credentials.userName);
}

/** Ends the session on the server, then forgets everything locally even if that call failed. */
export async function signOut(queryClient: QueryClient): Promise<void> {
  try {
    await apiRequest('/v12/authentication/user/logout', {
      method: 'DELETE',
      recoverSession: false,
    });
  } catch {
    // D13: a failing logout still clears everything locally.
  } finally {
    queryClient.clear();
    sessionStore.clear();
    // Criteria in the fragment are customer data: do not leave them in the address bar.
    window.history.replaceState(null, '', window.location.pathname);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }
}
