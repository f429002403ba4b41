import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserType } from 'playwright-core';
import type { BenchSection, Figure } from '../measure';
import { percentile } from '../measure';
import type { ServerProcess } from '../server-process';
import { ROOT, startServer, stopServer } from '../server-process';

// 首屏 (issue 15 item 7): how long a colleague's browser takes, cold, from navigating to the built
// `fazhi web` page to the menu being on screen (index.html carries the build's rendering of it,
// scripts/prerender-shell-plugin.mjs), and to the page's own menu having replaced it. Each run is a new browser context (no cookies, no
// cache; the cache is also switched off over CDP), so every script comes over HTTP as it would on a
// first visit from another desk. Needs `npm run build`; without dist/ the section says so and
// measures nothing, so the rest of the bench still runs.

const RUNS = 15;
const TARGET_MS = 800;
const READY = /法治台账浏览器模式已启动：((http:\/\/[^\s/]+\/)\?token=[A-Za-z0-9_-]+)/;
const MENU_TIMEOUT_MS = 30_000;
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// `npm run bench` runs this file bundled into a temp folder; Playwright reads its own files at run
// time, so it is loaded from the project (the working folder of `npm run bench`), not bundled.
const projectRequire = createRequire(path.join(ROOT, 'package.json'));

interface Server {
  /** The root the page is opened at. */
  url: string;
  /** The same with this launch's token, which signs a browser context in. */
  address: string;
}

interface ColdRun {
  ms: number;
  usableMs: number;
  scriptBytes: number;
}

/** Milliseconds from the navigation's start (the page's time origin) to the first frame with the menu's 台账 item visible, and the script bytes loaded by then. */
async function coldRun(browser: Browser, server: Server): Promise<ColdRun> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 800 } });
  try {
    // The token exchange sets the session cookie; the timed navigation is then the page itself.
    const signIn = await context.request.get(server.address);
    if (!signIn.ok()) throw new Error(`用启动时显示的地址登录失败（HTTP ${signIn.status()}）`);
    // Shown: the first frame with a 台账 item on screen, the build's (index.html) or the page's own.
    // Usable: the first frame with the page's own, which answers a click (#static-shell gone).
    await context.addInitScript(() => {
      const w = window as unknown as { __menuShownAt?: number; __menuUsableAt?: number };
      const look = () => {
        const items = [...document.querySelectorAll('[role="menuitem"]')].filter((el) => {
          const box = el.getBoundingClientRect();
          return el.textContent?.trim() === '台账' && box.width > 0 && box.height > 0;
        });
        if (items.length && w.__menuShownAt === undefined) w.__menuShownAt = performance.now();
        if (items.some((el) => !el.closest('#static-shell'))) w.__menuUsableAt = performance.now();
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(server.url);
    await page.waitForFunction(() => (window as unknown as { __menuUsableAt?: number }).__menuUsableAt, undefined, { timeout: MENU_TIMEOUT_MS });
    const { ms, usableMs } = await page.evaluate(() => {
      const w = window as unknown as { __menuShownAt: number; __menuUsableAt: number };
      return { ms: w.__menuShownAt, usableMs: w.__menuUsableAt };
    });
    // Same-origin scripts, so the resource timings carry their sizes.
    const scriptBytes = await page.evaluate(
      (until) =>
        performance
          .getEntriesByType('resource')
          .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming && e.name.endsWith('.js') && e.responseEnd <= until)
          .reduce((sum, e) => sum + e.decodedBodySize, 0),
      usableMs,
    );
    return { ms, usableMs, scriptBytes };
  } finally {
    await context.close();
  }
}

/** The entry script index.html loads: the one chunk every first screen waits for. */
function mainChunk(): { name: string; bytes: number } | null {
  const html = fs.readFileSync(path.join(ROOT, 'dist/renderer/index.html'), 'utf8');
  const src = /<script[^>]+type="module"[^>]+src="\.?\/?([^"]+)"/.exec(html)?.[1];
  if (!src) return null;
  return { name: path.basename(src), bytes: fs.statSync(path.join(ROOT, 'dist/renderer', src)).size };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Runs on its own data folder and its own server, whatever the sections before it left. */
export const firstScreen: BenchSection = async () => {
  const missing = ['dist/fazhi.cjs', 'dist/renderer/index.html'].filter((f) => !fs.existsSync(path.join(ROOT, f)));
  if (missing.length) return [{ label: `首屏：跳过（未构建，缺少 ${missing.join('、')}；请先运行 npm run build）` }];
  if (!fs.existsSync(CHROMIUM)) return [{ label: `首屏：跳过（没有 ${CHROMIUM}；请安装 Debian 的 chromium）` }];

  const { chromium } = projectRequire('playwright-core') as { chromium: BrowserType };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-first-screen-'));
  let started: ServerProcess | undefined;
  let browser: Browser | undefined;
  try {
    started = await startServer(['web', '--data', dataDir, '--port', '0'], READY, '服务');
    const server: Server = { url: started.ready[2]!, address: started.ready[1]! };
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    // One unmeasured run: Chromium's first renderer process and the server's first reads of dist/ are not the page's cost.
    await coldRun(browser, server);
    const runs: ColdRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await coldRun(browser, server));
    const times = runs.map((r) => r.ms).sort((a, b) => a - b);
    const usable = runs.map((r) => r.usableMs).sort((a, b) => a - b);
    const chunk = mainChunk();
    const figures: Figure[] = [
      { label: `首屏：浏览器冷启动打开页面到显示菜单（每次新会话、不用缓存）`, runs: { count: RUNS, p50: percentile(times, 0.5), p95: percentile(times, 0.95) }, targetMs: TARGET_MS },
      { label: `  菜单可点击（页面脚本运行完、替换构建时的菜单）`, runs: { count: RUNS, p50: percentile(usable, 0.5), p95: percentile(usable, 0.95) } },
      { label: `  首屏载入脚本共 ${kb(Math.max(...runs.map((r) => r.scriptBytes)))}` },
    ];
    if (chunk) figures.push({ label: `  主脚本 ${chunk.name}：${kb(chunk.bytes)}` });
    return figures;
  } finally {
    await browser?.close();
    if (started) await stopServer(started.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
};
