import type { AppInfo } from '../../../shared/domain/app-info';

/** The lock file's name inside the data folder. */
export const LOCK_FILE = 'fazhi.lock';

export type ProgramKind = AppInfo['shell'];

/** What the user calls each kind of program, for the message that names who holds the folder. */
export const PROGRAM_KIND_LABELS: Readonly<Record<ProgramKind, string>> = {
  desktop: '桌面程序',
  browser: '浏览器模式',
  cli: '命令行',
};

/** What the lock file says about the program that holds the data folder. */
export interface LockHolder {
  pid: number;
  host: string;
  kind: ProgramKind;
  /** ISO timestamp of when it took the folder. */
  startedAt: string;
  version: string;
  /** Random per take: release and take-over remove only the lock whose token they read. */
  token: string;
}

const KINDS = new Set<string>(Object.keys(PROGRAM_KIND_LABELS));

/** The holder a lock file's text names, or null when the text is not a whole lock (being written, or garbage). */
export function parseLockHolder(text: string): LockHolder | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const ok =
    Number.isInteger(v.pid) &&
    (v.pid as number) > 0 &&
    typeof v.host === 'string' &&
    typeof v.kind === 'string' &&
    KINDS.has(v.kind) &&
    typeof v.startedAt === 'string' &&
    !Number.isNaN(Date.parse(v.startedAt)) &&
    typeof v.version === 'string' &&
    typeof v.token === 'string' &&
    v.token.length > 0;
  if (!ok) return null;
  return { pid: v.pid as number, host: v.host as string, kind: v.kind as ProgramKind, startedAt: v.startedAt as string, version: v.version as string, token: v.token as string };
}

export function lockText(holder: LockHolder): string {
  return `${JSON.stringify({ app: 'fazhi-ledger', ...holder }, null, 2)}\n`;
}
