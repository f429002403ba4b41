import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth/roles';
import type { ReviewStatus } from '../../shared/domain/review';
import { entryAccess, lockedYearReason, lockedYears } from '../../renderer/pages/review/entry-access';
import { yearLockActions } from '../../renderer/pages/review/year-lock-access';

// What the entry drawer offers each person: the machine's own user everything as before accounts,
// a 录入员 their drafts and returned entries, the 审核员 the decisions; a locked year nobody.

const none = lockedYears([]);
const entry = (reviewStatus: ReviewStatus, date = '2026-03-15') => ({ reviewStatus, date });
const as = (role: Role) => ({ role });

describe('entryAccess', () => {
  it('leaves the machine’s own user as before accounts: editable, nothing to submit', () => {
    for (const status of ['draft', 'submitted', 'approved', 'returned'] as const) {
      expect(entryAccess(null, entry(status), none)).toMatchObject({ hostMode: false, readOnlyReason: null, canSubmit: false });
    }
    expect(entryAccess(null, null, none)).toEqual({ hostMode: false, readOnlyReason: null, canSubmit: false, canDecide: false });
    // Its own entries are 已审核 at once; one a colleague submitted on the host it may decide.
    expect(entryAccess(null, entry('approved'), none).canDecide).toBe(false);
    expect(entryAccess(null, entry('submitted'), none).canDecide).toBe(true);
  });

  it('lets a 录入员 edit and submit a draft, a returned entry and a new one', () => {
    for (const e of [entry('draft'), entry('returned'), null]) {
      expect(entryAccess(as('entry'), e, none)).toEqual({ hostMode: true, readOnlyReason: null, canSubmit: true, canDecide: false });
    }
  });

  it('makes a submitted or approved entry read-only for its 录入员, saying why', () => {
    const submitted = entryAccess(as('entry'), entry('submitted'), none);
    expect(submitted.readOnlyReason).toContain('已提交审核');
    expect(submitted.canSubmit).toBe(false);
    const approved = entryAccess(as('entry'), entry('approved'), none);
    expect(approved.readOnlyReason).toContain('已审核通过');
    expect(approved.canSubmit).toBe(false);
    expect(approved.canDecide).toBe(false);
  });

  it('gives the 审核员 通过/退回 on a submitted entry only, and keeps the form editable', () => {
    expect(entryAccess(as('reviewer'), entry('submitted'), none)).toEqual({ hostMode: true, readOnlyReason: null, canSubmit: false, canDecide: true });
    expect(entryAccess(as('reviewer'), entry('approved'), none).canDecide).toBe(false);
    expect(entryAccess(as('reviewer'), entry('draft'), none).canDecide).toBe(false);
    expect(entryAccess(as('reviewer'), null, none).canDecide).toBe(false);
  });

  it('keeps roles that may not change entries to reading', () => {
    for (const role of ['admin', 'auditor'] as const) {
      const access = entryAccess(as(role), entry('draft'), none);
      expect(access.readOnlyReason).toMatch(/只能查看台账/);
      expect(access.canSubmit || access.canDecide).toBe(false);
    }
  });

  it('locks every entry of a locked year, for everyone including the machine’s own user', () => {
    const locked = lockedYears([{ year: 2025 }]);
    for (const user of [null, as('entry'), as('reviewer')]) {
      const access = entryAccess(user, entry('submitted', '2025-12-31'), locked);
      expect(access.readOnlyReason).toBe(lockedYearReason(2025));
      expect(access.canSubmit || access.canDecide).toBe(false);
    }
    // The next year is not touched.
    expect(entryAccess(as('reviewer'), entry('submitted', '2026-01-01'), locked).canDecide).toBe(true);
  });
});

describe('yearLockActions', () => {
  it('lets the 审核员 lock, only the 管理员 unlock, and the machine’s own user do both', () => {
    expect(yearLockActions(null)).toEqual({ canLock: true, canUnlock: true });
    expect(yearLockActions(as('reviewer'))).toEqual({ canLock: true, canUnlock: false });
    expect(yearLockActions(as('admin'))).toEqual({ canLock: false, canUnlock: true });
    expect(yearLockActions(as('entry'))).toEqual({ canLock: false, canUnlock: false });
    expect(yearLockActions(as('auditor'))).toEqual({ canLock: false, canUnlock: false });
  });
});
