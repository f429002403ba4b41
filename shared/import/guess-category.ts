import type { Category } from '../domain/category';
import { CATEGORY_KEYWORDS } from './category-keywords';

// A category for a row of an old 台账 that has none, from the words of its title, or for a whole sheet
// from its name. Only a suggestion: the import preview shows it and the user may change it.

interface Candidate {
  word: string;
  category: Category;
}

// Quotation and book-title marks split the words people mean (“八五”普法, 《民法典》宣传); full-width
// letters and digits fold (１２３４５). Spaces stay, so words are not found across two joined texts.
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/[“”"‘’'《》〈〉「」『』]/g, '');
}

const length = (word: string): number => [...word].length;

/**
 * Words to look for, in order of precedence at equal length: the keyword rules of each visible
 * default category (found by key, whatever it is called now), then every visible category's name
 * and aliases, so a category a unit added is found by its own words.
 */
function candidates(categories: readonly Category[]): Candidate[] {
  const visible = categories.filter((c) => !c.hidden);
  const byKey = new Map<string, Category>();
  for (const c of visible) if (c.key !== null && !byKey.has(c.key)) byKey.set(c.key, c);
  const list: Candidate[] = [];
  for (const rule of CATEGORY_KEYWORDS) {
    const category = byKey.get(rule.key);
    if (category) for (const word of rule.words) list.push({ word, category });
  }
  for (const category of visible) for (const word of [category.name, ...category.aliases]) list.push({ word, category });
  return list;
}

/** The visible category whose longest word appears in the text; at equal length the earlier rule. Null when none does. */
export function guessCategory(text: string, categories: readonly Category[]): Category | null {
  const haystack = normalize(text);
  let best: { category: Category; length: number } | null = null;
  for (const { word, category } of candidates(categories)) {
    const needle = normalize(word).trim();
    // A one-character name (a unit's own category "法") would match almost any title.
    if (length(needle) < 2 || !haystack.includes(needle)) continue;
    if (best === null || length(needle) > best.length) best = { category, length: length(needle) };
  }
  return best?.category ?? null;
}

const SPREADSHEET_EXTENSION = /\.(xlsx|xlsm|xls|et|ods|csv)$/i;

/**
 * The category a sheet or file is kept for ("普法宣传台账", "2024年学法台账.xlsx", "行政执法统计表"),
 * or null for a name that covers the whole 台账 ("Sheet1", "台账", "2024年法治工作台账"): such names
 * hold no category word, so the same rules decide.
 */
export function categoryForSheetName(name: string, categories: readonly Category[]): Category | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  return guessCategory(base.replace(SPREADSHEET_EXTENSION, ''), categories);
}
