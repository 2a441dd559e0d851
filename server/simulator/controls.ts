// State behind the test controls (decision D14): injected faults, session-id rotation and the
// request log. `user` scopes an entry to one login name; without it an entry applies to everyone.

export const REQUEST_LOG_SIZE = 200;
export const DEFAULT_GRACE_MS = 3000;

export interface Fault {
  readonly user: string | undefined;
  readonly method: string | undefined;
  /** Matched as a substring of the path after /system/ws (e.g. /v20/interaction/case/lookup). */
  readonly path: string;
  remaining: number;
  readonly status: number | undefined;
  readonly body: unknown;
  readonly delayMs: number;
  readonly malformed: boolean;
}

export type FaultSpec = Omit<Fault, 'remaining'> & { readonly times: number };

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string | string[]>;
  readonly headers: Record<string, string | string[]>;
  readonly body: unknown;
  readonly at: string;
}

interface RotationSetting {
  readonly enabled: boolean;
  readonly graceMs: number;
}

export interface Controls {
  addFault(spec: FaultSpec): void;
  /** The first fault matching the request, with one use consumed; undefined when none matches. */
  takeFault(method: string, apiPath: string, loginId: string | undefined): Fault | undefined;
  setRotation(loginId: string | undefined, enabled: boolean, graceMs: number): void;
  /** The grace period when rotation is on for this user, else undefined. */
  rotationGraceFor(loginId: string): number | undefined;
  record(loginId: string | undefined, entry: LoggedRequest): void;
  requests(loginId: string | undefined): readonly LoggedRequest[];
  reset(loginId: string | undefined): void;
}

const normalise = (loginId: string): string => loginId.toLowerCase();

function append<T>(log: T[], entry: T): void {
  log.push(entry);
  if (log.length > REQUEST_LOG_SIZE) log.splice(0, log.length - REQUEST_LOG_SIZE);
}

export function createControls(): Controls {
  let faults: Fault[] = [];
  let globalRotation: RotationSetting | undefined;
  const userRotation = new Map<string, RotationSetting>();
  // The global log remembers whose request each entry was, so a per-user reset can drop them.
  let allRequests: { loginId: string | undefined; entry: LoggedRequest }[] = [];
  const userRequests = new Map<string, LoggedRequest[]>();

  return {
    addFault(spec) {
      const { times, ...rest } = spec;
      faults.push({
        ...rest,
        user: spec.user === undefined ? undefined : normalise(spec.user),
        remaining: times,
      });
    },

    takeFault(method, apiPath, loginId) {
      const user = loginId === undefined ? undefined : normalise(loginId);
      const fault = faults.find(
        (f) =>
          f.remaining > 0 &&
          (f.user === undefined || f.user === user) &&
          (f.method === undefined || f.method.toUpperCase() === method.toUpperCase()) &&
          apiPath.includes(f.path),
      );
      if (fault === undefined) return undefined;
      fault.remaining -= 1;
      faults = faults.filter((f) => f.remaining > 0);
      return fault;
    },

    setRotation(loginId, enabled, graceMs) {
      if (loginId === undefined) {
        globalRotation = { enabled, graceMs };
        userRotation.clear();
      } else {
        userRotation.set(normalise(loginId), { enabled, graceMs });
      }
    },

    rotationGraceFor(loginId) {
      const setting = userRotation.get(normalise(loginId)) ?? globalRotation;
      return setting?.enabled ? setting.graceMs : undefined;
    },

    record(loginId, entry) {
      const key = loginId === undefined ? undefined : normalise(loginId);
      append(allRequests, { loginId: key, entry });
      if (key === undefined) return;
      const log = userRequests.get(key) ?? [];
      append(log, entry);
      userRequests.set(key, log);
    },

    requests(loginId) {
      if (loginId === undefined) return allRequests.map((r) => r.entry);
      return userRequests.get(normalise(loginId)) ?? [];
    },

    reset(loginId) {
      if (loginId === undefined) {
        faults = [];
        globalRotation = undefined;
        userRotation.clear();
        allRequests = [];
        userRequests.clear();
        return;
      }
      const key = normalise(loginId);
      faults = faults.filter((f) => f.user !== key);
      userRotation.delete(key);
      userRequests.delete(key);
      allRequests = allRequests.filter((r) => r.loginId !== key);
    },
  };
}
