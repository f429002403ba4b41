import { expect, test } from './fixtures/app-server';

// The menu's first frame comes from the build (scripts/prerender-shell-plugin.mjs): its markup in
// index.html, its antd styles in a file. Both only help while they match the page: if the style
// hashes drift from the page's theme, antd quietly generates the menu's styles again, and if the
// page's menu never replaces the build's, clicks go nowhere. These tests are what notice.
const GENERATED_MENU_STYLE = /:where\(\.css-[^)]+\)\.ant-menu/;
const GENERATED_TABLE_STYLE = /:where\(\.css-[^)]+\)\.ant-table/;

test('首屏：脚本还没运行时菜单已按主题样式显示（构建时生成）', async ({ page, appServer }) => {
  // No script runs at all: what is on screen is index.html and its style sheets alone.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto(appServer.url);
  const shell = page.locator('#static-shell');
  await expect(shell.locator('[role="menuitem"]', { hasText: '统计' })).toBeVisible();
  await expect(shell.locator('[role="menuitem"]', { hasText: '台账' })).toHaveCSS('background-color', 'rgb(230, 237, 247)');
  // Inert and hidden from assistive technology: it is a picture of the menu, not yet the menu.
  await expect(page.getByRole('menuitem', { name: '台账' })).toHaveCount(0);
});

test('首屏：页面自己的菜单替换构建时的菜单，样式不再重复生成，页面其余样式照常生成', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const ledger = page.getByRole('menuitem', { name: '台账' });
  await expect(ledger).toBeVisible();
  await expect(page.locator('#static-shell')).toHaveCount(0);

  await expect(page.locator('link[rel="stylesheet"][href*="assets/shell-"]')).toHaveCount(1);
  const generated = () => page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''));
  expect((await generated()).filter((css) => GENERATED_MENU_STYLE.test(css))).toEqual([]);
  // The theme's own colour for the selected item: the file's styles apply in the page's theme.
  await expect(ledger).toHaveCSS('background-color', 'rgb(230, 237, 247)');

  // The ledger's table is not in the file: antd still makes its styles in the page.
  await expect(page.getByRole('columnheader', { name: '日期' })).toBeVisible();
  expect((await generated()).some((css) => GENERATED_TABLE_STYLE.test(css))).toBe(true);
  expect((await generated()).filter((css) => GENERATED_MENU_STYLE.test(css))).toEqual([]);

  // The menu answers: the page's own, not the build's picture of it.
  await page.getByRole('menuitem', { name: '统计' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '统计' })).toBeVisible();
});
