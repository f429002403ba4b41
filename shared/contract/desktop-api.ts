import type { OperationName } from './operations';
import type { WireResult } from './wire';

/** The one API the desktop preload puts on window: operation names only, checked on both sides. */
export interface DesktopApi {
  invoke(operation: OperationName, input: unknown): Promise<WireResult<unknown>>;
}

export const DESKTOP_API_KEY = 'fazhi';
export const IPC_CHANNEL = 'fazhi:invoke';
