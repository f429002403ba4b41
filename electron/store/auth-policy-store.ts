import type Database from 'better-sqlite3';
import type { PasswordPolicy } from '../../shared/auth/password-policy';
import { DEFAULT_PASSWORD_POLICY, passwordPolicySchema } from '../../shared/auth/password-policy';
import { readSetting, writeSetting } from './settings-store';

// The account rules (password, lockout, sessions), one row of app_settings.
const KEY = 'auth.policy';

/** The stored rules; none stored (or no longer valid) gives the 等保2.0 defaults. */
export function readAuthPolicy(db: Database.Database): PasswordPolicy {
  return readSetting<PasswordPolicy>(db, KEY, passwordPolicySchema, DEFAULT_PASSWORD_POLICY);
}

/** Stores rules already parsed by passwordPolicySchema. */
export function writeAuthPolicy(db: Database.Database, policy: PasswordPolicy, now: string): void {
  writeSetting(db, KEY, policy, now);
}
