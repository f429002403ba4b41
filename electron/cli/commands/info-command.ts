import type { CliCommand } from '../cli-types';
import { parseFlags } from '../parse-flags';
import { withDataFolder } from '../with-data-folder';

export const infoCommand: CliCommand = {
  name: 'info',
  summary: '显示版本、数据文件夹和数据版本',
  usage: 'fazhi info [--data 数据文件夹]',
  async run(args, io) {
    const { values } = parseFlags(args, { data: { type: 'string' } });
    return withDataFolder(values.data, { readOnlyWhenBusy: true }, async (app) => {
      const info = await app.registry.call('app.info', {});
      io.out(`法治台账 ${info.version}`);
      io.out(`数据文件夹：${info.dataDir}`);
      io.out(`数据文件：${info.databasePath}（数据版本 ${info.schemaVersion}）`);
      return 0;
    });
  },
};
