import { describe, expect, it } from 'vitest';
import { stageUpload } from '../../electron/attachments';
import type { EvidenceKind } from '../../shared/domain/attachment';
import { AppError } from '../../shared/errors';
import { openTempApp } from '../helpers/temp-app';

type App = ReturnType<typeof openTempApp>;

async function* once(bytes: Buffer) {
  yield bytes;
}

let serial = 0;
/** A distinct small PDF each time, so no two attachments share a blob unless a test wants them to. */
async function attach(app: App, activityId: string, kind: EvidenceKind) {
  const staged = await stageUpload(app.ctx.dataDir, once(Buffer.from(`%PDF-1.7\n% ${serial++}\n`, 'latin1')), `${kind.replace('/', '')}.pdf`);
  return app.registry.call('attachments.add', { activityId, stagedId: staged.stagedId, kind, fileName: staged.fileName });
}

async function categoryId(app: App, name: string): Promise<number> {
  return (await app.registry.call('categories.list', {})).find((c) => c.name === name)!.id;
}

describe('evidence.gaps', () => {
  it('lists a 法治讲座 with only a photo as missing 签到表, and not once both are attached', async () => {
    const app = openTempApp();
    const study = await categoryId(app, '学习贯彻习近平法治思想');
    const lecture = await app.registry.call('activities.create', { date: '2024-06-20', categoryId: study, title: '法治专题讲座：学习新《公司法》' });
    await attach(app, lecture.id, '照片');
    expect(await app.registry.call('evidence.gaps', { year: 2024 })).toEqual([
      {
        activityId: lecture.id,
        date: '2024-06-20',
        datePrecision: 'day',
        endDate: null,
        title: '法治专题讲座：学习新《公司法》',
        categoryName: '学习贯彻习近平法治思想',
        missing: ['签到表'],
        rules: ['学法、讲座、培训'],
      },
    ]);
    await attach(app, lecture.id, '签到表');
    expect(await app.registry.call('evidence.gaps', { year: 2024 })).toEqual([]);
  });

  it('uses the category, keeps to the year and category asked, leaves out the trash, and orders by date', async () => {
    const app = openTempApp();
    const pufa = await categoryId(app, '普法宣传教育');
    const leadership = await categoryId(app, '党的领导与推进机制');
    const push = await app.registry.call('activities.create', { date: '2024-12-04', categoryId: pufa, title: '推送宪法知识' });
    const rectify = await app.registry.call('activities.create', { date: '2024-03-01', categoryId: leadership, title: '督察反馈问题', tags: ['整改'] });
    await app.registry.call('activities.create', { date: '2023-12-04', categoryId: pufa, title: '去年的宪法日' });
    const trashed = await app.registry.call('activities.create', { date: '2024-05-01', categoryId: pufa, title: '已删除的活动' });
    await app.registry.call('activities.delete', { id: trashed.id });
    await app.registry.call('activities.create', { date: '2024-04-01', categoryId: leadership, title: '党组会研究法治工作' });

    const all = await app.registry.call('evidence.gaps', { year: 2024 });
    expect(all.map((g) => [g.title, g.missing])).toEqual([
      ['督察反馈问题', ['整改报告']],
      ['推送宪法知识', ['照片', '签到表或报道']],
    ]);
    const onlyPufa = await app.registry.call('evidence.gaps', { year: 2024, categoryId: pufa });
    expect(onlyPufa.map((g) => g.activityId)).toEqual([push.id]);
    await attach(app, rectify.id, '整改报告');
    expect((await app.registry.call('evidence.gaps', { year: 2024 })).map((g) => g.activityId)).toEqual([push.id]);
  });

  it('refuses a category that does not exist, and a missing year, in Chinese', async () => {
    const app = openTempApp();
    const err = await app.registry.call('evidence.gaps', { year: 2024, categoryId: 999 }).catch((e: unknown) => e as AppError);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toContain('类别不存在');
    const noYear = await app.registry.call('evidence.gaps', {} as never).catch((e: unknown) => e as AppError);
    expect((noYear as AppError).message).toBe('年度：必须填写');
  });
});

describe('activities.list: the evidence filter', () => {
  it('lists entries with evidence, without evidence, or all', async () => {
    const app = openTempApp();
    const withPhoto = await app.registry.call('activities.create', { date: '2024-03-15', categoryId: 1, title: '集体学法' });
    const bare = await app.registry.call('activities.create', { date: '2024-04-15', categoryId: 1, title: '会前学法' });
    const photo = await attach(app, withPhoto.id, '照片');
    const ids = async (evidence?: 'with' | 'without') =>
      (await app.registry.call('activities.list', evidence ? { year: 2024, evidence } : { year: 2024 })).items.map((a) => a.id);
    expect(await ids('with')).toEqual([withPhoto.id]);
    expect(await ids('without')).toEqual([bare.id]);
    expect((await ids()).sort()).toEqual([withPhoto.id, bare.id].sort());
    expect((await app.registry.call('activities.list', { evidence: 'without' })).total).toBe(1);
    await app.registry.call('attachments.remove', { id: photo.id });
    expect(await ids('with')).toEqual([]);
  });

  it('refuses another value, naming the field in Chinese', async () => {
    const app = openTempApp();
    const err = await app.registry.call('activities.list', { evidence: 'some' as never }).catch((e: unknown) => e as AppError);
    expect((err as AppError).message).toBe('佐证材料：只能是：with、without');
  });
});
