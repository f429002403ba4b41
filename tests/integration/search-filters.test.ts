import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/operations';
import { AppError } from '../../shared/errors';
import { openTempApp } from '../helpers/temp-app';

type App = ReturnType<typeof openTempApp>;
type ListInput = InputOf<'activities.list'>;

interface Seeded {
  app: App;
  xuefa: number;
  pufa: number;
}

/** Six entries (one in the trash) across two categories, three departments, spans over a month and a year end. */
async function seed(): Promise<Seeded> {
  const app = openTempApp();
  const cats = await app.registry.call('categories.list', {});
  const xuefa = cats.find((c) => c.name === '学习贯彻习近平法治思想')!.id;
  const pufa = cats.find((c) => c.name === '普法宣传教育')!.id;
  const add = (date: string, endDate: string | null, title: string, categoryId: number, department: string, tags: string[]) =>
    app.registry.call('activities.create', { date, endDate, title, categoryId, department, tags, summary: `${title}，组织学习宣传` });
  await add('2024-03-15', null, 'A 集体学法', xuefa, '法规科', ['普法', '学法']);
  await add('2024-06-01', '2024-06-10', 'B 法律进社区', pufa, '宣传科', ['普法']);
  await add('2023-12-20', '2024-01-05', 'C 跨年宪法宣传周', pufa, '法规科', ['宪法日']);
  await add('2024-12-04', null, 'D 国家宪法日', pufa, '宣传科', ['宪法日', '普法']);
  await add('2023-05-01', null, 'E 会前学法', xuefa, '办公室', []);
  const trashed = await add('2024-07-01', null, 'F 已删除的普法活动', pufa, '法规科', ['普法']);
  await app.registry.call('activities.delete', { id: trashed.id });
  return { app, xuefa, pufa };
}

async function letters(app: App, input: ListInput): Promise<string> {
  const page = await app.registry.call('activities.list', input);
  expect(page.total).toBe(page.items.length);
  return page.items.map((a) => a.title[0]).sort().join('');
}

async function refused(app: App, input: unknown): Promise<AppError> {
  const err = await app.registry.call('activities.list', input as ListInput).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('invalid_input');
  return err as AppError;
}

describe('each filter alone', () => {
  it('year: an entry counts in the year it starts', async () => {
    const { app } = await seed();
    expect(await letters(app, { year: 2024 })).toBe('ABD');
    expect(await letters(app, { year: 2023 })).toBe('CE');
  });

  it('category: one, several, or both forms together (an entry in any of them)', async () => {
    const { app, xuefa, pufa } = await seed();
    expect(await letters(app, { categoryId: xuefa })).toBe('AE');
    expect(await letters(app, { categoryIds: [pufa] })).toBe('BCD');
    expect(await letters(app, { categoryIds: [xuefa, pufa] })).toBe('ABCDE');
    expect(await letters(app, { categoryId: xuefa, categoryIds: [pufa] })).toBe('ABCDE');
    expect(await letters(app, { categoryIds: [] })).toBe('ABCDE');
  });

  it('department: the exact name only', async () => {
    const { app } = await seed();
    expect(await letters(app, { department: '法规科' })).toBe('AC');
    expect(await letters(app, { department: '法规' })).toBe('');
  });

  it('tag: the exact tag only', async () => {
    const { app } = await seed();
    expect(await letters(app, { tag: '普法' })).toBe('ABD');
    expect(await letters(app, { tag: '宪法日' })).toBe('CD');
    expect(await letters(app, { tag: '普' })).toBe('');
  });
});

describe('date range: an entry matches if its span overlaps the range, both ends included', () => {
  const cases: [string, Pick<ListInput, 'from' | 'to'>, string][] = [
    ['a month holding only the end of a span across the year end', { from: '2024-01-01', to: '2024-01-31' }, 'C'],
    ['one day inside a span', { from: '2024-06-05', to: '2024-06-05' }, 'B'],
    ['a range starting on the last day of a span', { from: '2024-06-10', to: '2024-06-30' }, 'B'],
    ['a range ending on the first day of a span', { from: '2024-05-01', to: '2024-06-01' }, 'B'],
    ['a range just after a span', { from: '2024-06-11', to: '2024-06-30' }, ''],
    ['a single-day entry on the range end', { from: '2024-12-01', to: '2024-12-04' }, 'D'],
    ['from only', { from: '2024-06-05' }, 'BD'],
    ['to only', { to: '2023-12-31' }, 'CE'],
    ['the whole of 2024', { from: '2024-01-01', to: '2024-12-31' }, 'ABCD'],
  ];

  it.each(cases)('%s', async (_name, range, want) => {
    const { app } = await seed();
    expect(await letters(app, range)).toBe(want);
  });

  it('applies to the trash the same way', async () => {
    const { app } = await seed();
    expect(await letters(app, { deleted: 'only', from: '2024-07-01', to: '2024-07-01' })).toBe('F');
    expect(await letters(app, { deleted: 'only', from: '2024-07-02' })).toBe('');
  });
});

