import type { Plugin } from 'vite';

/** See prerender-shell-plugin.mjs. */
export function prerenderShell(entry: string): Plugin;
