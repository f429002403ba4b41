import path from 'node:path';
import { resolveDataDir } from '../../data-dir';
import { startBackupScheduler } from '../../backup/backup-scheduler';
import { openAppWithSharing } from '../../server/host-controller';
import type { WebServer } from '../../server/http-server';
import { startWebServer } from '../../server/http-server';
import type { CliCommand } from '../cli-types';
import { parseFlags } from '../parse-flags';
import { shiftedClock } from '../shifted-clock';
import { untilStopSignal } from '../stop-on-signal';

export const webCommand: CliCommand = {
  name: 'web',
  summary: '以浏览器模式启动（只允许本机访问）',
  usage: 'fazhi web [--data 数据文件夹] [--port 端口] [--today 年-月-日]',
  async run(args, io) {
    const { values } = parseFlags(args, { data: { type: 'string' }, port: { type: 'string' }, today: { type: 'string' } });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.err(`端口“${values.port}”不正确，应为 0—65535 的整数（0 表示自动选择）。`);
      return 2;
    }
    const clock = values.today === undefined ? null : shiftedClock(values.today);
    if (clock && 'error' in clock) {
      io.err(clock.error);
      return 2;
    }
    const rendererDir = path.join(__dirname, 'renderer');
    // 局域网共享 can be started from the page (the 局域网共享 page), beside this server.
    const { app, host } = openAppWithSharing({ dataDir: resolveDataDir(values.data), shell: 'browser', allowRecovery: true, ...(clock ? { now: clock.now } : {}) }, rendererDir);
    let server: WebServer;
    try {
      server = await startWebServer({ registry: app.registry, rendererDir, port, log: app.log });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      app.log.warn(`浏览器模式未能启动：${code ?? '未知原因'}`);
      app.close();
      if (code !== 'EADDRINUSE' && code !== 'EACCES') throw err;
      io.err(code === 'EADDRINUSE' ? `端口 ${port} 已被其他程序占用。请换一个端口（--port），或不写 --port 让程序自动选择。` : `没有权限使用端口 ${port}，请换一个 1024 以上的端口。`);
      return 1;
    }
    app.log.info(`浏览器模式已启动，端口 ${server.port}`);
    const backups = startBackupScheduler(app.liveContext, (message, err) => io.err(`${message}：${(err as Error).message}`));
    // The token is this launch's secret: printed for the person who started it, never written to the log.
    io.out(`法治台账浏览器模式已启动：${server.address}`);
    io.out('请在浏览器中打开上面这个完整的地址（含 ?token=…）。地址中的口令只在本次运行期间有效，请勿发给他人；不带口令打开的页面不能查看或修改数据。');
    if (values.today !== undefined) io.out(`程序中的“今天”已设为 ${values.today}（演示或检查用：提醒、报送期限按这一天计算，新记录的登记时间也从这一天算起）。`);
    io.out(`数据文件夹：${app.dataDir}`);
    const damaged = app.recovery();
    if (damaged) io.err(`数据文件已损坏，已进入恢复模式（请在页面上从备份恢复）。损坏的文件已另存在：${damaged.damagedCopy}`);
    io.out('按 Ctrl+C 退出。');
    return untilStopSignal(async () => {
      // 局域网共享 too, before the store closes: no colleague's call may reach a closed store.
      await Promise.all([host.stop(), server.close(), backups.stop()]);
      app.log.info('浏览器模式已停止');
      app.close();
    });
  },
};