describe('filters together', () => {
  it('narrows by every filter given, with and without search text', async () => {
    const { app, pufa } = await seed();
    expect(await letters(app, { year: 2024, categoryId: pufa, department: '宣传科', tag: '宪法日' })).toBe('D');
    expect(await letters(app, { from: '2024-01-01', to: '2024-06-30', tag: '普法' })).toBe('AB');
    expect(await letters(app, { text: '宪法', year: 2024 })).toBe('D');
    expect(await letters(app, { text: '宪法', from: '2024-01-01', to: '2024-01-31' })).toBe('C');
    expect(await letters(app, { text: '学', department: '法规科', categoryIds: [pufa] })).toBe('C');
    expect(await letters(app, { text: '普法', deleted: 'only' })).toBe('F');
  });

  it('counts every match in `total` while returning one page, and pages neither overlap nor skip', async () => {
    const { app } = await seed();
    const seen: string[] = [];
    for (let offset = 0; offset < 6; offset += 2) {
      const page = await app.registry.call('activities.list', { tag: '普法', limit: 2, offset });
      expect(page.total).toBe(3);
      seen.push(...page.items.map((a) => a.title[0]!));
    }
    expect(seen).toEqual(['D', 'B', 'A']);
    const searched = await app.registry.call('activities.list', { text: '宣传', limit: 1 });
    expect(searched.total).toBe(5);
    expect(searched.items).toHaveLength(1);
  });
});

describe('sorting', () => {
  it('by date either way, by last change, and by title', async () => {
    let tick = 0;
    const app = openTempApp(undefined, () => `2024-01-01T00:00:${String(tick++).padStart(2, '0')}.000Z`);
    const [cat] = await app.registry.call('categories.list', {});
    const add = (date: string, title: string) => app.registry.call('activities.create', { date, title, categoryId: cat!.id });
    const b = await add('2024-02-01', 'B');
    await add('2024-03-01', 'C');
    await add('2024-01-01', 'A');
    await app.registry.call('activities.update', { id: b.id, summary: '改过' });
    const order = async (sort: ListInput['sort']) => (await app.registry.call('activities.list', { sort })).items.map((a) => a.title).join('');
    expect(await order('date_desc')).toBe('CBA');
    expect(await order('date_asc')).toBe('ABC');
    expect(await order('updated_desc')).toBe('BAC');
    expect(await order('title')).toBe('ABC');
  });
});

describe('bad filters are refused with a Chinese message naming the field', () => {
  it('refuses an end of range before its start', async () => {
    const { app } = await seed();
    const err = await refused(app, { from: '2024-06-01', to: '2024-05-31' });
    expect(err.message).toBe('截止日期：不能早于起始日期（2024-06-01）');
    expect(Object.keys(err.fields ?? {})).toEqual(['to']);
  });

  it('refuses relevance order without search text', async () => {
    const { app } = await seed();
    const err = await refused(app, { sort: 'relevance' });
    expect(err.message).toBe('排序：按相关度排序需要先填写搜索词');
  });

  const cases: [string, unknown, string][] = [
    ['a date that does not exist', { from: '2024-02-30' }, '起始日期：这一天不存在'],
    ['a date in another format', { to: '2024/6/1' }, '截止日期：应写成“年-月-日”'],
    ['a blank department', { department: '  ' }, '承办科室：不能为空'],
    ['a blank tag', { tag: '' }, '标签：不能为空'],
    ['a category list of text', { categoryIds: ['普法'] }, '类别第1项：应为数字'],
    ['an unknown sort', { sort: 'random' }, '排序：只能是'],
  ];

  it.each(cases)('%s', async (_name, input, message) => {
    const app = openTempApp();
    expect((await refused(app, input)).message).toContain(message);
  });
});
