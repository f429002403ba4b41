import { defineConfig } from '@playwright/test';

// Runs the built app in browser mode against Debian's Chromium: the machines this is developed on
// have no network, so Playwright's own browser downloads are never used.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e',
  // Generous: the suite shares a 2-core machine with builds and unit tests.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 2,
  // One retry: the suite shares 2 cores with Chromium and the servers, and a test starved for a
  // moment is not a broken feature. A test that fails twice still fails the run, and one that passed
  // only on its retry is listed as flaky in the log, to be looked at.
  retries: 1,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    headless: true,
    trace: 'retain-on-failure',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
