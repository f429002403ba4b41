import type Database from 'better-sqlite3';
import type { DocxSettingsView } from '../../shared/contract/ops/report-docx-ops';
import type { DocxSettings } from '../../shared/report/docx-settings';
import { DEFAULT_DOCX_SETTINGS, parseDocxSettings, resolveFaces } from '../../shared/report/docx-settings';
import { readDocxSettings, resetDocxSettings, writeDocxSettings } from '../store/docx-settings-store';
import type { HandlerGroup } from './handler-types';

// The report's 公文格式 settings. Used by report.export, `fazhi report` and the ledger's Word table.

type ReportDocxOperation = 'report.docxSettings.get' | 'report.docxSettings.update' | 'report.docxSettings.reset';

function view(settings: DocxSettings): DocxSettingsView {
  return { settings, faces: resolveFaces(settings), isDefault: JSON.stringify(settings) === JSON.stringify(DEFAULT_DOCX_SETTINGS) };
}

function current(db: Database.Database): DocxSettingsView {
  return view(readDocxSettings(db));
}

export const reportDocxHandlers: HandlerGroup<ReportDocxOperation> = {
  'report.docxSettings.get': (ctx) => current(ctx.db),
  'report.docxSettings.update': (ctx, input) => {
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    // The whole result goes through the schema (throws a Chinese message naming the setting), so
    // nothing invalid is ever stored.
    const next = parseDocxSettings({ ...readDocxSettings(ctx.db), ...given });
    writeDocxSettings(ctx.db, next, ctx.now());
    return current(ctx.db);
  },
  'report.docxSettings.reset': (ctx) => {
    resetDocxSettings(ctx.db, ctx.now());
    return current(ctx.db);
  },
};
