// The production build (Vite's JS API, as server/bundle.ts does) and the compressed size of what
// the first screen loads and of every chunk loaded later.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface FileSize {
  /** Path below the bundle directory, e.g. `assets/index-abc.js`. */
  file: string;
  kind: 'js' | 'css';
  raw: number;
  gzip: number;
  brotli: number;
}

export interface BundleSizes {
  /** How the first-screen set was found. */
  firstScreenSource: 'chromium' | 'index.html';
  firstScreen: FileSize[];
  lazy: FileSize[];
  totals: {
    firstScreenJs: Omit<FileSize, 'file' | 'kind'>;
    firstScreenCss: Omit<FileSize, 'file' | 'kind'>;
    lazyJs: Omit<FileSize, 'file' | 'kind'>;
    lazyCss: Omit<FileSize, 'file' | 'kind'>;
  };
  /** Files that index.html names (script, modulepreload, stylesheet), for comparison. */
  indexHtmlFiles: string[];
}

async function sizeOf(distDir: string, file: string): Promise<FileSize> {
  const content = await readFile(join(distDir, file));
  return {
    file,
    kind: file.endsWith('.css') ? 'css' : 'js',
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }).length,
  };
}

/** `/assets/x.js` from src/href attributes of script, modulepreload and stylesheet tags. */
export function filesNamedByIndexHtml(html: string): string[] {
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attribute = (name: string): string | undefined =>
      new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const rel = attribute('rel')?.toLowerCase();
    const url = isScript ? attribute('src') : attribute('href');
    if (url === undefined) continue;
    if (isScript || rel === 'modulepreload' || rel === 'stylesheet') {
      const path = url.replace(/^\//, '');
      if (/\.(js|css)$/.test(path)) files.add(path);
    }
  }
  return [...files].sort();
}

const total = (files: readonly FileSize[]): Omit<FileSize, 'file' | 'kind'> => ({
  raw: files.reduce((sum, f) => sum + f.raw, 0),
  gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  brotli: files.reduce((sum, f) => sum + f.brotli, 0),
});

/**
 * `firstScreenFiles`: paths below distDir that Chromium loaded before the sign-in form was
 * interactive; undefined falls back to what index.html names.
 */
export async function measureBundle(
  distDir: string,
  firstScreenFiles: readonly string[] | undefined,
): Promise<BundleSizes> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const indexHtmlFiles = filesNamedByIndexHtml(html);
  const first = new Set(firstScreenFiles ?? indexHtmlFiles);
  const assets = (await readdir(join(distDir, 'assets')))
    .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
    .map((name) => `assets/${name}`)
    .sort();
  const sizes = await Promise.all(assets.map((file) => sizeOf(distDir, file)));
  const firstScreen = sizes.filter((s) => first.has(s.file)).sort((a, b) => b.gzip - a.gzip);
  const lazy = sizes.filter((s) => !first.has(s.file)).sort((a, b) => b.gzip - a.gzip);
  return {
    firstScreenSource: firstScreenFiles === undefined ? 'index.html' : 'chromium',
    firstScreen,
    lazy,
    totals: {
      firstScreenJs: total(firstScreen.filter((s) => s.kind === 'js')),
      firstScreenCss: total(firstScreen.filter((s) => s.kind === 'css')),
      lazyJs: total(lazy.filter((s) => s.kind === 'js')),
      lazyCss: total(lazy.filter((s) => s.kind === 'css')),
    },
    indexHtmlFiles,
  };
}
