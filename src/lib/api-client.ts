// The one module that talks to eGain: base path, JSON headers, Accept-Language, the newest session
// id (D7), abort signals, 204 handling, ApiError, and the 401 → re-sign-in → retry-once path (D8).
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { ApiError, CANNOT_REACH_MESSAGE, apiErrorFromResponse } from './api-error';
import { languageStore } from './language';
import { API_ROOT } from './links';
import { sessionStore } from './session-store';

export type QueryValue = string | number | undefined;

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Query parameters; undefined values are left out. */
  query?: Record<string, QueryValue>;
  /** JSON body. */
  body?: unknown;
  signal?: AbortSignal;
  /** Send the session header and recover from 401 (default true). Sign-in passes false. */
  authenticated?: boolean;
  /** Ask the user to sign in again on 401 and retry once (default true). Sign-out passes false. */
  recoverSession?: boolean;
}

export interface ApiResponse {
  status: number;
  /** Parsed JSON; undefined for 204 and empty bodies. */
  data: unknown;
  headers: Headers;
}

/**
 * Called on `401` from an authenticated request. Resolves once the user has signed in again (the
 * request is then retried once) and rejects when they give up.
 */
export type UnauthorizedHandler = (error: ApiError) => Promise<void>;

let unauthorizedHandler: UnauthorizedHandler | null = null;

export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler;
}

/** Builds `<origin>/system/ws<path>?query` (path relative to the API root, may carry its own query). */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const url = new URL(API_ROOT + path, window.location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  // eGain's `$` parameters are sent as written, not percent-encoded.
  return url.origin + url.pathname + url.search.replaceAll('%24', '$');
}

async function readJson(response: Response): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await response.text();
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  return apiErrorFromResponse(response.status, response.statusText, text);
}

async function send(path: string, options: ApiRequestOptions): Promise<ApiResponse> {
  const { method = 'GET', query, body, signal, authenticated = true } = options;
  const headers = new Headers({
    Accept: 'application/json',
    'Accept-Language': languageStore.get(),
  });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  const generation = sessionStore.getGeneration();
  const sessionId = sessionStore.getSessionId();
  if (authenticated && sessionId) headers.set('X-egain-session', sessionId);

  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    throw new ApiError({
      kind: 'network',
      status: 0,
      code: 'NETWORK',
      developerMessage: CANNOT_REACH_MESSAGE,
      local: { id: 'error.cannotReach' },
    });
  }

  // The newest id from any response is the one sent next (D7), errors and 204s included.
  const newSession = response.headers.get('X-egain-session');
  if (authenticated && newSession) sessionStore.update(newSession, generation);

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return { status: 204, data: undefined, headers: response.headers };
  const parsed = await readJson(response);
  if (!parsed.ok) {
    throw new ApiError({
      kind: 'unreadable',
      status: response.status,
      code: 'UNREADABLE',
      developerMessage: 'The eGain server sent a response that is not valid JSON.',
      local: { id: 'error.notJson' },
    });
  }
  return { status: response.status, data: parsed.value, headers: response.headers };
}

/** Sends one request; on `401` asks the injected handler to restore the session, then retries once. */
export async function apiRequest(
  path: string,
  options: ApiRequestOptions = {},
): Promise<ApiResponse> {
  try {
    return await send(path, options);
  } catch (error) {
    const recover = (options.authenticated ?? true) && (options.recoverSession ?? true);
    if (!(error instanceof ApiError) || error.status !== 401 || !recover || !unauthorizedHandler) {
      throw error;
    }
    await unauthorizedHandler(error);
    options.signal?.throwIfAborted();
    return send(path, options);
  }
}

/**
 * Sends a request and parses its body with a schema (normalising quirks once); `null` for 204.
 * A body that does not fit the schema is an ApiError too, so screens handle it like any other.
 */
export async function apiJson<T>(
  path: string,
  schema: $ZodType<T>,
  options: ApiRequestOptions = {},
): Promise<T | null> {
  const response = await apiRequest(path, options);
  if (response.status === 204 || response.data === undefined) return null;
  const result = z.safeParse(schema, response.data);
  if (!result.success) {
    const detail = z.prettifyError(result.error).split('\n')[0] ?? 'unexpected shape';
    throw new ApiError({
      kind: 'unreadable',
      status: response.status,
      code: 'UNREADABLE',
      developerMessage: `The eGain server sent a response this console cannot read (${detail}).`,
      local: { id: 'error.unreadableShape', values: { detail } },
    });
  }
  return result.data;
}
