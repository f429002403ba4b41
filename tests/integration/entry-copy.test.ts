import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/operations';
import { rejected } from '../helpers/rejected';
import { openTempApp } from '../helpers/temp-app';

const training: InputOf<'activities.create'> = {
  date: '2024-04-08',
  endDate: '2024-04-10',
  categoryId: 6,
  title: '行政执法人员培训及考试',
  summary: '组织全局执法人员开展执法业务培训和法律知识考试',
  department: '法规科',
  participantCount: 45,
  participantsDesc: '全局持证执法人员',
  leaderRole: '参加',
  docTitle: '关于举办2024年行政执法人员培训班的通知',
  docNumber: '柳莲保发〔2024〕3号',
  period: '',
  location: '培训中心',
  tags: ['执法培训'],
  metrics: [
    { name: '参训', value: 45, unit: '人' },
    { name: '考试通过', value: 44, unit: '人' },
  ],
};

describe('copying an entry', () => {
  it('makes a new entry with the same fields and title, dated today, the span kept', async () => {
    const app = openTempApp(undefined, () => '2024-09-02T12:00:00.000Z');
    const source = await app.registry.call('activities.create', training);
    const copy = await app.registry.call('activities.copy', { id: source.id });
    expect(copy.id).not.toBe(source.id);
    const { id: _a, date: _b, endDate: _c, ...same } = source;
    expect(copy).toMatchObject(same);
    expect(copy.date).toBe('2024-09-02');
    expect(copy.endDate).toBe('2024-09-04');
    expect((await app.registry.call('activities.list', {})).total).toBe(2);
  });

  it('uses the date given, and a single-day entry stays single-day', async () => {
    const app = openTempApp();
    const source = await app.registry.call('activities.create', { ...training, endDate: null });
    const copy = await app.registry.call('activities.copy', { id: source.id, date: '2025-01-06' });
    expect(copy).toMatchObject({ date: '2025-01-06', endDate: null, title: training.title, metrics: source.metrics });
  });

  it('records a create in the history naming the source', async () => {
    const app = openTempApp();
    await app.registry.call('unit.update', { operatorName: '张敏' });
    const source = await app.registry.call('activities.create', training);
    const copy = await app.registry.call('activities.copy', { id: source.id, date: '2024-10-08' });
    const [row] = await app.registry.call('activities.history', { id: copy.id });
    expect(row).toMatchObject({ action: 'create', operator: '张敏', title: training.title });
    expect(row!.note).toContain(source.id);
    expect(row!.changes).toMatchObject({ date: '2024-10-08', docNumber: training.docNumber, metrics: source.metrics });
  });

  it('is independent of its source afterwards', async () => {
    const app = openTempApp();
    const source = await app.registry.call('activities.create', training);
    const copy = await app.registry.call('activities.copy', { id: source.id, date: '2024-10-08' });
    await app.registry.call('activities.update', { id: copy.id, metrics: [{ name: '参训', value: 50, unit: '人' }], tags: ['复训'] });
    expect(await app.registry.call('activities.get', { id: source.id })).toEqual(source);
  });

  it('refuses an entry in the trash, and a bad date', async () => {
    const app = openTempApp();
    const source = await app.registry.call('activities.create', training);
    await app.registry.call('activities.delete', { id: source.id });
    const err = await rejected(app.registry.call('activities.copy', { id: source.id }));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('回收站');
    const bad = await rejected(app.registry.call('activities.copy', { id: source.id, date: '2024-02-30' }));
    expect(bad.message).toMatch(/日期：这一天不存在/);
    expect((await app.registry.call('activities.list', {})).total).toBe(0);
  });
});
