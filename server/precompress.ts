// Brotli and gzip copies of the built files, made once at build time (`x.js` → `x.js.br`,
// `x.js.gz`), so the server sends compressed bytes without compressing on every request.
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats that compress well; images and fonts are compressed already. */
export const COMPRESSIBLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
]);

/** Below this the headers of the answer outweigh what compression saves. */
export const MIN_COMPRESS_BYTES = 1024;

export function isCompressible(path: string): boolean {
  return COMPRESSIBLE_EXTENSIONS.has(extname(path).toLowerCase());
}

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesBelow(path);
      return entry.isFile() ? [path] : [];
    }),
  );
  return nested.flat();
}

export interface PrecompressedFile {
  path: string;
  raw: number;
  brotli: number;
  gzip: number;
}

/**
 * Writes `.br` and `.gz` beside every compressible file of `dir` of at least MIN_COMPRESS_BYTES,
 * at the highest levels (the cost is paid once per build). A copy that would not be smaller than
 * the file is not written: the server then sends the file itself.
 */
export async function precompressDir(dir: string): Promise<PrecompressedFile[]> {
  const files = (await filesBelow(dir)).filter(isCompressible);
  const done: PrecompressedFile[] = [];
  for (const path of files) {
    const info = await stat(path);
    if (info.size < MIN_COMPRESS_BYTES) continue;
    const content = await readFile(path);
    const [br, gz] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    if (br.length < content.length) await writeFile(`${path}.br`, br);
    if (gz.length < content.length) await writeFile(`${path}.gz`, gz);
    done.push({ path, raw: content.length, brotli: br.length, gzip: gz.length });
  }
  return done;
}

/** Vite plugin: precompresses the output directory after a production build has written it. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'case-search:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDir(outDir);
    },
  };
}
