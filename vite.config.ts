import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './server/precompress.ts';

// The dev server's forwarding of /system/ws is configured by server/dev.ts, which owns the upstream.
export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    sourcemap: true,
    target: 'es2022',
  },
});
