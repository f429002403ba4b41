import { describe, expect, it } from 'vitest';
import { DEPARTMENT_RULE_NAMES } from '../../electron/auth/object-access';
import { OPERATION_ACCESS, accessOf, isAudited, isDepartmentScoped, roleMayCall } from '../../shared/auth/permissions';
import { ROLES } from '../../shared/auth/roles';
import { OPERATION_NAMES, operations } from '../../shared/contract/operations';
import type { OperationName } from '../../shared/contract/operations';

// The permissions table: exhaustive over the contract, and the duties of each role as the issue
// (局域网多人使用) and 等保2.0's 三权分立 say them.

/** Fields by which an input names an entry (or a thing belonging to one). */
const OBJECT_FIELDS = ['id', 'ids', 'activityId', 'activityIds', 'batchId'];

function inputFields(name: OperationName): string[] {
  let schema: unknown = operations[name].input;
  // Refined objects (superRefine) wrap the object; unwrap to its shape.
  for (let i = 0; i < 5 && schema && typeof schema === 'object'; i++) {
    const def = (schema as { _zod?: { def?: { shape?: object; in?: unknown; schema?: unknown } } })._zod?.def;
    if (def?.shape) return Object.keys(def.shape);
    schema = def?.in ?? def?.schema;
  }
  return Object.keys((operations[name].input as unknown as { shape?: object }).shape ?? {});
}

const writers = (name: OperationName) => accessOf(name).roles;

describe('the permissions table', () => {
  it('has one line for every operation of the contract and none besides', () => {
    expect(Object.keys(OPERATION_ACCESS).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('names only known roles, and every role has something to do', () => {
    for (const name of OPERATION_NAMES) for (const role of accessOf(name).roles) expect(ROLES).toContain(role);
    for (const role of ROLES) expect(OPERATION_NAMES.some((n) => roleMayCall(role, n)), role).toBe(true);
  });

  it('keeps the audit log from the administrator and gives it to the auditor alone', () => {
    for (const name of ['audit.list', 'audit.export'] as const) {
      expect(roleMayCall('admin', name)).toBe(false);
      expect(writers(name)).toEqual(['auditor']);
    }
  });

  it('lets the auditor read the log and nothing else: no entry, report, user or setting', () => {
    const allowed = OPERATION_NAMES.filter((n) => roleMayCall('auditor', n)).sort();
    // The log's keeping (保存天数) is the auditor's too: the administrator cannot shorten it.
    expect(allowed).toEqual(['app.info', 'audit.export', 'audit.list', 'audit.retention.get', 'audit.retention.set']);
    for (const name of ['activities.create', 'activities.update', 'activities.delete', 'attachments.add', 'report.assemble', 'backup.restore'] as const) {
      expect(roleMayCall('auditor', name), name).toBe(false);
    }
  });

  it('keeps the administrator off the entries and the report, and on backups, the unit and the settings', () => {
    for (const name of ['activities.create', 'activities.update', 'activities.list', 'attachments.add', 'report.assemble', 'report.export', 'ledger.export'] as const) {
      expect(roleMayCall('admin', name), name).toBe(false);
    }
    for (const name of ['backup.create', 'backup.restore', 'backup.settings.update', 'unit.update', 'report.docxSettings.update', 'report.templates.update'] as const) {
      expect(roleMayCall('admin', name), name).toBe(true);
    }
  });

  it('lets a 录入员 keep their 科室 entries but not build the report, export, back up or restore', () => {
    for (const name of ['activities.create', 'activities.update', 'activities.delete', 'activities.restore', 'activities.copy', 'activities.list', 'attachments.add', 'activities.history', 'ledger.import.commit', 'categories.list', 'metrics.definitions.list'] as const) {
      expect(roleMayCall('entry', name), name).toBe(true);
    }
    for (const name of ['report.assemble', 'report.export', 'ledger.export', 'stats.year', 'backup.create', 'backup.restore', 'package.import', 'activities.purge', 'activities.trash.empty', 'unit.update'] as const) {
      expect(roleMayCall('entry', name), name).toBe(false);
    }
  });

  it('gives the 审核员 every entry operation and the report', () => {
    for (const name of OPERATION_NAMES.filter((n) => n.startsWith('activities.') || n.startsWith('attachments.') || n.startsWith('report.'))) {
      if (['attachments.open', 'report.docxSettings.update', 'report.docxSettings.reset'].includes(name)) continue;
      expect(roleMayCall('reviewer', name), name).toBe(true);
    }
  });

  it('holds every operation a 录入员 may call that names an entry to their 科室, each with its object rule', () => {
    // The shapes are read through refinements too (else this check would pass by seeing nothing).
    expect(inputFields('activities.update')).toContain('id');
    expect(inputFields('activities.list')).toContain('department');
    expect(inputFields('ledger.import.undo')).toContain('batchId');
    for (const name of OPERATION_NAMES.filter((n) => roleMayCall('entry', n))) {
      const namesEntry = inputFields(name).some((f) => OBJECT_FIELDS.includes(f));
      if (namesEntry) expect(isDepartmentScoped(name), `${name} names an entry but is not held to the 科室`).toBe(true);
    }
    const scoped = OPERATION_NAMES.filter(isDepartmentScoped).sort();
    expect([...DEPARTMENT_RULE_NAMES].sort()).toEqual(scoped);
    for (const name of scoped) expect(roleMayCall('entry', name), name).toBe(true);
  });

  it('audits every operation that changes something or exports, and not those that only read', () => {
    for (const name of OPERATION_NAMES.filter((n) => /export|download/.test(n))) expect(isAudited(name), name).toBe(true);
    for (const name of ['activities.create', 'activities.update', 'activities.delete', 'backup.restore', 'backup.create', 'package.import', 'report.assemble', 'unit.update'] as const) {
      expect(isAudited(name), name).toBe(true);
    }
    for (const name of ['activities.list', 'activities.get', 'audit.list', 'app.info', 'report.draft.get'] as const) expect(isAudited(name), name).toBe(false);
  });
});
