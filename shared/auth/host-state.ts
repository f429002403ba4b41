import type { AppErrorData } from '../errors';
import type { PasswordStatus } from './password-status';
import type { Role } from './roles';

// What the page learns from GET /auth/state (and from a successful POST /auth/login or
// /auth/password) about who it is signed in as. The host server (electron/server/host-*.ts)
// answers these shapes; the renderer's sign-in page reads them. A success is the state object
// itself; a failure is `{ ok: false, error }` with a status of 400 (bad sign-in, bad new password),
// 401 (`not_signed_in`), 403 (foreign page, `password_change_required`) or 409 (`version_mismatch`).
//
// Routes (JSON; POSTs need Content-Type: application/json):
//   GET  /auth/state                                → AuthState
//   POST /auth/login    { username, password }      → HostSignedIn (sets the session cookie)
//   POST /auth/logout   {}                          → HostSignedOut (clears it)
//   POST /auth/password { currentPassword, newPassword } → HostSignedIn
// The page sends `X-Fazhi-Version: <version it was built as>` on every request; the host refuses
// a request from another version with 409 `version_mismatch`.

/** The local modes (desktop window's browser twin on 127.0.0.1): no accounts, the machine's own user. */
export interface LocalState {
  mode: 'local';
  version: string;
}

export interface HostSignedOut {
  mode: 'host';
  version: string;
  signedIn: false;
  /** Why the last session of this browser ended (SESSION_END_MESSAGES), when it had one. */
  reason?: string;
}

export interface HostUser {
  username: string;
  displayName: string;
  role: Role;
  /** '' for roles that see every 科室. */
  department: string;
}

export interface HostSignedIn {
  mode: 'host';
  version: string;
  signedIn: true;
  user: HostUser;
  /** mustChange: every operation but app.info is refused until the password is changed. */
  passwordStatus: PasswordStatus;
  /** The policy's 无操作自动退出时间. */
  idleMinutes: number;
  /** How long before idleExpiresAt the page should warn. */
  warnBeforeMinutes: number;
  /** ISO time the session ends if nothing more is done (each API call moves it on). */
  idleExpiresAt: string;
  /** ISO time the session ends whatever is done (单次登录最长时间). */
  expiresAt: string;
  /** The password rule in words, as the new-password form shows it (passwordRule of the host's policy). */
  passwordRule: string;
}

export type HostState = HostSignedOut | HostSignedIn;
export type AuthState = LocalState | HostState;

/** A failure answer of the /auth routes (the same shape as the API's). */
export interface AuthFailure {
  ok: false;
  error: AppErrorData;
}

/** The header the page sends so that a page left open across an upgrade of the host is caught. */
export const VERSION_HEADER = 'X-Fazhi-Version';
