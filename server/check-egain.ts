// The connection check (`npm run check:egain`): signs in to an eGain server, runs one lookup,
// reads one case, one customer and one page of activities, signs out, and says for each step what
// was sent, what came back, how long it took and whether the answer fits the console's reading.
// It never prints the password or a session id. See README, "Connecting to your eGain server".
import { activitiesResponseSchema } from '../src/features/activities/api/activity-schemas.ts';
import { lookupResponseSchema } from '../src/features/case-search/api/case-schemas.ts';
import { customerResponseSchema } from '../src/features/customer/api/customer-schemas.ts';
import { readErrorBody } from '../src/lib/api-error.ts';
import type { Link } from '../src/lib/links.ts';
import type { SkippedRow } from '../src/lib/response-schemas.ts';

export interface CheckOptions {
  /** EGAIN_URL: the base URL up to and including the context root, e.g. https://host/system. */
  baseUrl: string;
  userName: string;
  password: string;
  /** The lookup body; every value a non-empty string (D15). */
  criteria: Record<string, string>;
  /** Per step. */
  timeoutMs: number;
  /** Sign in with forceLogin=yes (ends the user's oldest session when five are open). */
  forceLogin: boolean;
  language: string;
}

export interface CheckResult {
  ok: boolean;
  /** One line saying why, when not ok. */
  reason: string | undefined;
}

interface Answer {
  status: number;
  ms: number;
  contentType: string;
  text: string;
  session: string | null;
}

class StepFailure extends Error {}

const ACTIVITY_PAGE_SIZE = 10;

/** `case[2].status`-style paths of the rows that did not fit, with their ids where readable. */
function describeSkipped(key: string, skipped: SkippedRow[], total: number): string {
  if (skipped.length === 0) return 'fits';
  const rows = skipped
    .map((row) => `${key} ${row.id ?? '(no id)'}: ${row.paths.join(', ')}`)
    .join('; ');
  return `${skipped.length} of ${total} ${key} rows do not fit (${rows})`;
}

/** The first problem of a whole answer that does not fit, by path only. */
function firstIssue(error: { issues: { path: PropertyKey[] }[] }): string {
  const path = error.issues[0]?.path.map(String).join('.') ?? '';
  return path === '' ? 'the answer as a whole' : path;
}

