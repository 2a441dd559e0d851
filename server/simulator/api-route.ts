// The pipeline every eGain API route runs through: request log and injected faults (test controls),
// then session (401), then Accept/Accept-Language (406), then the route's own checks. It also puts
// the current session id on every authenticated response, rotating it when a test asked for that.
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Controls, Fault } from './controls.ts';
import type { User } from './data/model.ts';
import { EgainError, errorBody, errors } from './errors.ts';
import { acceptsJson, languageOf } from './http-checks.ts';
import type { Language } from './i18n.ts';
import { sendJson } from './json-reply.ts';
import { bodyTextOf, contentTypeOf } from './raw-body.ts';
import type { Json, SimulatorShape } from './serialize.ts';
import type { Session, SessionManager } from './sessions.ts';
import type { Store } from './store.ts';

export interface SimulatorContext {
  readonly store: Store;
  readonly sessions: SessionManager;
  /** Present only when the test controls are on. */
  readonly controls: Controls | undefined;
  readonly now: () => number;
  /** Wire shapes: the contract's, or a real ECE server's (SIM_SHAPE). */
  readonly shape: SimulatorShape;
}

export interface ApiRequest {
  readonly path: string;
  readonly query: URLSearchParams;
  /** Fastify's route parameters; parse before use. */
  readonly params: unknown;
  readonly contentType: string | undefined;
  readonly bodyText: string | undefined;
  readonly language: Language;
}

export interface AuthenticatedRequest extends ApiRequest {
  readonly session: Session;
  /** The id the client sent (possibly a superseded one still in its grace period). */
  readonly sessionId: string;
  readonly user: User;
}

export interface ApiResponse {
  readonly status: number;
  readonly body?: Json;
  /** Overrides the X-egain-session header (login: the new session; logout: the ended one). */
  readonly sessionId?: string;
}

type Method = 'GET' | 'POST' | 'DELETE';

interface RouteBase {
  readonly method: Method;
  /** Path below the /system/ws or /ws prefix, e.g. /v20/interaction/case/lookup. */
  readonly url: string;
  /** Data routes answer JSON only (406-101 otherwise); login and logout have no response body. */
  readonly acceptJson: boolean;
  /**
   * Errors as `{message}` without a code in the ECE shape, as the Login and Logout pages document
   * them (§2.2).
   */
  readonly messageErrors?: boolean;
}

export type RouteSpec =
  | (RouteBase & {
      readonly auth: 'session';
      readonly handler: (request: AuthenticatedRequest) => ApiResponse;
    })
  | (RouteBase & { readonly auth: 'none'; readonly handler: (request: ApiRequest) => ApiResponse });

const headerText = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

const loginBody = z.union([z.object({ userName: z.string() }), z.object({ username: z.string() })]);

/** The login name in a login body, so faults and the request log can be scoped before any checks. */
function loginNameIn(bodyText: string | undefined): string | undefined {
  if (bodyText === undefined) return undefined;
  try {
    const parsed = loginBody.safeParse(JSON.parse(bodyText));
    if (!parsed.success) return undefined;
    return 'userName' in parsed.data ? parsed.data.userName : parsed.data.username;
  } catch {
    return undefined;
  }
}

function loggedBody(bodyText: string | undefined): unknown {
  if (bodyText === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(bodyText);
    return parsed;
  } catch {
    return bodyText;
  }
}

function loggedHeaders(
  headers: IncomingHttpHeaders,
  contentType: string | undefined,
): Record<string, string | string[]> {
  const logged: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name === 'x-egain-session') continue;
    logged[name] = name === 'content-type' ? (contentType ?? '') : value;
  }
  return logged;
}

function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    record[name] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return record;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Cuts a JSON text short so that it no longer parses. */
const truncate = (text: string): string => text.slice(0, Math.max(1, Math.floor(text.length / 2)));

function defaultFaultBody(status: number): Json {
  if (status === 401) {
    const { code, developerMessage } = errors.invalidSession();
    return { code, developerMessage };
  }
  return {
    code: `${status}-100`,
    developerMessage: 'Fault injected by the simulator test controls.',
  };
}

function send(
  reply: FastifyReply,
  status: number,
  body: string | undefined,
  sessionId: string | undefined,
): void {
  reply.code(status);
  if (sessionId !== undefined) reply.header('X-egain-session', sessionId);
  if (body === undefined || status === 204) {
    reply.send();
    return;
  }
  sendJson(reply, status, body);
}

