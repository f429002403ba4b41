import { describe, expect, it } from 'vitest';
import { auditListInput as auditListSchema } from '../../shared/domain/audit';
import { AUDIT_PAGE_SIZE, auditFilters, auditListInput } from '../../renderer/pages/audit/audit-query';
import { operationLabel, operationOptions } from '../../renderer/pages/audit/operation-labels';

// The 审计日志 page's filters as the contract takes them, and the names its operation column shows.

describe('audit filters', () => {
  it('sends no filter for empty boxes', () => {
    expect(auditFilters({})).toEqual({});
    expect(auditFilters({ username: '  ', operation: undefined, result: undefined })).toEqual({});
  });

  it('sends what was chosen, in the contract’s words', () => {
    const input = auditListInput({ from: '2026-03-01', to: '2026-03-31', username: ' zhangsan ', operation: 'activities.update', result: 'failure' }, 3);
    expect(input).toEqual({ from: '2026-03-01', to: '2026-03-31', username: 'zhangsan', operation: 'activities.update', success: false, limit: AUDIT_PAGE_SIZE, offset: 2 * AUDIT_PAGE_SIZE });
    expect(auditListSchema.safeParse(input).success).toBe(true);
    expect(auditFilters({ result: 'success' })).toEqual({ success: true });
  });
});

describe('operation names', () => {
  it('uses the contract’s summary, the sign-in events’ own words, and the raw name otherwise', () => {
    expect(operationLabel('audit.list')).toBe('查看审计日志');
    expect(operationLabel('auth.login')).toBe('登录');
    expect(operationLabel('something.old')).toBe('something.old');
    expect(operationLabel('toString')).toBe('toString');
  });

  it('offers every operation once in the filter', () => {
    const values = operationOptions().map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain('auth.logout');
    expect(values).toContain('activities.create');
  });
});
