import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/operations';
import { AppError } from '../../shared/errors';
import { openTempApp, tempDir } from '../helpers/temp-app';

type CreateInput = InputOf<'activities.create'>;

const lecture: CreateInput = {
  date: '2024-03-15',
  categoryId: 1,
  title: '集体学法：学习《行政复议法》',
  summary: '组织党组理论学习中心组集体学习新修订的《行政复议法》',
  department: '法规科',
  participantCount: 32,
  location: '三楼会议室',
  tags: ['集体学法', '复议'],
};

async function rejected(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

function countRows(app: ReturnType<typeof openTempApp>): number {
  return (app.ctx.db.prepare('SELECT count(*) AS n FROM activities').get() as { n: number }).n;
}

describe('activities: create, get, list', () => {
  it('creates an entry with a stable UUID and timestamps, and reads it back', async () => {
    const app = openTempApp(undefined, () => '2024-03-15T08:00:00.000Z');
    const created = await app.registry.call('activities.create', lecture);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ ...lecture, categoryName: '学习贯彻习近平法治思想', endDate: null, deletedAt: null, details: '' });
    expect(created.createdAt).toBe('2024-03-15T08:00:00.000Z');
    expect(await app.registry.call('activities.get', { id: created.id })).toEqual(created);
  });

  it('survives closing and reopening the data folder', async () => {
    const dir = tempDir();
    const first = openTempApp(dir);
    const created = await first.registry.call('activities.create', lecture);
    first.close();
    const second = openTempApp(dir);
    const page = await second.registry.call('activities.list', { year: 2024 });
    expect(page.items.map((a) => a.id)).toEqual([created.id]);
    expect(page.items[0]!.tags).toEqual(['集体学法', '复议']);
  });

  it('lists by year, by category and by text, newest first, with a total for paging', async () => {
    const app = openTempApp();
    const cats = await app.registry.call('categories.list', {});
    const pufa = cats.find((c) => c.name === '普法宣传教育')!;
    await app.registry.call('activities.create', lecture);
    await app.registry.call('activities.create', { ...lecture, date: '2024-12-04', categoryId: pufa.id, title: '国家宪法日宣传', summary: '在广场开展宪法宣传' });
    await app.registry.call('activities.create', { ...lecture, date: '2023-12-04', categoryId: pufa.id, title: '2023年宪法日', summary: '' });
    const y2024 = await app.registry.call('activities.list', { year: 2024 });
    expect(y2024.total).toBe(2);
    expect(y2024.items.map((a) => a.date)).toEqual(['2024-12-04', '2024-03-15']);
    const byCat = await app.registry.call('activities.list', { categoryId: pufa.id });
    expect(byCat.items.map((a) => a.title).sort()).toEqual(['2023年宪法日', '国家宪法日宣传']);
    const byText = await app.registry.call('activities.list', { text: '宪法' });
    expect(byText.total).toBe(2);
    const oneChar = await app.registry.call('activities.list', { text: '复' });
    expect(oneChar.items.map((a) => a.title)).toEqual(['集体学法：学习《行政复议法》']);
    const paged = await app.registry.call('activities.list', { limit: 1, offset: 1, sort: 'date_asc' });
    expect(paged.total).toBe(3);
    expect(paged.items.map((a) => a.date)).toEqual(['2024-03-15']);
  });

  it('treats % and _ in search text as plain characters', async () => {
    const app = openTempApp();
    await app.registry.call('activities.create', { ...lecture, title: '完成率100%的整改' });
    await app.registry.call('activities.create', { ...lecture, title: '另一条', summary: '无关' });
    expect((await app.registry.call('activities.list', { text: '%' })).items.map((a) => a.title)).toEqual(['完成率100%的整改']);
    expect((await app.registry.call('activities.list', { text: '_' })).total).toBe(0);
  });
});

describe('activities: update, delete, restore', () => {
  it('updates only the given fields and bumps updatedAt', async () => {
    let t = 0;
    const app = openTempApp(undefined, () => `2024-03-15T08:00:0${t++}.000Z`);
    const created = await app.registry.call('activities.create', lecture);
    const updated = await app.registry.call('activities.update', { id: created.id, title: '集体学法（第二次）', tags: ['学法'], participantCount: null });
    expect(updated).toMatchObject({ title: '集体学法（第二次）', tags: ['学法'], participantCount: null, summary: lecture.summary, department: '法规科' });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(created.createdAt);
  });

  it('moves a deleted entry to the trash, keeps it out of the year, and restores it', async () => {
    const app = openTempApp();
    const created = await app.registry.call('activities.create', lecture);
    const deleted = await app.registry.call('activities.delete', { id: created.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await app.registry.call('activities.list', { year: 2024 })).total).toBe(0);
    expect((await app.registry.call('activities.list', { deleted: 'only' })).items.map((a) => a.id)).toEqual([created.id]);
    const err = await rejected(app.registry.call('activities.update', { id: created.id, title: '改' }));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('回收站');
    const restored = await app.registry.call('activities.restore', { id: created.id });
    expect(restored.deletedAt).toBeNull();
    expect((await app.registry.call('activities.list', { year: 2024 })).total).toBe(1);
  });

  it('says plainly when an entry does not exist', async () => {
    const app = openTempApp();
    const err = await rejected(app.registry.call('activities.get', { id: '00000000-0000-4000-8000-000000000000' }));
    expect(err.code).toBe('not_found');
    expect(err.message).toContain('找不到');
  });
});

describe('activities: bad input is refused with a Chinese message and nothing is written', () => {
  const cases: [string, unknown, RegExp][] = [
    ['a date that does not exist', { ...lecture, date: '2023-02-30' }, /日期：这一天不存在/],
    ['a date in another format', { ...lecture, date: '2024/3/15' }, /日期：应写成“年-月-日”/],
    ['a missing title', { ...lecture, title: '' }, /事项标题：不能为空/],
    ['a title of spaces only', { ...lecture, title: '   ' }, /事项标题：不能为空/],
    ['a title over the limit', { ...lecture, title: '法'.repeat(101) }, /事项标题：不能超过100个字/],
    ['a wrong type', { ...lecture, participantCount: '三十' }, /参加人数：应为数字/],
    ['a negative count', { ...lecture, participantCount: -1 }, /参加人数：不能小于0/],
    ['an unknown field', { ...lecture, secret: 1 }, /不认识的字段：secret/],
    ['a missing category', { ...lecture, categoryId: undefined }, /类别：必须填写/],
    ['a title with a line break', { ...lecture, title: '第一行\n第二行' }, /事项标题：不能含换行或控制字符/],
    ['too many tags', { ...lecture, tags: Array.from({ length: 21 }, (_, i) => `标签${i}`) }, /标签：最多20项/],
    ['an end before the start', { ...lecture, endDate: '2024-03-01' }, /^结束日期：不能早于开始日期$/],
    ['not an object at all', 'hello', /请求内容/],
  ];

  it.each(cases)('%s', async (_name, input, message) => {
    const app = openTempApp();
    const err = await rejected(app.registry.call('activities.create', input as CreateInput));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(message);
    expect(countRows(app)).toBe(0);
  });

  it('names the field in `fields` so a form can mark the right box', async () => {
    const app = openTempApp();
    const err = await rejected(app.registry.call('activities.create', { ...lecture, title: '', date: '2023-02-29' }));
    expect(Object.keys(err.fields ?? {}).sort()).toEqual(['date', 'title']);
  });

  it('refuses a category that is not there', async () => {
    const app = openTempApp();
    const err = await rejected(app.registry.call('activities.create', { ...lecture, categoryId: 999 }));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toContain('类别不存在');
    expect(countRows(app)).toBe(0);
  });

  it('refuses an update that puts the end before the stored start, and keeps the entry as it was', async () => {
    const app = openTempApp();
    const created = await app.registry.call('activities.create', { ...lecture, endDate: '2024-03-20' });
    const err = await rejected(app.registry.call('activities.update', { id: created.id, date: '2024-04-01' }));
    expect(err.message).toContain('结束日期');
    expect(await app.registry.call('activities.get', { id: created.id })).toEqual(created);
  });

  it('accepts 29 February in a leap year', async () => {
    const app = openTempApp();
    await expect(app.registry.call('activities.create', { ...lecture, date: '2024-02-29' })).resolves.toMatchObject({ date: '2024-02-29' });
  });
});
