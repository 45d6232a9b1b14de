import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds the sandboxed renderer. Main, preload, CLI and web harness are bundled by scripts/build.ts.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
});
