import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/operations';
import { openTempApp } from '../helpers/temp-app';

type App = ReturnType<typeof openTempApp>;
type CreateInput = InputOf<'activities.create'>;

const ENTRIES: Omit<CreateInput, 'categoryId'>[] = [
  { date: '2024-03-15', title: '集体学法：学习《行政复议法》', summary: '组织党组理论学习中心组集体学习新修订的条文' },
  { date: '2024-12-04', title: '国家宪法日普法宣传', summary: '在文化广场开展宪法宣传，发放资料' },
  { date: '2024-06-16', title: '安全生产月咨询日', summary: '对辖区企业开展节前安全检查' },
  { date: '2024-05-20', title: '开展行政复议案件评查', summary: '抽查本年度案卷' },
  { date: '2024-04-15', title: '国家安全教育日活动', summary: '', details: '现场发放宣传单行本300册' },
  { date: '2024-09-01', title: '2024年度ABC项目法治讲座', summary: '邀请律师授课' },
];

async function seed(app: App, entries = ENTRIES): Promise<Map<string, string>> {
  const [category] = await app.registry.call('categories.list', {});
  const ids = new Map<string, string>();
  for (const e of entries) ids.set(e.title, (await app.registry.call('activities.create', { ...e, categoryId: category!.id })).id);
  return ids;
}

async function titles(app: App, text: string, extra: Omit<InputOf<'activities.list'>, 'text'> = {}): Promise<string[]> {
  const page = await app.registry.call('activities.list', { text, ...extra });
  expect(page.total).toBe(page.items.length);
  return page.items.map((a) => a.title).sort();
}

/** What a plain substring search over the text would find, ignoring punctuation as the index does. */
function expected(entries: typeof ENTRIES, term: string): string[] {
  const plain = (s: string | undefined) => (s ?? '').replace(/[^\p{L}\p{N}]/gu, '');
  return entries.filter((e) => [e.title, e.summary, e.details].some((s) => plain(s).includes(term))).map((e) => e.title).sort();
}

describe('search finds terms of 1, 2 and 4 characters', () => {
  it('finds exactly the entries holding each term, whatever its length', async () => {
    const app = openTempApp();
    await seed(app);
    for (const term of ['法', '复', '普法', '复议', '宣传', '安全', '行政复议', '安全检查', '宪法宣传', '学习党组']) {
      expect(await titles(app, term), term).toEqual(expected(ENTRIES, term));
    }
    expect(await titles(app, '法')).toEqual(['2024年度ABC项目法治讲座', '国家宪法日普法宣传', '集体学法：学习《行政复议法》']);
    expect(await titles(app, '行政复议')).toEqual(['开展行政复议案件评查', '集体学法：学习《行政复议法》']);
  });

  it('finds a term that spans two words of a title (复议|案件 → 议案)', async () => {
    const app = openTempApp();
    await seed(app);
    expect(await titles(app, '议案')).toEqual(['开展行政复议案件评查']);
    expect(await titles(app, '日普')).toEqual(['国家宪法日普法宣传']);
  });

  it('finds a term that is only in the details', async () => {
    const app = openTempApp();
    await seed(app);
    expect(await titles(app, '单行本')).toEqual(['国家安全教育日活动']);
  });

  it('needs every space-separated word: several words narrow the list', async () => {
    const app = openTempApp();
    await seed(app);
    expect(await titles(app, '宣传 宪法')).toEqual(['国家宪法日普法宣传']);
    expect(await titles(app, '宣传\u3000单行本')).toEqual(['国家安全教育日活动']);
    expect(await titles(app, '宪法 单行本')).toEqual([]);
  });

  it('finds digits and Latin letters, whatever the case or width', async () => {
    const app = openTempApp();
    await seed(app);
    for (const term of ['2024', '024', '２０２４', 'ABC', 'abc', 'ab', 'ABC项目']) {
      expect(await titles(app, term), term).toEqual(['2024年度ABC项目法治讲座']);
    }
    expect(await titles(app, '300')).toEqual(['国家安全教育日活动']);
    expect(await titles(app, 'ABCD')).toEqual([]);
  });
});

