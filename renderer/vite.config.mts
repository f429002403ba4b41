import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { prerenderShell } from '../scripts/prerender-shell-plugin.mjs';

// The page runs on intranet machines with no network: everything it needs is bundled into
// dist/renderer, and relative asset paths let the desktop shell load it from its app:// protocol.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react(), prerenderShell(fileURLToPath(new URL('./shell/prerender-shell.ssr.tsx', import.meta.url)))],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Colleagues' browsers on the LAN include Windows 7 desks, whose last browsers are Chrome 109
    // and Firefox ESR 115: syntax newer than theirs is lowered. APIs are not polyfilled; the source
    // is kept off newer ones by tests/unit/old-browser-apis.test.ts.
    target: ['chrome109', 'firefox115'],
    // Browsers on other desks load the page over HTTP, so the first screen waits only for the shell:
    // each page is its own chunk (renderer/shell/lazy-pages.ts), the charts come with 统计 only.
    // antd is left to the automatic split on purpose: every module lands in exactly one chunk, shared
    // by the pages that use it, whereas one antd vendor chunk would put Table, DatePicker… on the
    // menu's path.
    chunkSizeWarningLimit: 600,
    // The CSP forbids inline scripts; keep Vite from inlining its module-preload helper into HTML.
    modulePreload: { polyfill: false },
  },
});
