import type { AppErrorData } from '../errors';

// What travels over IPC and HTTP: never a thrown exception, always one of these.
export type WireResult<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };
