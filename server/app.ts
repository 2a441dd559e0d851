// The production HTTP server: the built SPA from dist/ and the /system/ws forwarding, behind one origin.
import { join, sep } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  BODY_LIMIT_BYTES,
  DEFAULT_UPSTREAM_LIMITS,
  apiForwarding,
  isApiPath,
  isUnsafeApiPath,
  methodNotAllowed,
  pathOf,
  type ApiError,
  type UpstreamLimits,
} from './api-forwarding.ts';
import type { SignInLimits } from './sign-in-limit.ts';

export interface BuildServerOptions {
  /** eGain base URL up to and including the context root, e.g. https://acme.example.com/system. */
  upstream: URL;
  /** Directory of the built SPA. Without it (the Vite dev server serves the app) only the API is forwarded. */
  distDir?: string;
  /** One line per request (method, path without query, status, duration). Default true. */
  logRequests?: boolean;
  /** Where log lines go. Default: stdout. */
  log?: (line: string) => void;
  /** Deadlines, size cap and concurrency limits towards the eGain server (decision 020). */
  upstreamLimits?: Partial<UpstreamLimits>;
  /** Failed sign-ins allowed per user name and per client address (decision 021). */
  signInLimits?: Partial<SignInLimits>;
  /** Host names the server answers for (any port); others get 421. Default: localhost and 127.0.0.1. */
  allowedHosts?: readonly string[];
  /**
   * Proxies in front whose X-Forwarded-For / X-Forwarded-Proto are believed (addresses or CIDR
   * ranges, or true for any). Default: none, the client is the TCP peer.
   */
  trustProxy?: boolean | readonly string[];
  /** The site is reached over HTTPS (Strict-Transport-Security is sent). Default false. */
  https?: boolean;
  /**
   * Which eGain server this is, for the browser (saved views belong to one server):
   * `EGAIN_URL`'s origin, or `simulator`. Served as /app-config.json. Default: the upstream's origin.
   */
  egainServer?: string;
}

export const DEFAULT_ALLOWED_HOSTS = ['localhost', '127.0.0.1', '::1'] as const;

const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/** `defaultSrc` → `default-src 'self'`, joined with `;`, exactly as helmet writes the header. */
function cspHeaderValue(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(
      ([name, values]) =>
        `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`,
    )
    .join(';');
}

/** API answers are data: nothing in them may run, be framed or be cached (decision 020). */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** The app needs none of these browser features; nothing injected may ask for them. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Helmet's headers for the responses its hook never sees: a URL Fastify cannot decode (overlong
 * UTF-8, `%u`), refused before any route or hook runs, and requests Node's parser refuses (400, 408,
 * 431). security.test.ts checks that they match what helmet sends everywhere else.
 */
const SECURITY_HEADERS_WITHOUT_HOOKS = {
  'content-security-policy': cspHeaderValue(CONTENT_SECURITY_POLICY.directives),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'permissions-policy': PERMISSIONS_POLICY,
  'cache-control': 'no-store',
};

/** Node's parser errors (`HPE_*`, request timeouts) as the status a client should see. */
function clientErrorStatus(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/** What the browser reads to learn which eGain server it talks to (see `egainServer`). */
export const APP_CONFIG_PATH = '/app-config.json';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

function isUnderSystem(path: string): boolean {
  const lower = path.toLowerCase();
  return lower === '/system' || lower.startsWith('/system/');
}

/** `/cases/1000` is an app route; `/favicon.ico` or `/assets/x.js` name a file. */
function hasFileExtension(path: string): boolean {
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return /\.[^.]+$/.test(lastSegment);
}

function sendError(reply: FastifyReply, status: number, developerMessage: string): FastifyReply {
  return sendApiError(reply, { status, code: `${status}-100`, developerMessage });
}

function sendApiError(reply: FastifyReply, error: ApiError): FastifyReply {
  return reply
    .code(error.status)
    .type('application/json; charset=utf-8')
    .send({ code: error.code, developerMessage: error.developerMessage });
}

/** The host name of a Host header (`[::1]:3000` → `::1`), lower-cased; undefined when malformed. */
export function hostNameOf(host: string | undefined): string | undefined {
  if (host === undefined) return undefined;
  const value = host.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) return bracketed[1];
  const plain = /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(value);
  return plain?.[1]?.replace(/\.$/, '');
}

function notFound(reply: FastifyReply, path: string): FastifyReply {
  if (isUnderSystem(path)) return sendError(reply, 404, 'No such API path.');
  return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
}

const ErrorShape = z.object({
  code: z.string().optional().catch(undefined),
  statusCode: z.number().int().optional().catch(undefined),
  message: z.string().catch('Unknown error'),
});

/** Fastify hands errors over as `unknown`; read the few fields we use without trusting their types. */
function describeError(error: unknown): z.infer<typeof ErrorShape> {
  const parsed = ErrorShape.safeParse(error);
  return parsed.success
    ? parsed.data
    : { code: undefined, statusCode: undefined, message: String(error) };
}

/** Printable, bounded: the path comes from the client. */
function loggablePath(path: string): string {
  const printable = path.replace(/[^\x21-\x7e]/g, '?');
  return printable.length > 300 ? `${printable.slice(0, 300)}...` : printable;
}

export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const { upstream, distDir } = options;
  const log = options.log ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const logRequests = options.logRequests ?? true;
  const limits = { ...DEFAULT_UPSTREAM_LIMITS, ...options.upstreamLimits };
  const allowedHosts = new Set(
    (options.allowedHosts ?? DEFAULT_ALLOWED_HOSTS).map((host) => host.toLowerCase()),
  );
  const trustProxy =
    options.trustProxy === undefined || options.trustProxy === false
      ? false
      : options.trustProxy === true
        ? true
        : [...options.trustProxy];

  const app = Fastify({
    // Fastify's JSON logger would print request details; the onResponse hook below writes one plain line.
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy,
    // Longer than the longest wait for a slot plus the whole-answer deadline, so a slow eGain answer
    // still ends in our 504, not a dropped socket.
    requestTimeout: Math.max(60_000, limits.queueTimeoutMs + limits.answerTimeoutMs + 10_000),
    routerOptions: { maxParamLength: 2048 },
    // Requests Node's parser refuses (bad request line, headers too large, too slow) never reach a
    // route or hook: answer them with the security headers and a log line, in the API's error shape.
    clientErrorHandler: (error, socket) => {
      const code = z.object({ code: z.string() }).safeParse(error);
      const errorCode = code.success ? code.data.code : undefined;
      if (errorCode === 'ECONNRESET' || !socket.writable) {
        if (logRequests) log(`client connection closed: ${errorCode ?? 'closed'}`);
        socket.destroy();
        return;
      }
      const status = clientErrorStatus(errorCode);
      const body = JSON.stringify({
        code: `${status}-100`,
        developerMessage: STATUS_TEXT[status] ?? 'Bad Request',
      });
      const headers = {
        ...SECURITY_HEADERS_WITHOUT_HOOKS,
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
        connection: 'close',
      };
      socket.end(
        `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Bad Request'}\r\n${Object.entries(headers)
          .map(([name, value]) => `${name}: ${value}`)
          .join('\r\n')}\r\n\r\n${body}`,
      );
      if (logRequests) log(`client error ${status}: ${errorCode ?? 'unknown'}`);
    },
    // Fastify's own answer to an undecodable URL has no security headers and echoes the path; answer
    // like the other rejections instead (eGain-shaped JSON, the headers, a log line: no hook runs).
    frameworkErrors: (error, request, reply) => {
      const status =
        error.statusCode !== undefined && error.statusCode < 500 ? error.statusCode : 400;
      void reply.headers(SECURITY_HEADERS_WITHOUT_HOOKS);
      sendError(reply, status, 'Bad request path.');
      if (logRequests) {
        log(`${request.method} ${loggablePath(pathOf(request.raw.url ?? ''))} ${status} 0ms`);
      }
    },
  });

  // First, so that its headers are on every response, including the rejections below.
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    xContentTypeOptions: true,
    // Plain http on loopback or behind a TLS terminator, which owns HSTS.
    strictTransportSecurity: false,
  });

  if (logRequests) {
    app.addHook('onResponse', async (request, reply) => {
      const path = loggablePath(pathOf(request.raw.url ?? ''));
      log(`${request.method} ${path} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`);
    });
    // A client that hangs up before its request is complete: one line, nothing to answer.
    app.addHook('onRequestAbort', (request, done) => {
      const path = loggablePath(pathOf(request.raw.url ?? ''));
      log(`${request.method} ${path} aborted by the client`);
      done();
    });
  }

  const isHttps = (request: FastifyRequest) =>
    options.https === true || (trustProxy !== false && request.protocol === 'https');

  app.addHook('onRequest', async (request, reply) => {
    void reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (isHttps(request)) void reply.header('strict-transport-security', HSTS);
    const path = pathOf(request.raw.url ?? '');
    // DNS rebinding: a page on another name that resolves to this server must not reach it.
    const host = hostNameOf(request.headers.host);
    if (host === undefined || !allowedHosts.has(host)) {
      return sendError(reply, 421, 'This server does not answer for that host name.');
    }
    // Absolute-form request lines (`GET http://elsewhere/...`) and `*` name no file and no API path.
    if (!path.startsWith('/')) return sendError(reply, 400, 'Bad request path.');
    // Nothing may climb out of dist/ or out of the upstream's /ws/, however it is spelt.
    if (isUnsafeApiPath(path)) return notFound(reply, path);
    // Source maps are never served, even if a build left one behind.
    if (path.toLowerCase().endsWith('.map')) return notFound(reply, path);
  });

  // Everything under /system is data from or about the eGain server: never a document (decision 020).
  app.addHook('onSend', async (request, reply, payload) => {
    if (isUnderSystem(pathOf(request.raw.url ?? ''))) {
      void reply.header('content-security-policy', API_CONTENT_SECURITY_POLICY);
      void reply.header('cache-control', 'no-store');
      void reply.header('x-content-type-options', 'nosniff');
    }
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    const { code, statusCode, message } = describeError(error);
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendError(
        reply,
        413,
        `The request body is larger than ${BODY_LIMIT_BYTES / 1024} KiB.`,
      );
    }
    if (request.raw.aborted || code === 'ECONNRESET') {
      // The client hung up while sending its body: the onRequestAbort line says so.
      return reply;
    }
    if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
      return sendError(reply, statusCode, message);
    }
    log(`error on ${request.method} ${loggablePath(pathOf(request.raw.url ?? ''))}: ${message}`);
    return sendError(reply, 500, 'Internal server error.');
  });

  await app.register(apiForwarding, {
    upstream,
    limits,
    signInLimits: options.signInLimits,
    forwardClientAddress: trustProxy !== false,
    sendError: sendApiError,
    onUpstreamError: (request, cause) => {
      log(
        `upstream error on ${request.method} ${loggablePath(pathOf(request.raw.url ?? ''))}: ${cause}`,
      );
    },
  });

  // Not a secret: the browser keys its saved views by it. Never cached, so a changed EGAIN_URL shows.
  const appConfig = { egainServer: options.egainServer ?? upstream.origin };
  app.get(APP_CONFIG_PATH, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send(appConfig),
  );

  if (distDir !== undefined) {
    const assetsDir = join(distDir, 'assets') + sep;
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: true,
      index: ['index.html'],
      redirect: false,
      list: false,
      dotfiles: 'ignore',
      // Vite puts a content hash in every file name under assets/; everything else (index.html,
      // favicon) must be revalidated so a new deployment shows up at once.
      cacheControl: false,
      // The build writes x.br and x.gz beside each text file (server/precompress.ts); the one the
      // client accepts is sent, and @fastify/static adds `Vary: accept-encoding` to every file it
      // picks this way, so caches keep one copy per encoding.
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        void reply.header('cache-control', filePath.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.raw.url ?? '');
    // Methods Fastify has no route for at all (PROPFIND, ...) under the API: as unsupported as PUT.
    if (isApiPath(path)) return methodNotAllowed(reply, request.method, sendApiError);
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (distDir !== undefined && isRead && !isUnderSystem(path) && !hasFileExtension(path)) {
      // SPA fallback: the app's own routes all load index.html.
      return reply.code(200).sendFile('index.html');
    }
    return notFound(reply, path);
  });

  return app;
}