describe('the index follows every change', () => {
  it('finds an edited title by its new words and no longer by its old ones', async () => {
    const app = openTempApp();
    const ids = await seed(app);
    await app.registry.call('activities.update', { id: ids.get('安全生产月咨询日')!, title: '消防应急疏散演练' });
    expect(await titles(app, '咨询')).toEqual([]);
    expect(await titles(app, '疏散')).toEqual(['消防应急疏散演练']);
    expect(await titles(app, '安全检查')).toEqual(['消防应急疏散演练']);
  });

  it('leaves a trashed entry out of the list, shows it in the trash, and brings it back on restore', async () => {
    const app = openTempApp();
    const ids = await seed(app);
    const id = ids.get('国家宪法日普法宣传')!;
    await app.registry.call('activities.delete', { id });
    expect(await titles(app, '宪法')).toEqual([]);
    expect(await titles(app, '宪法', { deleted: 'only' })).toEqual(['国家宪法日普法宣传']);
    await app.registry.call('activities.restore', { id });
    expect(await titles(app, '宪法')).toEqual(['国家宪法日普法宣传']);
  });

  it('forgets an entry deleted for good, and a new entry does not inherit its place', async () => {
    const app = openTempApp();
    const ids = await seed(app);
    const id = ids.get('2024年度ABC项目法治讲座')!;
    await app.registry.call('activities.delete', { id });
    await app.registry.call('activities.purge', { id, confirm: '彻底删除' });
    expect(await titles(app, '律师', { deleted: 'only' })).toEqual([]);
    await seed(app, [{ date: '2024-10-10', title: '合同合法性审查', summary: '' }]);
    expect(await titles(app, '律师')).toEqual([]);
    expect(await titles(app, '合同')).toEqual(['合同合法性审查']);
  });
});

describe('what users type is text, never query syntax', () => {
  const typed = ['"', '""', '*', '-', '-法', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(复议', '(', ')', '^', ':', '"行政', '复议*', '法 AND', 'title:法', '{title}', '+', '\\'];

  it.each(typed)('searching for %s gives a list, not an error', async (text) => {
    const app = openTempApp();
    await seed(app);
    const page = await app.registry.call('activities.list', { text });
    expect(page.total).toBe(page.items.length);
  });

  it('reads the words around the syntax characters as plain search words', async () => {
    const app = openTempApp();
    await seed(app);
    expect(await titles(app, '复议*')).toEqual(expected(ENTRIES, '复议'));
    expect(await titles(app, '"行政')).toEqual(expected(ENTRIES, '行政'));
    expect(await titles(app, 'NEAR(复议')).toEqual([]);
    expect(await titles(app, '《行政复议法》')).toEqual(['集体学法：学习《行政复议法》']);
  });

  it('matches a word of punctuation only as it is written', async () => {
    const app = openTempApp();
    await seed(app);
    expect(await titles(app, '《')).toEqual(['集体学法：学习《行政复议法》']);
    expect(await titles(app, '，')).toEqual(['国家宪法日普法宣传']);
    expect(await titles(app, '-')).toEqual([]);
  });
});

describe('sorting search results', () => {
  it('orders by date (newest first) unless asked for relevance, which puts a title match first', async () => {
    const app = openTempApp();
    await seed(app, [
      { date: '2024-01-10', title: '民法典宣传月', summary: '' },
      { date: '2024-11-30', title: '年度工作总结', summary: '', details: '其中开展民法典宣传两次' },
    ]);
    const byDate = await app.registry.call('activities.list', { text: '民法典' });
    expect(byDate.items.map((a) => a.title)).toEqual(['年度工作总结', '民法典宣传月']);
    const byRelevance = await app.registry.call('activities.list', { text: '民法典', sort: 'relevance' });
    expect(byRelevance.items.map((a) => a.title)).toEqual(['民法典宣传月', '年度工作总结']);
  });
});
