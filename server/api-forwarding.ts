// Forwards /system/ws/* to the one configured eGain server (D11, decisions 008 and 020): only the
// headers the API needs go up; the answer is read whole, within deadlines and a size cap, and goes back
// only when it is JSON (or empty), with an allow-list of its headers.
import { brotliDecompressSync, gunzipSync, inflateSync, zstdDecompressSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Pool, errors as undiciErrors } from 'undici';
import { z } from 'zod';
import packageJson from '../package.json' with { type: 'json' };
import {
  SlotUnavailableError,
  createConcurrencyLimiter,
  type ConcurrencyLimits,
} from './concurrency.ts';
import { createSignInLimiter, normalizeUserName, type SignInLimits } from './sign-in-limit.ts';

export const API_PREFIX = '/system/ws';
export const BODY_LIMIT_BYTES = 64 * 1024;

/** The methods the API contract uses; anything else gets 405 without reaching the eGain server. */
export const FORWARDED_METHODS = ['GET', 'POST', 'DELETE'] as const;

/** Request headers the eGain API reads (§1.2). Everything else (cookies, authorization, x-forwarded-*) stays here. */
export const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'x-egain-session',
  'x-egain-error-message',
  'accept-encoding',
] as const;

/** Response headers that go back to the browser; every other upstream header is dropped. */
export const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'content-encoding',
  'content-language',
  'x-egain-session',
  'retry-after',
] as const;

export const USER_AGENT = `case-search/${z.object({ version: z.string() }).parse(packageJson).version}`;

export interface UpstreamLimits extends ConcurrencyLimits {
  /** Time to open the TCP (and TLS) connection. */
  connectTimeoutMs: number;
  /** Time from sending the request to the end of the answer's headers; also the longest pause in a body. */
  headersTimeoutMs: number;
  /** Time from sending the request to the last byte of the answer. */
  answerTimeoutMs: number;
  /** Largest answer accepted, as received and once decompressed. */
  maxAnswerBytes: number;
}

export const DEFAULT_UPSTREAM_LIMITS: UpstreamLimits = {
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 15_000,
  answerTimeoutMs: 30_000,
  maxAnswerBytes: 10 * 1024 * 1024,
  perClient: 16,
  total: 128,
  queueTimeoutMs: 5_000,
  queuePerClient: 64,
};

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perUser: 10,
  perAddress: 50,
  windowMs: 5 * 60_000,
};

export interface ApiError {
  status: number;
  code: string;
  developerMessage: string;
}

export const UPSTREAM_UNREACHABLE = {
  code: '502-100',
  developerMessage: 'Cannot reach the eGain server',
} as const;

export interface ApiForwardingOptions {
  /** eGain base URL up to and including the context root, e.g. https://acme.example.com/system. */
  upstream: URL;
  limits?: Partial<UpstreamLimits>;
  signInLimits?: Partial<SignInLimits>;
  /** Forward the client chain in X-Forwarded-For (only when the server trusts a proxy in front). */
  forwardClientAddress?: boolean;
  /** One line per failed exchange with the eGain server (method, path without query, cause). */
  onUpstreamError: (request: FastifyRequest, cause: string) => void;
  /** Sends an error in the eGain shape. */
  sendError: (reply: FastifyReply, error: ApiError) => FastifyReply;
}

/**
 * True when a raw request path must not be forwarded: dot segments, encoded dots/slashes/backslashes,
 * double encoding or NUL could otherwise make the upstream resolve a path outside /ws/.
 */
export function isUnsafeApiPath(rawPath: string): boolean {
  return /\.\.|\\|%2e|%2f|%5c|%25|%00/i.test(rawPath);
}

export function pathOf(rawUrl: string): string {
  const queryAt = rawUrl.indexOf('?');
  return queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
}

/** Whether a path (without query) is forwarded: `/system/ws` and everything below it. */
export function isApiPath(path: string): boolean {
  return path === API_PREFIX || path.startsWith(`${API_PREFIX}/`);
}

