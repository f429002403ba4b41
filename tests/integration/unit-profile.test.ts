import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { openTempApp, tempDir } from '../helpers/temp-app';

describe('unit profile', () => {
  it('starts empty and keeps what is saved across a reopen', async () => {
    const dir = tempDir();
    const app = openTempApp(dir);
    expect(await app.registry.call('unit.get', {})).toMatchObject({ name: '', type: '政府部门', departments: [], updatedAt: null });
    await app.registry.call('unit.update', { name: '某区司法局', type: '政府部门', leaderName: '张三', leaderTitle: '党组书记、局长', departments: ['办公室', '法治督察科'] });
    await app.registry.call('unit.update', { operatorName: '李四' });
    app.close();
    const again = openTempApp(dir);
    expect(await again.registry.call('unit.get', {})).toMatchObject({
      name: '某区司法局',
      leaderName: '张三',
      leaderTitle: '党组书记、局长',
      departments: ['办公室', '法治督察科'],
      operatorName: '李四',
    });
  });

  it('refuses an unknown unit type and duplicate departments, changing nothing', async () => {
    const app = openTempApp();
    await app.registry.call('unit.update', { name: '原名称' });
    for (const bad of [{ type: '企业' }, { departments: ['办公室', '办公室'] }, { name: '名'.repeat(61) }]) {
      const err = await app.registry.call('unit.update', bad as never).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('invalid_input');
      expect((err as AppError).message).toMatch(/单位类型：只能是：政府、政府部门、事业单位、其他|科室：科室名称有重复|单位名称：不能超过60个字/);
    }
    expect((await app.registry.call('unit.get', {})).name).toBe('原名称');
  });
});
