import type { Migration } from './migration';
import { migration0001 } from './0001-initial';

/** In order. Add a new file and list it here; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [migration0001];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
