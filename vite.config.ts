import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './server/precompress.ts';

// The dev server's forwarding of /system/ws is configured by server/dev.ts, which owns the upstream.
export default defineConfig({
  plugins: [react(), lingui(), precompress()],
  build: {
    outDir: 'dist',
    // No source maps in production: they would publish the full sources (the server refuses *.map too).
    sourcemap: false,
    target: 'es2022',
  },
});
