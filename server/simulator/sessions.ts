// Login sessions: at most five live ones per user, an idle timeout, and (for the rotation test
// control) several ids per session, where a superseded id keeps working for a grace period.
import { randomUUID } from 'node:crypto';

export const MAX_SESSIONS_PER_USER = 5;

export interface Session {
  /** The user's login id, lower case. */
  readonly loginId: string;
  readonly createdAt: number;
  lastUsedAt: number;
  ended: boolean;
  /** The newest id; the one responses carry. */
  currentId: string;
}

interface IdEntry {
  readonly session: Session;
  /** Set once the id has been superseded by rotation: valid until then. */
  graceUntil: number | null;
}

export type LoginResult = { ok: true; session: Session } | { ok: false; reason: 'limit' };

export interface SessionManager {
  login(loginId: string, force: boolean): LoginResult;
  /** The live session an id belongs to, marked as used; undefined when unknown, ended or expired. */
  use(id: string): Session | undefined;
  /** The login id an id was ever issued to, without validating or touching anything. */
  ownerOf(id: string): string | undefined;
  /** Issues a new id for the session; the current one stays valid for graceMs. */
  rotate(session: Session, graceMs: number): string;
  /** Ends the session of a valid id; undefined when the id is not valid. */
  logout(id: string): Session | undefined;
  /** Ends every session, or every session of one user. */
  endAll(loginId?: string): void;
}

export interface SessionOptions {
  idleTimeoutMs: number;
  now: () => number;
}

export function createSessionManager({ idleTimeoutMs, now }: SessionOptions): SessionManager {
  const ids = new Map<string, IdEntry>();
  const sessionsByUser = new Map<string, Session[]>();

  const isLive = (session: Session): boolean => {
    if (!session.ended && now() - session.lastUsedAt >= idleTimeoutMs) session.ended = true;
    return !session.ended;
  };

  /** Live sessions of a user, oldest first; drops ended ones from the list. */
  const liveSessions = (loginId: string): Session[] => {
    const live = (sessionsByUser.get(loginId) ?? []).filter(isLive);
    sessionsByUser.set(loginId, live);
    return live;
  };

  const validEntry = (id: string): IdEntry | undefined => {
    const entry = ids.get(id);
    if (entry === undefined || !isLive(entry.session)) return undefined;
    if (entry.graceUntil !== null && now() > entry.graceUntil) return undefined;
    return entry;
  };

  return {
    login(loginId, force) {
      const live = liveSessions(loginId);
      if (live.length >= MAX_SESSIONS_PER_USER) {
        if (!force) return { ok: false, reason: 'limit' };
        while (live.length >= MAX_SESSIONS_PER_USER) {
          const earliest = live.shift();
          if (earliest) earliest.ended = true;
        }
      }
      const at = now();
      const session: Session = {
        loginId,
        createdAt: at,
        lastUsedAt: at,
        ended: false,
        currentId: randomUUID(),
      };
      ids.set(session.currentId, { session, graceUntil: null });
      live.push(session);
      return { ok: true, session };
    },

    use(id) {
      const entry = validEntry(id);
      if (entry === undefined) return undefined;
      entry.session.lastUsedAt = now();
      return entry.session;
    },

    ownerOf: (id) => ids.get(id)?.session.loginId,

    rotate(session, graceMs) {
      const previous = ids.get(session.currentId);
      if (previous) previous.graceUntil = now() + graceMs;
      session.currentId = randomUUID();
      ids.set(session.currentId, { session, graceUntil: null });
      return session.currentId;
    },

    logout(id) {
      const entry = validEntry(id);
      if (entry === undefined) return undefined;
      entry.session.ended = true;
      return entry.session;
    },

    endAll(loginId) {
      for (const [user, sessions] of sessionsByUser) {
        if (loginId !== undefined && user !== loginId) continue;
        for (const session of sessions) session.ended = true;
        sessionsByUser.set(user, []);
      }
    },
  };
}
