import type { Migration } from './migration';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-entry-details';
import { migration0003 } from './0003-attachments';
import { migration0004 } from './0004-search';
import { migration0005 } from './0005-reports';
import { migration0006 } from './0006-settings';
import { migration0007 } from './0007-origins';
import { migrationPlanItems } from './0008-plan-items';
import { migrationDateIndexCoversId } from './0009-date-index-covers-id';
import { migrationOriginIds } from './0010-origin-ids';
import { migrationImportBatches } from './0011-import-batches';
import { migrationAccounts } from './0012-accounts';
import { migrationAuditLog } from './0013-audit-log';
import { migrationReview } from './0014-review';
import { migrationReportDraftUnreviewed } from './0015-report-draft-unreviewed';

/** In order. Add a new file and list it here; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migrationPlanItems, migrationDateIndexCoversId, migrationOriginIds, migrationImportBatches, migrationAccounts, migrationAuditLog, migrationReview, migrationReportDraftUnreviewed];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
