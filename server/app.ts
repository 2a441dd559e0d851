// The production HTTP server: the built SPA from dist/ and the /system/ws forwarding, behind one origin.
import { join, sep } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { z } from 'zod';
import { BODY_LIMIT_BYTES, apiForwarding, isUnsafeApiPath, pathOf } from './api-forwarding.ts';

export interface BuildServerOptions {
  /** eGain base URL up to and including the context root, e.g. https://acme.example.com/system. */
  upstream: URL;
  /** Directory of the built SPA. Without it (the Vite dev server serves the app) only the API is forwarded. */
  distDir?: string;
  /** One line per request (method, path without query, status, duration). Default true. */
  logRequests?: boolean;
  /** Where log lines go. Default: stdout. */
  log?: (line: string) => void;
  /** Connect/response timeout towards the eGain server. Default 30 s. */
  upstreamTimeoutMs?: number;
  /**
   * Which eGain server this is, for the browser (saved views belong to one server):
   * `EGAIN_URL`'s origin, or `simulator`. Served as /app-config.json. Default: the upstream's origin.
   */
  egainServer?: string;
}

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

/**
 * Helmet's headers for the one kind of response its hook never sees: a URL Fastify cannot decode
 * (overlong UTF-8, `%u`), refused before any route or hook runs. security.test.ts checks that they
 * match what helmet sends everywhere else.
 */
const SECURITY_HEADERS_FOR_BAD_URLS = {
  'content-security-policy': cspHeaderValue(CONTENT_SECURITY_POLICY.directives),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
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
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ code: `${status}-100`, developerMessage });
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

  const app = Fastify({
    // Fastify's JSON logger would print request details; the onResponse hook below writes one plain line.
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: false,
    // Longer than the upstream timeout so a slow eGain answer still ends in our 502, not a dropped socket.
    requestTimeout: 60_000,
    routerOptions: { maxParamLength: 2048 },
    // Fastify's own answer to an undecodable URL has no security headers and echoes the path; answer
    // like the other rejections instead (eGain-shaped JSON, the headers, a log line: no hook runs).
    frameworkErrors: (error, request, reply) => {
      const status =
        error.statusCode !== undefined && error.statusCode < 500 ? error.statusCode : 400;
      void reply.headers(SECURITY_HEADERS_FOR_BAD_URLS);
      sendError(reply, status, 'Bad request path.');
      if (options.logRequests ?? true) {
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

  if (options.logRequests ?? true) {
    app.addHook('onResponse', async (request, reply) => {
      const path = loggablePath(pathOf(request.raw.url ?? ''));
      log(`${request.method} ${path} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`);
    });
  }

  app.addHook('onRequest', async (request, reply) => {
    const path = pathOf(request.raw.url ?? '');
    // Absolute-form request lines (`GET http://elsewhere/...`) and `*` name no file and no API path.
    if (!path.startsWith('/')) return sendError(reply, 400, 'Bad request path.');
    // Nothing may climb out of dist/ or out of the upstream's /ws/, however it is spelt.
    if (isUnsafeApiPath(path)) return notFound(reply, path);
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
    if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
      return sendError(reply, statusCode, message);
    }
    log(`error on ${request.method} ${loggablePath(pathOf(request.raw.url ?? ''))}: ${message}`);
    return sendError(reply, 500, 'Internal server error.');
  });

  await app.register(apiForwarding, {
    upstream,
    timeoutMs: options.upstreamTimeoutMs,
    onUpstreamError: (method, rawUrl, error) => {
      const cause = describeError(error.cause);
      log(
        `upstream error on ${method} ${loggablePath(pathOf(rawUrl))}: ${cause.code ?? error.message}`,
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
      setHeaders: (res, filePath) => {
        res.setHeader('cache-control', filePath.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.raw.url ?? '');
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (distDir !== undefined && isRead && !isUnderSystem(path) && !hasFileExtension(path)) {
      // SPA fallback: the app's own routes all load index.html.
      return reply.code(200).sendFile('index.html');
    }
    return notFound(reply, path);
  });

  return app;
}
