import type { AppErrorData } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import type { Registry } from '../registry';
import { SECURITY_HEADERS } from './content-security';

// What the file routes answer, independent of the transport: browser mode writes it to Node's
// http response, the desktop turns it into a fetch Response for the app:// protocol.

export type FileReplyBody = { json: unknown } | { file: string } | null;

export interface FileReply {
  status: number;
  headers: Record<string, string>;
  /** JSON to send, a file to stream, or nothing (HEAD, 304). */
  body: FileReplyBody;
  /** The request body may not have been read to its end; a transport that keeps connections drops this one. */
  stoppedReading?: boolean;
}

export type FileRouteRegistry = Pick<Registry, 'invoke'>;

export const FOREIGN_ORIGIN: AppErrorData = { code: 'forbidden', message: '拒绝来自其他网页的请求。' };

export function jsonReply(status: number, json: unknown): FileReply {
  return { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, body: { json } };
}

export function refusal(status: number, error: AppErrorData): FileReply {
  return jsonReply(status, { ok: false, error });
}

/** The registry stays the only API: file routes look records up through it like any other caller. */
export async function callOrThrow<T>(registry: FileRouteRegistry, name: string, input: unknown): Promise<T> {
  const result = await registry.invoke(name, input);
  if (!result.ok) throw AppError.fromData(result.error);
  return result.data as T;
}