/** 405 with `Allow`, in the eGain error shape. */
export function methodNotAllowed(
  reply: FastifyReply,
  method: string,
  sendError: ApiForwardingOptions['sendError'],
): FastifyReply {
  void reply.header('allow', FORWARDED_METHODS.join(', '));
  return sendError(reply, {
    status: 405,
    code: '405-100',
    developerMessage: `${method.slice(0, 20)} is not supported; use ${FORWARDED_METHODS.join(', ')}.`,
  });
}

/** Why an exchange with the eGain server failed: what the browser gets and what the log says. */
class ForwardingFailure extends Error {
  override name = 'ForwardingFailure';
  readonly answer: ApiError;

  constructor(answer: ApiError, cause: string) {
    super(cause);
    this.answer = answer;
  }
}

const failure = {
  timeout: (cause: string) =>
    new ForwardingFailure(
      { status: 504, code: '504-100', developerMessage: 'The eGain server did not answer in time' },
      cause,
    ),
  unreachable: (cause: string) =>
    new ForwardingFailure({ status: 502, ...UPSTREAM_UNREACHABLE }, cause),
  cutOff: (cause: string) =>
    new ForwardingFailure(
      {
        status: 502,
        code: '502-101',
        developerMessage: 'The answer of the eGain server was cut off',
      },
      cause,
    ),
  notJson: (cause: string) =>
    new ForwardingFailure(
      {
        status: 502,
        code: '502-102',
        developerMessage: 'The eGain server sent an answer that is not JSON',
      },
      cause,
    ),
  redirect: (cause: string) =>
    new ForwardingFailure(
      {
        status: 502,
        code: '502-103',
        developerMessage: 'The eGain server answered with a redirect, which is not followed',
      },
      cause,
    ),
  tooLarge: (limit: number) =>
    new ForwardingFailure(
      {
        status: 502,
        code: '502-104',
        developerMessage: `The answer of the eGain server is larger than ${formatBytes(limit)}`,
      },
      `answer larger than ${limit} bytes`,
    ),
};

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0
    ? `${bytes / (1024 * 1024)} MB`
    : `${bytes} bytes`;
}