export function registerApiRoute(
  scope: FastifyInstance,
  context: SimulatorContext,
  prefix: string,
  spec: RouteSpec,
): void {
  const { sessions, controls, store, now } = context;

  /**
   * The id for the response header: the session's current id, rotated first when a test asked for
   * rotation and the request came with the current id. A request still using a superseded id (one
   * that was in flight while another answer rotated) gets the current id without a further
   * rotation, so parallel requests all converge on one newest id.
   */
  const responseSessionId = (session: Session, sentId: string | undefined): string => {
    const graceMs = controls?.rotationGraceFor(session.loginId);
    if (graceMs === undefined || sentId !== session.currentId) return session.currentId;
    return sessions.rotate(session, graceMs);
  };

  /** 406-101 unless JSON is acceptable (data routes only), 406-100 for an unsupported language. */
  function negotiate(request: FastifyRequest): Language {
    if (spec.acceptJson && !acceptsJson(request.headers.accept)) throw errors.notAcceptable();
    return languageOf(headerText(request.headers['accept-language']));
  }

  /** Session (401), negotiation (406) and the route's handler; errors become eGain error bodies. */
  function run(
    request: FastifyRequest,
    base: Omit<ApiRequest, 'language'>,
    sessionId: string | undefined,
  ): { response: ApiResponse; session: Session | undefined } {
    let session: Session | undefined;
    try {
      if (spec.auth === 'none') {
        return { response: spec.handler({ ...base, language: negotiate(request) }), session };
      }
      session = sessionId === undefined ? undefined : sessions.use(sessionId);
      const user = session === undefined ? undefined : store.userByLoginId(session.loginId);
      if (session === undefined || sessionId === undefined || user === undefined) {
        throw errors.invalidSession();
      }
      const language = negotiate(request);
      return { response: spec.handler({ ...base, language, session, sessionId, user }), session };
    } catch (error) {
      const wantsUserMessage =
        headerText(request.headers['x-egain-error-message'])?.toLowerCase() === 'yes';
      if (error instanceof EgainError) {
        const body: Json =
          spec.messageErrors === true && context.shape === 'ece'
            ? { message: error.developerMessage }
            : errorBody(error, wantsUserMessage);
        return { response: { status: error.status, body }, session };
      }
      request.log.error(error);
      return {
        response: { status: 500, body: errorBody(errors.internal(), wantsUserMessage) },
        session,
      };
    }
  }

  function answerFault(
    reply: FastifyReply,
    fault: Fault & { status: number },
    sessionId: string | undefined,
  ): void {
    const session =
      spec.auth === 'session' && sessionId !== undefined ? sessions.use(sessionId) : undefined;
    let text =
      fault.status === 204
        ? undefined
        : JSON.stringify(fault.body === undefined ? defaultFaultBody(fault.status) : fault.body);
    if (fault.malformed && text !== undefined) text = truncate(text);
    send(reply, fault.status, text, session?.currentId);
  }

  scope.route({
    method: spec.method,
    url: spec.url,
    handler: async (request, reply) => {
      const url = new URL(request.url, 'http://simulator.invalid');
      const path = url.pathname;
      const apiPath = path.startsWith(prefix) ? path.slice(prefix.length) : path;
      const sessionId = headerText(request.headers['x-egain-session']);
      const bodyText = bodyTextOf(request);
      const contentType = contentTypeOf(request);

      const loginId =
        spec.auth === 'session'
          ? sessionId === undefined
            ? undefined
            : sessions.ownerOf(sessionId)
          : loginNameIn(bodyText);
      controls?.record(loginId, {
        method: request.method,
        path,
        query: queryRecord(url.searchParams),
        headers: loggedHeaders(request.headers, contentType),
        body: loggedBody(bodyText),
        at: new Date(now()).toISOString(),
      });
      const fault = controls?.takeFault(request.method, apiPath, loginId);
      if (fault !== undefined && fault.delayMs > 0) await delay(fault.delayMs);
      if (fault !== undefined && fault.status !== undefined) {
        answerFault(reply, { ...fault, status: fault.status }, sessionId);
        return;
      }

      const base = { path, query: url.searchParams, params: request.params, contentType, bodyText };
      const { response, session } = run(request, base, sessionId);
      let text = response.body === undefined ? undefined : JSON.stringify(response.body);
      if (fault?.malformed === true && text !== undefined) text = truncate(text);
      const headerId =
        response.sessionId ??
        (session !== undefined && !session.ended
          ? responseSessionId(session, sessionId)
          : undefined);
      send(reply, response.status, text, headerId);
    },
  });
}
