// Vite plugin (build only; `vite dev` renders everything in the browser): the menu's first frame,
// rendered in Node from the real AppShell (renderer/shell/prerender-shell.ssr.tsx), issue 15.
// - Its antd styles become a CSS file linked before the page's own: antd reads the map the file
//   carries and generates only what is not in it.
// - Its markup goes into index.html beside #root, inert, until the page's menu replaces it
//   (renderer/shell/static-shell.ts): a first visit sees the menu once the page and its styles have
//   arrived, not after every script has run. The host server leaves it out (shared/static-shell.ts).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const ROOT_DIV = '<div id="root"></div>';

/** @param {string} entry the .ssr.tsx module exporting prerenderShell() */
export function prerenderShell(entry) {
  /** @type {{ css: string; html: string }} */
  let shell = { css: '', html: '' };
  let cssFile = '';
  return /** @type {import('vite').Plugin} */ ({
    name: 'fazhi-prerender-shell',
    apply: 'build',
    async buildStart() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-prerender-shell-'));
      try {
        // Everything bundled, so React, antd and its style cache are one copy each, as in the page.
        await build({
          entryPoints: [entry],
          outfile: path.join(dir, 'shell.cjs'),
          bundle: true,
          platform: 'node',
          format: 'cjs',
          jsx: 'automatic',
          define: { 'process.env.NODE_ENV': '"production"' },
          loader: { '.css': 'empty' },
          logLevel: 'warning',
        });
        shell = /** @type {{ prerenderShell(): { css: string; html: string } }} */ (createRequire(import.meta.url)(path.join(dir, 'shell.cjs'))).prerenderShell();
        if (!shell.css.includes('.ant-menu') || !shell.html.includes('role="menuitem"')) throw new Error('首屏预渲染失败：没有得到菜单的样式或内容');
        cssFile = `assets/shell-${createHash('sha256').update(shell.css).digest('hex').slice(0, 8)}.css`;
        this.emitFile({ type: 'asset', fileName: cssFile, source: shell.css });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(ROOT_DIV)) throw new Error(`首屏预渲染失败：index.html 中没有 ${ROOT_DIV}`);
        // Before the page's own style sheet, where antd's generated styles would otherwise go
        // (it inserts them at the top of <head>), so the cascade stays as it was.
        const link = `<link rel="stylesheet" crossorigin href="./${cssFile}">`;
        const at = html.indexOf('<link rel="stylesheet"');
        const linked = at >= 0 ? `${html.slice(0, at)}${link}\n    ${html.slice(at)}` : html.replace('</head>', `    ${link}\n  </head>`);
        return linked.replace(ROOT_DIV, `${shell.html}\n    ${ROOT_DIV}`);
      },
    },
  });
}