/** `application/json` and `application/<anything>+json`, with or without parameters. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const type = contentType.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

/** The size of a body once decompressed, refusing anything that grows past `limit`. */
function checkDecodedSize(body: Buffer, encoding: string | undefined, limit: number): void {
  const coding = encoding?.trim().toLowerCase() ?? 'identity';
  if (coding === 'identity' || coding === '' || body.length === 0) return;
  const options = { maxOutputLength: limit };
  try {
    if (coding === 'gzip' || coding === 'x-gzip') gunzipSync(body, options);
    else if (coding === 'deflate') inflateSync(body, options);
    else if (coding === 'br') brotliDecompressSync(body, options);
    else if (coding === 'zstd') zstdDecompressSync(body, options);
    else throw failure.notJson(`unsupported Content-Encoding ${coding.slice(0, 40)}`);
  } catch (error) {
    if (error instanceof ForwardingFailure) throw error;
    if (error instanceof RangeError) throw failure.tooLarge(limit);
    throw failure.cutOff(`undecodable ${coding} body`);
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

const LoginBody = z.object({
  userName: z.string().optional().catch(undefined),
  username: z.string().optional().catch(undefined),
});

/** The user name of a JSON login body, if it has one; never throws. */
function userNameOf(body: Buffer | undefined): string | undefined {
  if (body === undefined || body.length === 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  const fields = LoginBody.safeParse(parsed);
  if (!fields.success) return undefined;
  const name = fields.data.userName ?? fields.data.username;
  return name === undefined ? undefined : normalizeUserName(name);
}

type ForwardedMethod = (typeof FORWARDED_METHODS)[number];

function isForwardedMethod(method: string): method is ForwardedMethod {
  return FORWARDED_METHODS.some((allowed) => allowed === method);
}

const LOGIN_PATH = /\/authentication\/user\/login$/i;

/** Turns what undici throws into the answer the browser gets and the cause the log names. */
function classify(error: unknown, maxAnswerBytes: number): ForwardingFailure {
  if (error instanceof ForwardingFailure) return error;
  if (error instanceof undiciErrors.ConnectTimeoutError) return failure.timeout('connect timeout');
  if (error instanceof undiciErrors.HeadersTimeoutError) return failure.timeout('headers timeout');
  if (error instanceof undiciErrors.BodyTimeoutError) return failure.timeout('body stalled');
  if (error instanceof undiciErrors.ResponseExceededMaxSizeError) {
    return failure.tooLarge(maxAnswerBytes);
  }
  const code = z.object({ code: z.string() }).safeParse(error);
  const name = code.success ? code.data.code : error instanceof Error ? error.name : 'error';
  if (
    error instanceof undiciErrors.SocketError ||
    error instanceof undiciErrors.ResponseContentLengthMismatchError ||
    error instanceof undiciErrors.HTTPParserError
  ) {
    return failure.cutOff(`${name}: ${error.message}`);
  }
  return failure.unreachable(name);
}

/** Registers the forwarding routes; register it with no prefix of its own. */
export function apiForwarding(
  app: FastifyInstance,
  options: ApiForwardingOptions,
  done: (error?: Error) => void,
): void {
  const { upstream, sendError } = options;
  const limits = { ...DEFAULT_UPSTREAM_LIMITS, ...options.limits };
  const upstreamBasePath = upstream.pathname.replace(/\/+$/, '');
  const concurrency = createConcurrencyLimiter(limits);
  const signIns = createSignInLimiter({ ...DEFAULT_SIGN_IN_LIMITS, ...options.signInLimits });
  // One connection per request that may be in flight: the limiter, not the pool, makes requests wait.
  const pool = new Pool(upstream.origin, {
    connections: limits.total,
    pipelining: 1,
    headersTimeout: limits.headersTimeoutMs,
    bodyTimeout: limits.headersTimeoutMs,
    maxResponseSize: limits.maxAnswerBytes,
    // Certificates are always verified (add a private CA with NODE_EXTRA_CA_CERTS).
    connect: { timeout: limits.connectTimeoutMs, rejectUnauthorized: true },
  });
  app.addHook('onClose', async () => {
    await pool.destroy();
  });

  // Bodies go up byte for byte (never re-serialised), whatever their type, so the eGain server
  // judges them (415/400, D16). Buffering first enforces the 64 KiB limit before anything is sent.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: BODY_LIMIT_BYTES },
    (_request, body, done) => {
      done(null, Buffer.isBuffer(body) ? body : Buffer.from(body));
    },
  );

  function upstreamHeaders(request: FastifyRequest): Record<string, string> {
    const headers: Record<string, string> = { host: upstream.host, 'user-agent': USER_AGENT };
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    if (options.forwardClientAddress === true) {
      // Fastify's chain of trusted addresses, nearest first; the header lists the client first.
      headers['x-forwarded-for'] = [...(request.ips ?? [request.ip])].reverse().join(', ');
    }
    return headers;
  }

  async function exchange(
    request: FastifyRequest,
    method: ForwardedMethod,
    body: Buffer | undefined,
    clientGone: AbortSignal,
  ) {
    const deadline = new AbortController();
    const timer = setTimeout(
      () =>
        deadline.abort(failure.timeout(`no complete answer within ${limits.answerTimeoutMs} ms`)),
      limits.answerTimeoutMs,
    );
    // A browser that gives up (a newer search aborts the old one) frees the connection at once.
    const onClientGone = () => deadline.abort(failure.cutOff('the client went away'));
    clientGone.addEventListener('abort', onClientGone, { once: true });
    try {
      const answer = await pool.request({
        path: `${upstreamBasePath}/ws${request.raw.url?.slice(API_PREFIX.length) ?? ''}`,
        method,
        headers: upstreamHeaders(request),
        body,
        signal: deadline.signal,
      });
      const chunks: Uint8Array[] = [];
      let received = 0;
      try {
        if (answer.statusCode >= 300 && answer.statusCode < 400) {
          throw failure.redirect(`redirect ${answer.statusCode}`);
        }
        for await (const chunk of answer.body) {
          const bytes = chunk instanceof Uint8Array ? chunk : Buffer.from(String(chunk));
          received += bytes.length;
          if (received > limits.maxAnswerBytes) throw failure.tooLarge(limits.maxAnswerBytes);
          chunks.push(bytes);
        }
      } finally {
        // An unread body is let go; its abort error has nobody to tell.
        answer.body.on('error', () => {});
        if (!answer.body.destroyed) answer.body.destroy();
      }
      if (deadline.signal.aborted) throw classify(deadline.signal.reason, limits.maxAnswerBytes);
      const payload = Buffer.concat(chunks);
      const contentType = headerValue(answer.headers['content-type']);
      if (payload.length > 0 && !isJsonMediaType(contentType)) {
        throw failure.notJson(`Content-Type ${(contentType ?? 'missing').slice(0, 80)}`);
      }
      checkDecodedSize(
        payload,
        headerValue(answer.headers['content-encoding']),
        limits.maxAnswerBytes,
      );
      return { status: answer.statusCode, headers: answer.headers, payload };
    } catch (error) {
      throw classify(
        deadline.signal.aborted ? deadline.signal.reason : error,
        limits.maxAnswerBytes,
      );
    } finally {
      clearTimeout(timer);
      clientGone.removeEventListener('abort', onClientGone);
    }
  }

  async function forward(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const method = request.method;
    if (!isForwardedMethod(method)) return methodNotAllowed(reply, method, sendError);
    const body = Buffer.isBuffer(request.body) ? request.body : undefined;
    const isLogin = request.method === 'POST' && LOGIN_PATH.test(pathOf(request.raw.url ?? ''));
    const userName = isLogin ? userNameOf(body) : undefined;
    if (isLogin) {
      const waitMs = signIns.retryAfterMs(request.ip, userName);
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        void reply.header('retry-after', String(seconds));
        return sendError(reply, {
          status: 429,
          code: '429-100',
          developerMessage: `Too many failed sign-ins. Try again in ${
            seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`
          }.`,
        });
      }
    }

    const clientGone = new AbortController();
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) clientGone.abort(failure.cutOff('the client went away'));
    });
    let release;
    try {
      release = await concurrency.acquire(request.ip, clientGone.signal);
    } catch (error) {
      if (clientGone.signal.aborted) {
        options.onUpstreamError(request, 'the client went away while waiting');
        return reply;
      }
      if (!(error instanceof SlotUnavailableError)) throw error;
      options.onUpstreamError(request, error.message);
      void reply.header('retry-after', '1');
      return sendError(reply, {
        status: 503,
        code: '503-101',
        developerMessage: 'Too many requests are waiting for the eGain server',
      });
    }
    try {
      const answer = await exchange(request, method, body, clientGone.signal);
      if (isLogin && answer.status === 401) signIns.recordFailure(request.ip, userName);
      void reply.code(answer.status);
      for (const name of FORWARDED_RESPONSE_HEADERS) {
        const value = headerValue(answer.headers[name]);
        if (value !== undefined) void reply.header(name, value);
      }
      // No payload at all keeps Content-Type on a 204, as eGain sends it (§2.1).
      return answer.payload.length === 0 ? reply.send() : reply.send(answer.payload);
    } catch (error) {
      const { answer, message } = classify(error, limits.maxAnswerBytes);
      options.onUpstreamError(request, message);
      return sendError(reply, answer);
    } finally {
      release();
    }
  }

  app.all(API_PREFIX, forward);
  app.all(`${API_PREFIX}/*`, forward);
  done();
}
