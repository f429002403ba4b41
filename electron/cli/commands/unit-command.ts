import { UNIT_TYPES } from '../../../shared/domain/unit';
import type { CliCommand } from '../cli-types';
import { parseFlags } from '../parse-flags';
import { withDataFolder } from '../with-data-folder';

export const unitCommand: CliCommand = {
  name: 'unit',
  summary: '设置单位信息（名称、类型、主要负责人），报告的标题和署名用它',
  usage: 'fazhi unit --name 单位名称 [--type 类型] [--leader 主要负责人] [--leader-title 职务] [--data 数据文件夹]',
  async run(args, io) {
    const { values } = parseFlags(args, {
      data: { type: 'string' },
      name: { type: 'string' },
      type: { type: 'string' },
      leader: { type: 'string' },
      'leader-title': { type: 'string' },
    });
    if (!values.name?.trim()) {
      io.err('请用 --name 给出单位名称，例如：fazhi unit --name 某区司法局 --type 政府部门');
      return 2;
    }
    if (values.type !== undefined && !(UNIT_TYPES as readonly string[]).includes(values.type)) {
      io.err(`单位类型“${values.type}”不对，只能是：${UNIT_TYPES.join('、')}`);
      return 2;
    }
    return withDataFolder(values.data, {}, async (app) => {
      const unit = await app.registry.call('unit.update', {
        name: values.name,
        ...(values.type === undefined ? {} : { type: values.type as (typeof UNIT_TYPES)[number] }),
        ...(values.leader === undefined ? {} : { leaderName: values.leader }),
        ...(values['leader-title'] === undefined ? {} : { leaderTitle: values['leader-title'] }),
      });
      const leader = [unit.leaderTitle, unit.leaderName].filter(Boolean).join('');
      io.out(`已保存单位信息：${unit.name}（${unit.type}）${leader ? `，主要负责人：${leader}` : ''}`);
      return 0;
    });
  },
};
