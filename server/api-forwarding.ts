// Forwards /system/ws/* to the one configured eGain server (D11): only the headers the API needs go up,
// the answer comes back untouched (compressed bodies included) minus cookies and hop-by-hop headers.
import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import httpProxy from '@fastify/http-proxy';
import type { FastifyInstance } from 'fastify';

export const API_PREFIX = '/system/ws';
export const BODY_LIMIT_BYTES = 64 * 1024;
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;

/** Request headers the eGain API reads (§1.2). Everything else (cookies, authorization, x-forwarded-*) stays here. */
export const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'x-egain-session',
  'x-egain-error-message',
  'accept-encoding',
] as const;

/** Response headers that never go back to the browser. */
const DROPPED_RESPONSE_HEADERS = new Set([
  // Hop-by-hop (RFC 9110 §7.6.1) and their legacy friends.
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  // The browser must never hold an eGain cookie: the app uses header sessions only (§2.5, D9).
  'set-cookie',
  'set-cookie2',
  // Ours (helmet) win over whatever the upstream sends.
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'strict-transport-security',
]);

export const UPSTREAM_UNREACHABLE = {
  code: '502-100',
  developerMessage: 'Cannot reach the eGain server',
} as const;

export interface ApiForwardingOptions {
  /** eGain base URL up to and including the context root, e.g. https://acme.example.com/system. */
  upstream: URL;
  timeoutMs?: number;
  /** Called with the method, the raw request URL and the error when the upstream cannot be reached. */
  onUpstreamError?: (method: string, rawUrl: string, error: Error) => void;
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

/** Registers the forwarding routes; register it with no prefix of its own. */
export async function apiForwarding(
  app: FastifyInstance,
  options: ApiForwardingOptions,
): Promise<void> {
  const { upstream } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const upstreamBasePath = upstream.pathname.replace(/\/+$/, '');
  // Keyed by the Fastify request, which the proxy hands back to rewriteRequestHeaders.
  const bodyLengths = new WeakMap<object, number>();

  // Bodies go up byte for byte (never re-serialised), whatever their type, so the eGain server
  // judges them (415/400, D16). Buffering first enforces the 64 KiB limit before anything is sent.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: BODY_LIMIT_BYTES },
    (request, body, done) => {
      const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
      bodyLengths.set(request, bytes.length);
      done(null, Readable.from([bytes], { objectMode: false }));
    },
  );

  await app.register(httpProxy, {
    prefix: API_PREFIX,
    upstream: upstream.origin,
    rewritePrefix: `${upstreamBasePath}/ws`,
    proxyPayloads: false,
    disableRequestLogging: true,
    destroyAgent: true,
    undici: {
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      // @fastify/reply-from turns certificate checks off unless told otherwise: a real eGain server gets a
      // verified TLS connection (add a private CA with NODE_EXTRA_CA_CERTS).
      connect: { rejectUnauthorized: true, timeout: timeoutMs },
    },
    replyOptions: {
      // No retries: a repeated POST could log in twice, and a retried GET would hide faults from the client.
      retryDelay: () => null,
      rewriteRequestHeaders: (request, headers) => {
        const forwarded: IncomingHttpHeaders = { host: upstream.host };
        for (const name of FORWARDED_REQUEST_HEADERS) {
          const value = headers[name];
          if (typeof value === 'string') forwarded[name] = value;
        }
        // Only a body that was actually read and is forwarded gets a length; a GET's stray
        // Content-Length would make the upstream wait for bytes that never come.
        const length = bodyLengths.get(request);
        if (length !== undefined) forwarded['content-length'] = String(length);
        return forwarded;
      },
      rewriteHeaders: (headers) => {
        const kept: IncomingHttpHeaders = {};
        for (const [name, value] of Object.entries(headers)) {
          if (
            value === undefined ||
            name.startsWith(':') ||
            DROPPED_RESPONSE_HEADERS.has(name.toLowerCase())
          ) {
            continue;
          }
          kept[name] = value;
        }
        return kept;
      },
      onResponse: (_request, reply, res) => {
        if (res.statusCode === 204 || res.statusCode === 304) {
          // Fastify drops Content-Type from a 204 sent with a (empty) stream, but keeps it when sent
          // without a payload; eGain's 204s carry one (§2.1), so it goes through like every other header.
          res.stream.resume();
          void reply.send();
          return;
        }
        void reply.send(res.stream);
      },
      onError: (reply, { error }) => {
        options.onUpstreamError?.(reply.request.method, reply.request.raw.url ?? '', error);
        // Headers copied from a half-received answer must not describe our JSON.
        for (const name of [
          'content-encoding',
          'content-length',
          'content-type',
          'etag',
          'last-modified',
        ]) {
          reply.removeHeader(name);
        }
        void reply.code(502).send(UPSTREAM_UNREACHABLE);
      },
    },
  });
}
