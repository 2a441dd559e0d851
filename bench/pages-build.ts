// Builds the bench's own reference pages (bench/pages/: the plain-DOM baseline and the minimal
// React + React Query + TanStack Table page) into a directory the bench server mounts at
// /__bench/. They share the product's origin and simulator, never its dist/.
import { fileURLToPath } from 'node:url';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));

export const BENCH_PAGES_PREFIX = '/__bench/';

export async function buildBenchPages(outDir: string): Promise<void> {
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await build({
    root: PAGES,
    configFile: false,
    base: BENCH_PAGES_PREFIX,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: {
          baseline: `${PAGES}baseline.html`,
          reference: `${PAGES}reference.html`,
        },
      },
    },
  });
}
