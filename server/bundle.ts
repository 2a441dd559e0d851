// Builds dist/ with Vite when it is missing or older than the sources it is made from.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Inputs of the bundle, relative to the project root. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

async function mtimeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Latest modification time of a file or of any file below a directory; 0 when it does not exist. */
async function newestMtime(path: string): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path, { withFileTypes: true });
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry.name))));
  // A deleted file only shows in its directory's mtime.
  return Math.max(info.mtimeMs, ...times);
}

export async function isBundleStale(root: string, distDir: string): Promise<boolean> {
  const builtAt = await mtimeOf(join(distDir, 'index.html'));
  if (builtAt === undefined) return true;
  const times = await Promise.all(SOURCES.map((source) => newestMtime(join(root, source))));
  return Math.max(...times) > builtAt;
}

/** A production build of the app into `outDir`; returns how long it took in milliseconds. */
export async function buildBundle(root: string, outDir: string): Promise<number> {
  const startedAt = performance.now();
  const { build } = await import('vite');
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return performance.now() - startedAt;
}

/** Returns true when it had to build. */
export async function ensureBundle(
  root: string,
  distDir: string,
  log: (line: string) => void,
): Promise<boolean> {
  if (!(await isBundleStale(root, distDir))) return false;
  log('Building the bundle (dist/ is missing or older than the sources)...');
  const tookMs = await buildBundle(root, distDir);
  log(`Built in ${(tookMs / 1000).toFixed(1)} s.`);
  return true;
}
