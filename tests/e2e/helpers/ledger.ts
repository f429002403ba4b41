import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { signInTo } from '../fixtures/app-server';

// What a person does on the 台账 page, in their words. Locators go by visible Chinese labels, so a
// renamed or unlabeled box fails here the way it would confuse a user.

export interface ActivityDraft {
  date: string;
  endDate?: string;
  category: string;
  title: string;
  summary?: string;
  department?: string;
  participantCount?: number;
  location?: string;
  tags?: string[];
  participantsDesc?: string;
  leaderRole?: '参加' | '主持' | '述法';
  period?: '月度汇总' | '季度汇总' | '年度汇总';
  docTitle?: string;
  docNumber?: string;
  details?: string;
  metrics?: { name: string; value: number; unit: string; approximate?: boolean }[];
}

/** The year on the page's own clock (Asia/Shanghai in the config), which picks the default year. */
export function currentYear(page: Page): Promise<number> {
  return page.evaluate(() => new Date().getFullYear());
}

/**
 * Text as shown on screen. antd's drop-downs also announce the choice in a zero-size live region
 * for screen readers, which would otherwise count as a second match.
 */
export function shownText(scope: Locator | Page, text: string): Locator {
  return scope.getByText(text, { exact: true }).filter({ visible: true });
}

export function activityDialog(page: Page, title = '新增活动'): Locator {
  return page.getByRole('dialog', { name: title });
}

async function typeDate(box: Locator, value: string): Promise<void> {
  await box.click();
  await box.fill(value);
  await box.press('Enter');
  await expect(box).toHaveValue(value);
}

export async function fillActivityForm(dialog: Locator, a: ActivityDraft): Promise<void> {
  await typeDate(dialog.getByLabel('日期', { exact: true }), a.date);
  if (a.endDate) await typeDate(dialog.getByLabel('结束日期'), a.endDate);
  const category = dialog.getByLabel('类别');
  await category.fill(a.category);
  await category.press('Enter');
  await expect(shownText(dialog, a.category)).toBeVisible();
  await dialog.getByLabel('事项标题').fill(a.title);
  if (a.summary !== undefined) await dialog.getByLabel('内容摘要').fill(a.summary);
  if (a.department !== undefined) await dialog.getByLabel('承办科室').fill(a.department);
  if (a.participantCount !== undefined) await dialog.getByLabel('参加人数').fill(String(a.participantCount));
  if (a.location !== undefined) await dialog.getByLabel('地点').fill(a.location);
  for (const tag of a.tags ?? []) {
    await dialog.getByLabel('标签').fill(tag);
    await dialog.getByLabel('标签').press('Enter');
  }
  if (a.participantsDesc !== undefined) await dialog.getByLabel('参加人员').fill(a.participantsDesc);
  if (a.leaderRole) await shownText(dialog, a.leaderRole).click();
  if (a.period) {
    await dialog.getByLabel('统计期间').click();
    await shownText(dialog.page(), a.period).click();
    await expect(dialog.getByText('的合计数，不是一次活动')).toBeVisible();
  }
  if (a.docTitle !== undefined || a.docNumber !== undefined) {
    await dialog.getByRole('button', { name: /形成文件/ }).click();
    if (a.docTitle !== undefined) await dialog.getByLabel('文件标题').fill(a.docTitle);
    if (a.docNumber !== undefined) await dialog.getByLabel('文号').fill(a.docNumber);
  }
  if (a.details !== undefined) await dialog.getByLabel('详细情况').fill(a.details);
  for (const [i, m] of (a.metrics ?? []).entries()) {
    await dialog.getByRole('button', { name: '其他指标' }).click();
    await dialog.getByLabel(`指标${i + 1}名称`).fill(m.name);
    // The row just added is the last one with that name (a test may repeat a name on purpose).
    await dialog.getByLabel(`指标“${m.name}”数值`).last().fill(String(m.value));
    await dialog.getByLabel(`指标“${m.name}”单位`).last().fill(m.unit);
    if (m.approximate) await dialog.getByLabel(`指标“${m.name}”为约数`).last().check();
  }
}

export async function addActivityThroughForm(page: Page, a: ActivityDraft): Promise<void> {
  await page.getByRole('button', { name: '新增活动' }).click();
  const dialog = activityDialog(page);
  await expect(dialog).toBeVisible();
  await fillActivityForm(dialog, a);
  await saveButton(dialog).click();
  await expect(dialog).toBeHidden();
}

/** The drawer's own 关闭 at the bottom (the ✕ at the top is also called 关闭). */
export async function closeDrawer(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: '关闭', exact: true }).last().click();
  await expect(dialog).toBeHidden();
}

/**
 * The drawer's 保存 (not 保存并上传佐证). After a save antd may keep its spinner icon, collapsed, in
 * the button while the fade-out runs, so the name can read "loading 保存" for a moment.
 */
export function saveButton(dialog: Locator): Locator {
  return dialog.getByRole('button', { name: /^(loading )?保存$/ });
}

export function rowOf(page: Page, title: string): Locator {
  return page.getByRole('row').filter({ hasText: title });
}

/**
 * Seeds data straight through the HTTP API, for tests about something other than typing it. The
 * server refuses callers without its per-launch cookie, so the request context is signed in first.
 */
export async function apiCall<T>(request: APIRequestContext, baseUrl: string, op: string, input: unknown): Promise<T> {
  await signInTo(request, baseUrl);
  const response = await request.post(`${baseUrl}api/${op}`, { data: input });
  const body = (await response.json()) as { ok: boolean; data?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${op} 失败：${body.error?.message ?? response.status()}`);
  return body.data as T;
}

export async function categoryId(request: APIRequestContext, baseUrl: string, name: string): Promise<number> {
  const list = await apiCall<{ id: number; name: string }[]>(request, baseUrl, 'categories.list', {});
  const found = list.find((c) => c.name === name);
  if (!found) throw new Error(`没有类别“${name}”`);
  return found.id;
}

/** Creates an entry straight through the API; `category` by name. */
export async function seedActivity(
  request: APIRequestContext,
  baseUrl: string,
  category: string,
  fields: Record<string, unknown> & { date: string; title: string },
): Promise<{ id: string; title: string }> {
  const id = await categoryId(request, baseUrl, category);
  return apiCall<{ id: string; title: string }>(request, baseUrl, 'activities.create', { categoryId: id, ...fields });
}

/** The 搜索 box (a filter tag such as “搜索：普法” also mentions the word). */
export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: '搜索' });
}

export async function activityTotal(request: APIRequestContext, baseUrl: string, deleted: 'exclude' | 'only' = 'exclude'): Promise<number> {
  return (await apiCall<{ total: number }>(request, baseUrl, 'activities.list', { deleted })).total;
}
