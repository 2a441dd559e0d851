// Throwaway upstreams, a fake dist/ and a raw HTTP client for the server tests.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
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
