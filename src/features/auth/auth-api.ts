// Sign-in and sign-out calls (§2.1, §2.2, D13).
import type { QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { sessionStore } from '../../lib/session-store';

/** The code the simulator answers when the user already holds five sessions (D16). */
export const SESSION_LIMIT_CODE = '400-120';

/** Words a server uses when it refuses a sixth session (docs/decisions/025). */
const SESSION_LIMIT_WORDS =
  /\bsessions?\b.*\b(limit|maximum|max|exceed(s|ed)?|reached|too many|concurrent|already)\b|\b(limit|maximum|max|too many|concurrent|already)\b.*\bsessions?\b/i;

/**
 * Why a sign-in was refused, as far as "Sign in anyway" (`forceLogin=yes`) is concerned:
 * `session-limit` when the code or message speaks of the session cap, `unknown` for a 400 that says
 * nothing readable (the cap is then the likely cause, and the only one forcing can fix), `other` for
 * everything else (wrong password, a bad request the server explained, a server error).
 */
export function signInRefusal(error: unknown): 'session-limit' | 'unknown' | 'other' {
  if (!(error instanceof ApiError) || error.status !== 400) return 'other';
  if (error.code === SESSION_LIMIT_CODE || SESSION_LIMIT_WORDS.test(error.developerMessage)) {
    return 'session-limit';
  }
  return error.code.startsWith('HTTP-') && !error.described ? 'unknown' : 'other';
}

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
      local: { id: 'error.noSession' },
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
