// Precompressed delivery: the build's .br/.gz copies are sent by Accept-Encoding, with Vary, and
// with the same Cache-Control as the file itself.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './app.ts';
import { MIN_COMPRESS_BYTES, precompressDir } from './precompress.ts';
import { portOf, rawRequest, startFakeUpstream, type FakeUpstream } from './test-helpers.ts';

const INDEX_HTML = `<!doctype html><html><head><title>Case search</title></head><body>${'<p>Case search</p>'.repeat(100)}</body></html>`;
const ASSET_JS = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{id:${i},subject:"Case ${i}"}`).join(',')}];`;
const SMALL_CSS = 'body{margin:0}';
const PNG = Buffer.alloc(4096, 7);

let root: string;
let upstream: FakeUpstream;
let server: FastifyInstance;
let port: number;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'case-search-compressed-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), INDEX_HTML);
  await writeFile(join(root, 'assets', 'index-Abc123.js'), ASSET_JS);
  await writeFile(join(root, 'assets', 'small-Abc123.css'), SMALL_CSS);
  await writeFile(join(root, 'logo.png'), PNG);
  await precompressDir(root);
  upstream = await startFakeUpstream();
  server = await buildServer({ upstream: upstream.url, distDir: root, logRequests: false });
  await server.listen({ host: '127.0.0.1', port: 0 });
  port = portOf(server);
});

afterAll(async () => {
  await server.close();
  await upstream.close();
  await rm(root, { recursive: true, force: true });
});

describe('precompressDir', () => {
  it('writes .br and .gz beside compressible files of at least the minimum size only', async () => {
    expect(SMALL_CSS.length).toBeLessThan(MIN_COMPRESS_BYTES);
    expect((await readdir(root)).sort()).toEqual([
      'assets',
      'index.html',
      'index.html.br',
      'index.html.gz',
      'logo.png',
    ]);
    expect((await readdir(join(root, 'assets'))).sort()).toEqual([
      'index-Abc123.js',
      'index-Abc123.js.br',
      'index-Abc123.js.gz',
      'small-Abc123.css',
    ]);
  });
});

describe('serving by Accept-Encoding', () => {
  it('sends brotli when the browser accepts it, with Vary and the immutable Cache-Control', async () => {
    const res = await rawRequest(port, '/assets/index-Abc123.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.length).toBeLessThan(ASSET_JS.length / 2);
    expect(brotliDecompressSync(res.body).toString('utf8')).toBe(ASSET_JS);
  });

  it('sends gzip to a client without brotli', async () => {
    const res = await rawRequest(port, '/assets/index-Abc123.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(res.body).toString('utf8')).toBe(ASSET_JS);
  });

  it('honours q=0 for brotli', async () => {
    const res = await rawRequest(port, '/assets/index-Abc123.js', {
      headers: { 'accept-encoding': 'br;q=0, gzip' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('sends the file itself without Accept-Encoding, still with Vary', async () => {
    const res = await rawRequest(port, '/assets/index-Abc123.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.text).toBe(ASSET_JS);
  });

  it('compresses index.html, also as the fallback of an app route, and keeps it revalidated', async () => {
    for (const path of ['/', '/cases/1000']) {
      const res = await rawRequest(port, path, { headers: { 'accept-encoding': 'br' } });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(res.body).toString('utf8')).toBe(INDEX_HTML);
    }
  });

  it('sends a small file as it is', async () => {
    const res = await rawRequest(port, '/assets/small-Abc123.css', {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.text).toBe(SMALL_CSS);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('does not compress files that are not text', async () => {
    const res = await rawRequest(port, '/logo.png', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    // @fastify/static 10 varies every file it serves with preCompressed on; harmless for a PNG.
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body.equals(PNG)).toBe(true);
  });

  it('answers HEAD with the encoding GET would use and no body', async () => {
    const res = await rawRequest(port, '/assets/index-Abc123.js', {
      method: 'HEAD',
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.length).toBe(0);
  });
});
