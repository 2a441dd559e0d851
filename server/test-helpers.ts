// Throwaway upstreams, a fake dist/ and a raw HTTP client for the server tests.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface UpstreamReply {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
}

export interface FakeUpstream {
  /** Base URL including the context root, e.g. http://127.0.0.1:4567/system. */
  url: URL;
  requests: RecordedRequest[];
  /** What the next requests get; default 200 `{"ok":true}`. */
  respond: (request: RecordedRequest) => UpstreamReply | Promise<UpstreamReply>;
  close: () => Promise<void>;
}

export function portOf(app: FastifyInstance): number {
  const address: AddressInfo | string | null = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  return address.port;
}

/** A Fastify server on 127.0.0.1:0 that records every request (raw body included) and answers as told. */
export async function startFakeUpstream(contextRoot = '/system'): Promise<FakeUpstream> {
  const app = Fastify({ logger: false });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  const fake: FakeUpstream = {
    url: new URL('http://127.0.0.1'),
    requests: [],
    respond: () => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"ok":true}',
    }),
    close: () => app.close(),
  };
  app.all('/*', async (request, reply) => {
    const recorded: RecordedRequest = {
      method: request.method,
      url: request.raw.url ?? '',
      headers: request.headers,
      body: Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '',
    };
    fake.requests.push(recorded);
    const answer = await fake.respond(recorded);
    void reply.code(answer.status ?? 200);
    for (const [name, value] of Object.entries(answer.headers ?? {}))
      void reply.header(name, value);
    // No payload at all keeps headers such as Content-Type on a 204, as a real eGain server sends them.
    return answer.body === undefined ? reply.send() : reply.send(answer.body);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  fake.url = new URL(`http://127.0.0.1:${portOf(app)}${contextRoot}`);
  return fake;
}

/** A loopback port with nobody listening. */
export async function closedPort(): Promise<number> {
  const app = Fastify();
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = portOf(app);
  await app.close();
  return port;
}

export interface FakeDist {
  root: string;
  distDir: string;
  close: () => Promise<void>;
}

export const INDEX_HTML =
  '<!doctype html><html><head><title>Case search</title></head><body></body></html>';
export const ASSET_JS = 'console.log("app");';
export const SECRET = 'top-secret-outside-dist';

/** dist/ with index.html, a hashed asset and a favicon, next to a file that must never be served. */
export async function makeFakeDist(): Promise<FakeDist> {
  const root = await mkdtemp(join(tmpdir(), 'case-search-dist-'));
  const distDir = join(root, 'dist');
  await mkdir(join(distDir, 'assets'), { recursive: true });
  await writeFile(join(distDir, 'index.html'), INDEX_HTML);
  await writeFile(join(distDir, 'assets', 'index-Abc123.js'), ASSET_JS);
  await writeFile(join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(distDir, '.env'), SECRET);
  await writeFile(join(root, 'secret.txt'), SECRET);
  return { root, distDir, close: () => rm(root, { recursive: true, force: true }) };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

export interface RawRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Another loopback address (127.0.0.2, ...) to appear as another client. */
  localAddress?: string;
}

/**
 * Sends the request line exactly as given (node:http does not normalise `..` or `%2e`), unlike fetch.
 */
export function rawRequest(
  port: number,
  path: string,
  options: RawRequestOptions = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: false,
        localAddress: options.localAddress,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            text: body.toString('utf8'),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface MisbehavingUpstream {
  /** Base URL including the context root, e.g. http://127.0.0.1:4567/system. */
  url: URL;
  /** Request heads (request line and headers) in the order they arrived. */
  heads: string[];
  /**
   * What to do with a request: write anything (or nothing) to the socket. Default: a small JSON 200.
   * Whatever it leaves open is destroyed by close().
   */
  behave: (socket: Socket, head: string, body: string) => void;
  close: () => Promise<void>;
}

/** An answer as raw bytes, closing the connection. */
export function rawAnswer(
  status: string,
  headers: Record<string, string | number>,
  body: string | Buffer = '',
): Buffer {
  const lines = Object.entries({ connection: 'close', ...headers }).map(
    ([name, value]) => `${name}: ${value}`,
  );
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 ${status}\r\n${lines.join('\r\n')}\r\n\r\n`),
    Buffer.from(body),
  ]);
}

/**
 * An eGain server that misbehaves at the byte level on 127.0.0.1: it hangs, trickles, resets, sends
 * short or huge bodies, HTML, redirects or any header. Request bodies are read and ignored.
 */
export async function startMisbehavingUpstream(
  contextRoot = '/system',
): Promise<MisbehavingUpstream> {
  const sockets = new Set<Socket>();
  const fake: MisbehavingUpstream = {
    url: new URL('http://127.0.0.1'),
    heads: [],
    behave: (socket) =>
      socket.end(
        rawAnswer(
          '200 OK',
          { 'content-type': 'application/json', 'content-length': 11 },
          '{"ok":true}',
        ),
      ),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let received = Buffer.alloc(0);
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      if (answered) return;
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      const head = received.subarray(0, end).toString('latin1');
      const length = Number(/^content-length:\s*(\d+)/im.exec(head)?.[1] ?? 0);
      const body = received.subarray(end + 4);
      if (body.length < length) return;
      answered = true;
      fake.heads.push(head);
      fake.behave(socket, head, body.toString('utf8'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  fake.url = new URL(`http://127.0.0.1:${address.port}${contextRoot}`);
  return fake;
}
