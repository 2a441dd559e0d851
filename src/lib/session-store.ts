// Where the eGain session lives (D9): memory plus sessionStorage, never localStorage, cookies or URLs.
const SESSION_KEY = 'egain.session';
const USER_KEY = 'egain.user';

type Listener = () => void;
const listeners = new Set<Listener>();

function readStorage(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    // Storage can be unavailable (privacy modes); memory still holds the session for this page.
  }
}

let sessionId: string | null = readStorage(SESSION_KEY);
let userName: string | null = readStorage(USER_KEY);
// Bumped on sign-in and sign-out, so responses to requests sent under an older session cannot
// bring an ended session back.
let generation = 0;

function emit(): void {
  for (const listener of listeners) listener();
}

export const sessionStore = {
  getSessionId: (): string | null => sessionId,
  getUserName: (): string | null => userName,
  getGeneration: (): number => generation,

  /** A sign-in succeeded: a new session starts. */
  start: (id: string, user: string): void => {
    generation += 1;
    sessionId = id;
    userName = user;
    writeStorage(SESSION_KEY, id);
    writeStorage(USER_KEY, user);
    emit();
  },

  /** A response carried a (possibly new) session id for the current session (D7). */
  update: (id: string, requestGeneration: number): void => {
    if (requestGeneration !== generation || sessionId === null || id === sessionId) return;
    sessionId = id;
    writeStorage(SESSION_KEY, id);
    emit();
  },

  /** Sign-out: forget everything. */
  clear: (): void => {
    generation += 1;
    sessionId = null;
    userName = null;
    writeStorage(SESSION_KEY, null);
    writeStorage(USER_KEY, null);
    emit();
  },

  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
