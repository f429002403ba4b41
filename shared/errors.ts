// Typed errors that cross every boundary (IPC, HTTP, CLI) as plain data. The message is always
// Chinese and written for office staff: it names what is wrong and, where it helps, what to do.

export const ERROR_CODES = [
  'invalid_input', // the payload failed validation, or names something that is not there
  'not_found', // the thing asked for does not exist (or is in the trash when it must not be)
  'conflict', // the request contradicts the current state
  'confirm_required', // a destructive operation was sent without the confirmation its handler asks for
  'unknown_operation', // no operation of that name in the registry
  'not_a_database', // the data file is not a SQLite database
  'database_too_new', // the data file was written by a newer version of the app
  'database_damaged', // the data file failed its integrity check
  'forbidden', // the transport refused the caller (not loopback, foreign origin), or the caller's role or 科室 does not allow it
  'storage', // the disk is full, read-only or refused access: the message names the folder and what to do
  'internal', // a bug: the message says so and the details are logged
  'not_signed_in', // host mode: no signed-in session (never signed in, signed out, idle, expired, forced out); the message says why
  'password_change_required', // host mode: the user must change a first or expired password before anything else
  'version_mismatch', // host mode: the page was loaded from another version of the app than the host now runs; reload it
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  /** Field-level problems, keyed by the field path ("title", "tags.2"). */
  fields?: Record<string, string>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }

  toData(): AppErrorData {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }

  static fromData(data: AppErrorData): AppError {
    return new AppError(data.code, data.message, data.fields);
  }
}

export function isAppErrorData(value: unknown): value is AppErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && typeof v.code === 'string' && (ERROR_CODES as readonly string[]).includes(v.code);
}
