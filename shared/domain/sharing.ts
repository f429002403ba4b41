import { z } from 'zod';
import type { FieldLabels } from '../validation/format-issues';
import type { ConnectedSession } from './user-admin';

// 局域网共享 started from the program that already holds the data folder (the desktop window or
// `fazhi web`): the same host mode as `fazhi serve`, beside the window. Only the machine's own user
// starts, stops and watches it (shared/auth/permissions.ts).

/** The port colleagues are told when nobody chose one (as `fazhi serve`). */
export const DEFAULT_SHARING_PORT = 8080;
/** Every network card: colleagues reach the host by whichever of its addresses their network has. */
export const DEFAULT_SHARING_HOST = '0.0.0.0';

export const SHARING_LABELS: FieldLabels = { port: '端口', host: '地址' };

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** An address of this machine as typed: IPv4 dotted, or IPv6 (hex groups, `::`). Names are not looked up. */
export function isIpLiteral(text: string): boolean {
  if (IPV4.test(text)) return true;
  if (!/^[0-9A-Fa-f:.]{2,45}$/.test(text) || !text.includes(':')) return false;
  const double = text.split('::').length - 1;
  if (double > 1) return false;
  const groups = text.split(':').filter((g) => g !== '');
  const last = groups[groups.length - 1] ?? '';
  const v4Tail = last.includes('.') ? (IPV4.test(last) ? 2 : -99) : 0;
  const hexGroups = v4Tail ? groups.slice(0, -1) : groups;
  if (v4Tail < 0 || hexGroups.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const count = hexGroups.length + v4Tail;
  return double === 1 ? count < 8 : count === 8;
}

export const sharingStartInput = z
  .object({
    port: z.number().int().min(0).max(65535).default(DEFAULT_SHARING_PORT),
    host: z
      .string()
      .trim()
      .max(45)
      .refine(isIpLiteral, { message: '应为本机的 IP 地址，例如 0.0.0.0（本机所有网卡）或 192.168.1.10' })
      .optional(),
  })
  .strict();

export interface SharingStatus {
  /** False where this program cannot start sharing (a one-shot command line program). */
  available: boolean;
  running: boolean;
  /** As listened on; null while stopped. */
  host: string | null;
  port: number | null;
  /** What to tell colleagues: one address per network card of this machine (empty: none found). */
  addresses: string[];
  /** This machine's own way in (http://127.0.0.1:<port>/), to sign in with an account here too. */
  localUrl: string | null;
  secure: boolean;
  /** Signed-in colleagues, as 在线用户 lists them; empty while stopped. */
  connected: ConnectedSession[];
}
