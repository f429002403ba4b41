import path from 'node:path';
import { isThisHost } from './holder-gone';
import { LOCK_FILE, PROGRAM_KIND_LABELS } from './lock-holder';
import type { LockHolder } from './lock-holder';

const pad = (n: number) => String(n).padStart(2, '0');

/** “12月7日 09:30” in this computer's time; the year only when it is not this year. */
export function localStartTime(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  const year = d.getFullYear() === now.getFullYear() ? '' : `${d.getFullYear()}年`;
  return `${year}${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** “浏览器模式，进程 1234，本机，自 12月7日 09:30 起” */
export function describeHolder(holder: LockHolder, now: Date = new Date()): string {
  const where = isThisHost(holder.host) ? '本机' : `计算机“${holder.host}”`;
  return `${PROGRAM_KIND_LABELS[holder.kind]}，进程 ${holder.pid}，${where}，自 ${localStartTime(holder.startedAt, now)} 起`;
}

/** How the holder is closed, in the words of what the user sees of it. */
const HOW_TO_CLOSE: Readonly<Record<LockHolder['kind'], string>> = {
  desktop: '关闭它的窗口',
  browser: '在运行它的命令行窗口中按 Ctrl+C',
  cli: '等它做完，或在运行它的命令行窗口中按 Ctrl+C',
};

/** Why the folder is refused and what to do, for the user who tried to open it second. */
export function busyMessage(holder: LockHolder, dataDir: string, now: Date = new Date()): string {
  const lockFile = path.join(dataDir, LOCK_FILE);
  const here = isThisHost(holder.host);
  const closeIt = here ? `请先关闭它（${HOW_TO_CLOSE[holder.kind]}），再重试。` : `请先在计算机“${holder.host}”上关闭它（${HOW_TO_CLOSE[holder.kind]}），再重试。`;
  const stuck = here
    ? `如果确认本机已经没有法治台账在运行，可删除 ${lockFile} 后重试。`
    : `如果那台计算机上的法治台账确实已经关闭（例如那台计算机断电或死机），可删除 ${lockFile} 后重试。`;
  return (
    `数据文件夹正被另一个法治台账程序使用（${describeHolder(holder, now)}）。${closeIt}` +
    '同一个数据文件夹同时只能由一个程序修改，否则双方的改动会互相覆盖而丢失；只查看的命令（fazhi check、info、export）可以同时使用。' +
    `${stuck}数据文件夹：${dataDir}`
  );
}

/** The lock file is there but cannot be read as a whole lock yet: another program is opening the folder right now. */
export function openingMessage(dataDir: string): string {
  return `另一个法治台账程序正在打开这个数据文件夹，请稍等几秒后重试。如果一直如此，可删除 ${path.join(dataDir, LOCK_FILE)} 后重试。数据文件夹：${dataDir}`;
}
