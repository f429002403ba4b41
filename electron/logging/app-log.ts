import path from 'node:path';
import { createRotatingLog } from './rotating-log';
import { safeErrorText } from './safe-error-text';

/** `<data>/logs/fazhi.log`, rotated at 1 MB, 5 older files kept: at most 6 MB, months of history. */
export const LOG_LIMITS = { folder: 'logs', file: 'fazhi.log', maxBytes: 1024 * 1024, keep: 5 } as const;

/**
 * What the app writes down for a maintainer. Callers pass only facts the program owns (versions,
 * operation names, error codes, counts); `internal` masks the error it is given (safe-error-text).
 */
export interface AppLog {
  info(message: string): void;
  warn(message: string): void;
  /** A bug: an exception that was not an AppError. */
  internal(where: string, err: unknown): void;
}

export function logFilePath(dataDir: string): string {
  return path.join(dataDir, LOG_LIMITS.folder, LOG_LIMITS.file);
}

function timestamp(): string {
  return new Date().toISOString();
}

export function openAppLog(dataDir: string, limits: { maxBytes: number; keep: number } = LOG_LIMITS): AppLog {
  const write = createRotatingLog({ file: logFilePath(dataDir), maxBytes: limits.maxBytes, keep: limits.keep });
  const line = (level: string, message: string) => write(`${timestamp()} ${level} [${process.pid}] ${message}`);
  return {
    info: (message) => line('INFO', message),
    warn: (message) => line('WARN', message),
    internal: (where, err) => line('ERROR', `${where} 内部出错：${safeErrorText(err)}`),
  };
}

/** For a caller that must not write a file (a data folder that could not be opened). */
export const NO_LOG: AppLog = { info: () => undefined, warn: () => undefined, internal: () => undefined };
