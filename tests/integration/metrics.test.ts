import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../shared/domain/default-categories';
import { DEFAULT_METRICS } from '../../shared/domain/metric-defaults';
import { rejected } from '../helpers/rejected';
import { openTempApp } from '../helpers/temp-app';

async function categoryId(app: ReturnType<typeof openTempApp>, key: string): Promise<number> {
  return (await app.registry.call('categories.list', {})).find((c) => c.key === key)!.id;
}

describe('metric definitions: the defaults', () => {
  it('seeds each category with its typical metrics, in order, with units, kinds and counters', async () => {
    const app = openTempApp();
    const pufa = await app.registry.call('metrics.definitions.list', { categoryId: await categoryId(app, 'pufa') });
    expect(pufa.map((d) => `${d.name} ${d.unit}`)).toEqual(['开展活动 次', '参与 人次', '发放资料 份', '接待咨询 人次', '推送推文 条', '短视频 条', '短信 万条']);
    const enforcement = await app.registry.call('metrics.definitions.list', { categoryId: await categoryId(app, 'enforcement') });
    expect(enforcement.find((d) => d.name === '罚款')).toMatchObject({ unit: '万元', kind: 'amount', counter: true, hidden: false });
    expect(enforcement.find((d) => d.name === '公示率')).toMatchObject({ unit: '%', kind: 'rate', counter: false });
    const disputes = await app.registry.call('metrics.definitions.list', { categoryId: await categoryId(app, 'disputes') });
    expect(disputes.filter((d) => d.counter).map((d) => d.name)).toEqual(['行政复议', '行政诉讼', '调解', '信访', '热线']);
  });

  it('lists every category’s definitions, following the category order', async () => {
    const app = openTempApp();
    const all = await app.registry.call('metrics.definitions.list', {});
    const expected = Object.values(DEFAULT_METRICS).reduce((n, list) => n + list.length, 0);
    expect(all).toHaveLength(expected);
    const cats = await app.registry.call('categories.list', {});
    const keyOf = new Map(cats.map((c) => [c.id, c.key]));
    const keysInOrder = [...new Set(all.map((d) => keyOf.get(d.categoryId)))];
    expect(keysInOrder).toEqual(DEFAULT_CATEGORIES.map((c) => c.key).filter((k) => (DEFAULT_METRICS[k] ?? []).length > 0));
  });
});

describe('metric definitions: editing', () => {
  it('adds a definition at the end of its category', async () => {
    const app = openTempApp();
    const pufaId = await categoryId(app, 'pufa');
    const created = await app.registry.call('metrics.definitions.create', { categoryId: pufaId, name: '法律明白人', unit: '人' });
    expect(created).toMatchObject({ categoryId: pufaId, name: '法律明白人', unit: '人', kind: 'count', counter: false, hidden: false });
    const list = await app.registry.call('metrics.definitions.list', { categoryId: pufaId });
    expect(list.at(-1)!.id).toBe(created.id);
  });

  it('renames, changes unit and kind, hides and reorders', async () => {
    const app = openTempApp();
    const pufaId = await categoryId(app, 'pufa');
    const [first, second] = await app.registry.call('metrics.definitions.list', { categoryId: pufaId });
    const renamed = await app.registry.call('metrics.definitions.update', { id: second!.id, name: '参与群众', unit: '万人次', kind: 'amount', counter: true });
    expect(renamed).toMatchObject({ name: '参与群众', unit: '万人次', kind: 'amount', counter: true });
    await app.registry.call('metrics.definitions.update', { id: first!.id, hidden: true, sortOrder: 1000 });
    const list = await app.registry.call('metrics.definitions.list', { categoryId: pufaId });
    expect(list.at(-1)).toMatchObject({ id: first!.id, hidden: true, sortOrder: 1000 });
    expect(list[0]!.name).toBe('参与群众');
    const unhidden = await app.registry.call('metrics.definitions.update', { id: first!.id, hidden: false });
    expect(unhidden.hidden).toBe(false);
  });

  it('refuses a name already used in the same category, but allows it in another', async () => {
    const app = openTempApp();
    const pufaId = await categoryId(app, 'pufa');
    const err = await rejected(app.registry.call('metrics.definitions.create', { categoryId: pufaId, name: ' 参与 ', unit: '人' }));
    expect(err.code).toBe('conflict');
    expect(err.message).toBe('“普法宣传教育”类别中已有名为“参与”的指标，请换一个名称。');
    expect(err.fields).toHaveProperty('name');
    const [, second] = await app.registry.call('metrics.definitions.list', { categoryId: pufaId });
    const renameErr = await rejected(app.registry.call('metrics.definitions.update', { id: second!.id, name: '开展活动' }));
    expect(renameErr.code).toBe('conflict');
    await expect(app.registry.call('metrics.definitions.update', { id: second!.id, name: '参与' })).resolves.toMatchObject({ name: '参与' });
    await expect(app.registry.call('metrics.definitions.create', { categoryId: await categoryId(app, 'study'), name: '参与' })).resolves.toMatchObject({ name: '参与' });
  });

  it.each([
    ['an empty name', { name: '' }, /指标名称：不能为空/],
    ['a long name', { name: '指'.repeat(31) }, /指标名称：不能超过30个字/],
    ['a long unit', { name: '新指标', unit: '单'.repeat(11) }, /单位：不能超过10个字/],
    ['an unknown kind', { name: '新指标', kind: 'ratio' }, /指标类型：只能是：count、rate、amount/],
    ['an unknown field', { name: '新指标', colour: 'red' }, /含有不认识的字段：colour/],
  ])('refuses %s in Chinese', async (_n, extra, message) => {
    const app = openTempApp();
    const before = (await app.registry.call('metrics.definitions.list', {})).length;
    const err = await rejected(app.registry.call('metrics.definitions.create', { categoryId: 1, ...extra } as never));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(message);
    expect(await app.registry.call('metrics.definitions.list', {})).toHaveLength(before);
  });

  it('refuses a category or definition that does not exist', async () => {
    const app = openTempApp();
    expect((await rejected(app.registry.call('metrics.definitions.create', { categoryId: 999, name: '新指标' }))).message).toContain('类别不存在');
    expect((await rejected(app.registry.call('metrics.definitions.list', { categoryId: 999 }))).message).toContain('类别不存在');
    const err = await rejected(app.registry.call('metrics.definitions.update', { id: 99999, hidden: true }));
    expect(err.code).toBe('not_found');
    expect(err.message).toContain('找不到这个常用指标');
  });
});
