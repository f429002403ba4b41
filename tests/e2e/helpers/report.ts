import type { Locator, Page } from '@playwright/test';
import { apiCall, categoryId } from './ledger';

// Seeding and finding things on the 年报 page, by what a person sees.

/** The year the page opens on: last year in January–March, otherwise this year (on the page's clock). */
export function reportYear(page: Page): Promise<number> {
  return page.evaluate(() => {
    const now = new Date();
    return now.getMonth() <= 2 ? now.getFullYear() - 1 : now.getFullYear();
  });
}

export async function seedEntry(page: Page, baseUrl: string, entry: { date: string; category: string; title: string; summary: string }): Promise<string> {
  const id = await categoryId(page.request, baseUrl, entry.category);
  const created = await apiCall<{ id: string }>(page.request, baseUrl, 'activities.create', {
    date: entry.date,
    categoryId: id,
    title: entry.title,
    summary: entry.summary,
  });
  return created.id;
}

export function paper(page: Page): Locator {
  return page.getByLabel('报告预览');
}

/** The paragraph (or heading) of the preview that contains this text. */
export function blockWith(page: Page, text: string): Locator {
  return paper(page).locator('[data-key]').filter({ hasText: text });
}