export async function runCheck(
  options: CheckOptions,
  print: (line: string) => void,
): Promise<CheckResult> {
  const base = new URL(options.baseUrl.replace(/\/+$/, '') + '/');
  const apiRoot = `${base.pathname}ws`;
  let session: string | null = null;
  let sessionChanges = 0;
  let sessionAnswers = 0;
  let signedIn = false;
  const total = 6;
  let number = 0;

  /** The API path for a server link when it points into this server's API, else the fallback. */
  const pathFor = (links: Link[], rel: string, fallback: string): string => {
    const link = links.find((candidate) => candidate.rel === rel) ?? links[0];
    if (!link) return fallback;
    try {
      const url = new URL(link.href, base);
      if (url.origin === base.origin && url.pathname.startsWith(`${apiRoot}/`)) {
        return url.pathname.slice(apiRoot.length) + url.search;
      }
    } catch {
      // An unreadable href: the id-built path is used, as the console does (D10).
    }
    return fallback;
  };

  async function call(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
  ): Promise<Answer> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': options.language,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (session !== null) headers['X-egain-session'] = session;
    const url = `${base.origin}${apiRoot}${path}`;
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'manual',
      });
    } catch (error) {
      const reason = networkReason(error, base.origin, options.timeoutMs);
      line(false, current, `${method} ${apiRoot}${path}`, undefined, [reason]);
      throw new StepFailure(reason);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      const reason = networkReason(error, base.origin, options.timeoutMs);
      line(false, current, `${method} ${apiRoot}${path}`, undefined, [reason]);
      throw new StepFailure(reason);
    }
    const ms = Math.round(performance.now() - started);
    const sent = session;
    const received = response.headers.get('X-egain-session');
    if (received) {
      if (sent !== null) {
        sessionAnswers += 1;
        if (received !== sent) sessionChanges += 1;
      }
      session = received;
    }
    return {
      status: response.status,
      ms,
      contentType: response.headers.get('Content-Type') ?? '',
      text,
      session: received,
    };
  }

  function line(
    ok: boolean,
    name: string,
    request: string,
    answer: Answer | undefined,
    notes: string[],
  ): void {
    number += 1;
    const head = `${ok ? 'ok  ' : 'FAIL'} ${number}/${total} ${name.padEnd(15)} ${request}`;
    const result = answer ? ` -> ${answer.status} in ${answer.ms} ms` : '';
    print(`${head}${result}${notes.length > 0 ? ` | ${notes.join(' | ')}` : ''}`);
  }

  /** A short reason from an error answer: the server's words when it sent any. */
  function errorReason(answer: Answer): string {
    if (/text\/html/i.test(answer.contentType) || /^\s*<(!doctype|html)/i.test(answer.text)) {
      return `answered ${answer.status} with an HTML page, not the eGain API: is EGAIN_URL the context root (e.g. https://host/system)?`;
    }
    const body = readErrorBody(answer.text);
    const words = body ? [body.code, body.message].filter(Boolean).join(' ') : '';
    return `answered ${answer.status}${words ? `: ${words}` : ' without an error description'}`;
  }

  /** JSON of a 200, or a failure naming what came instead. */
  function jsonOf(answer: Answer): unknown {
    if (!/json/i.test(answer.contentType) || /^\s*</.test(answer.text)) {
      throw new StepFailure(
        /html/i.test(answer.contentType) || /^\s*<(!doctype|html)/i.test(answer.text)
          ? `answered ${answer.status} with an HTML page, not the eGain API: is EGAIN_URL the context root (e.g. https://host/system)?`
          : `answered ${answer.status} as ${answer.contentType || 'no content type'}, not JSON`,
      );
    }
    try {
      return JSON.parse(answer.text);
    } catch {
      throw new StepFailure(`answered ${answer.status} with a body that is not valid JSON`);
    }
  }

  const sessionNote = (answer: Answer): string =>
    answer.session === null ? 'session header: none' : 'session header: sent';

  let current = 'sign in';
  try {
    // 1. Sign in.
    const loginPath = `/v12/authentication/user/login${options.forceLogin ? '?forceLogin=yes' : ''}`;
    const login = await call('POST', loginPath, {
      userName: options.userName,
      password: options.password,
    });
    const loginRequest = `POST ${apiRoot}${loginPath}`;
    if (login.status !== 204 && login.status !== 200) {
      line(false, current, loginRequest, login, []);
      const limit =
        login.status === 400 && /session/i.test(login.text)
          ? ' (set EGAIN_CHECK_FORCE_LOGIN=1 to end the oldest session)'
          : '';
      throw new StepFailure(`${errorReason(login)}${limit}`);
    }
    if (login.session === null) {
      line(false, current, loginRequest, login, ['session header: none']);
      throw new StepFailure(
        /html/i.test(login.contentType)
          ? errorReason(login)
          : 'accepted the sign-in but sent no X-egain-session header (is it exposed by a proxy in between?)',
      );
    }
    signedIn = true;
    line(true, current, loginRequest, login, [sessionNote(login)]);

    // 2. One lookup.
    current = 'lookup';
    const lookupPath = '/v20/interaction/case/lookup?$pagenum=1&$pagesize=5';
    const lookup = await call('POST', lookupPath, options.criteria);
    const lookupRequest = `POST ${apiRoot}${lookupPath} ${JSON.stringify(options.criteria)}`;
    if (lookup.status === 204) {
      line(false, current, lookupRequest, lookup, ['no case matches']);
      throw new StepFailure(
        'the lookup found no case: set EGAIN_CHECK_CRITERIA to criteria that match one, e.g. {"department":"<a department you can see>"}',
      );
    }
    if (lookup.status !== 200) {
      line(false, current, lookupRequest, lookup, []);
      throw new StepFailure(errorReason(lookup));
    }
    const lookupData = lookupResponseSchema.safeParse(jsonOf(lookup));
    if (!lookupData.success) {
      line(false, current, lookupRequest, lookup, [
        `does not fit at ${firstIssue(lookupData.error)}`,
      ]);
      throw new StepFailure(`the lookup answer does not fit at ${firstIssue(lookupData.error)}`);
    }
    const rows = lookupData.data.case.length + lookupData.data.skipped.length;
    const count = lookupData.data.paginationInfo?.count;
    line(true, current, lookupRequest, lookup, [
      `${rows} cases on page 1${count === undefined ? ' (no paginationInfo.count)' : ` of ${count}`}`,
      describeSkipped('case', lookupData.data.skipped, rows),
      sessionNote(lookup),
    ]);
    const first = lookupData.data.case[0];
    if (!first) throw new StepFailure('no case of the lookup page could be read');

    // 3. The case by id.
    current = 'case by id';
    const casePath = pathFor(
      first.links,
      'self',
      `/v20/interaction/case/${encodeURIComponent(first.id)}`,
    );
    const caseAnswer = await call('GET', casePath);
    if (caseAnswer.status !== 200) {
      line(false, current, `GET ${apiRoot}${casePath}`, caseAnswer, []);
      throw new StepFailure(errorReason(caseAnswer));
    }
    const caseData = lookupResponseSchema.safeParse(jsonOf(caseAnswer));
    const caseFit = caseData.success
      ? describeSkipped(
          'case',
          caseData.data.skipped,
          caseData.data.case.length + caseData.data.skipped.length,
        )
      : `does not fit at ${firstIssue(caseData.error)}`;
    line(caseData.success, current, `GET ${apiRoot}${casePath}`, caseAnswer, [
      caseFit,
      sessionNote(caseAnswer),
    ]);
    if (!caseData.success) throw new StepFailure(`the case answer ${caseFit}`);

    // 4. Its customer.
    current = 'customer';
    const customerId = first.customer?.id;
    if (customerId === undefined) {
      line(false, current, '(not sent)', undefined, ['the case names no customer id']);
      throw new StepFailure(`case ${first.id} names no customer id to read`);
    }
    const customerPath = pathFor(
      first.customer?.links ?? [],
      'customer',
      `/v20/interaction/customer/${encodeURIComponent(customerId)}`,
    );
    const customer = await call('GET', customerPath);
    if (customer.status !== 200) {
      line(false, current, `GET ${apiRoot}${customerPath}`, customer, []);
      throw new StepFailure(errorReason(customer));
    }
    const customerData = customerResponseSchema.safeParse(jsonOf(customer));
    const customerFit = customerData.success
      ? describeSkipped(
          'customer',
          customerData.data.skipped,
          customerData.data.customer.length + customerData.data.skipped.length,
        )
      : `does not fit at ${firstIssue(customerData.error)}`;
    const customerOk = customerData.success && customerData.data.customer.length > 0;
    line(customerOk, current, `GET ${apiRoot}${customerPath}`, customer, [
      customerFit,
      sessionNote(customer),
    ]);
    if (!customerOk) throw new StepFailure(`the customer answer ${customerFit}`);

    // 5. One page of its activities.
    current = 'activities';
    const activitiesBase = pathFor(
      first.activityLinks,
      'activity',
      `/v20/interaction/activity?case=${encodeURIComponent(first.id)}`,
    );
    const activitiesPath = `${activitiesBase}${activitiesBase.includes('?') ? '&' : '?'}$pagenum=1&$pagesize=${ACTIVITY_PAGE_SIZE}&$attribute=created`;
    const activities = await call('GET', activitiesPath);
    const activitiesRequest = `GET ${apiRoot}${activitiesPath}`;
    if (activities.status === 204) {
      line(true, current, activitiesRequest, activities, [
        'no activities',
        sessionNote(activities),
      ]);
    } else if (activities.status !== 200) {
      line(false, current, activitiesRequest, activities, []);
      throw new StepFailure(errorReason(activities));
    } else {
      const data = activitiesResponseSchema.safeParse(jsonOf(activities));
      if (!data.success) {
        line(false, current, activitiesRequest, activities, [
          `does not fit at ${firstIssue(data.error)}`,
        ]);
        throw new StepFailure(`the activities answer does not fit at ${firstIssue(data.error)}`);
      }
      const shown = data.data.activity;
      const all = shown.length + data.data.skipped.length;
      const withCreated = shown.filter((activity) => activity.created !== undefined).length;
      line(true, current, activitiesRequest, activities, [
        `${all} activities`,
        describeSkipped('activity', data.data.skipped, all),
        `created on ${withCreated} of ${shown.length}`,
        sessionNote(activities),
      ]);
    }

    // 6. Sign out.
    current = 'sign out';
    signedIn = false;
    const logoutPath = '/v12/authentication/user/logout';
    const logout = await call('DELETE', logoutPath);
    if (logout.status !== 204 && logout.status !== 200) {
      line(false, current, `DELETE ${apiRoot}${logoutPath}`, logout, []);
      throw new StepFailure(errorReason(logout));
    }
    line(true, current, `DELETE ${apiRoot}${logoutPath}`, logout, [sessionNote(logout)]);
    print(
      `Session header: ${sessionChanges === 0 ? `stable (the same id on all ${sessionAnswers} answers that carried one)` : `rotating (a new id on ${sessionChanges} of ${sessionAnswers} answers)`}.`,
    );
    print('All steps passed: the console can work with this server.');
    return { ok: true, reason: undefined };
  } catch (error) {
    const reason =
      error instanceof StepFailure
        ? `${current}: ${error.message}`
        : `${current}: ${error instanceof Error ? error.message : String(error)}`;
    if (signedIn) {
      // Leave no session behind; the failing step stays the reason.
      try {
        const logoutPath = '/v12/authentication/user/logout';
        const logout = await call('DELETE', logoutPath);
        print(`     signed out after the failure -> ${logout.status} in ${logout.ms} ms`);
      } catch {
        print('     could not sign out after the failure');
      }
    }
    return { ok: false, reason };
  }
}

/** "connection refused", "timed out after 20 s", … for a request that got no answer. */
function networkReason(error: unknown, origin: string, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `no answer from ${origin} within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && 'code' in cause ? String(cause.code) : '';
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host name not found',
    EAI_AGAIN: 'host name lookup failed',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
  };
  const what =
    known[code] ?? (cause?.message || (error instanceof Error ? error.message : String(error)));
  return `cannot reach ${origin} (${what})`;
}
