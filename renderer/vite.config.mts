import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page runs on intranet machines with no network: everything it needs is bundled into
// dist/renderer, and relative asset paths let the desktop shell load it from its app:// protocol.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // One desktop window; a big chunk loaded from disk is cheaper than many.
    chunkSizeWarningLimit: 3000,
    // The CSP forbids inline scripts; keep Vite from inlining its module-preload helper into HTML.
    modulePreload: { polyfill: false },
  },
});
