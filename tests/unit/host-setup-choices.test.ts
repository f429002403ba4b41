import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth/roles';
import type { HostOwnerRow } from '../../shared/domain/host-setup';
import { assignmentsFrom, authorsFor, confirmationText, departmentOptions, initialChoice } from '../../renderer/pages/sharing/owner-choices';

// The 局域网共享 page's owners table: whom it offers as 录入人, what it sends, what it asks to confirm.

function account(id: string, role: Role, department = '', disabledAt: string | null = null) {
  return { id, username: id, displayName: `${id}姓名`, role, department, disabledAt };
}

const USERS = [
  account('office', 'entry', '办公室'),
  account('legal', 'entry', '法制科'),
  account('reviewer', 'reviewer', '法制科'),
  account('admin', 'admin'),
  account('gone', 'entry', '办公室', '2025-01-01T00:00:00.000Z'),
];

const OWNERS: HostOwnerRow[] = [
  { department: '', entries: 5, withoutAuthor: 5, fromOtherUnits: 2 },
  { department: '办公室', entries: 3, withoutAuthor: 3, fromOtherUnits: 0 },
  { department: '法制科', entries: 2, withoutAuthor: 0, fromOtherUnits: 0 },
];

describe('the owners table', () => {
  it('offers the enabled 录入员 of the chosen 科室 and every 审核员, never an administrator', () => {
    expect(authorsFor(USERS, '办公室').map((u) => u.id)).toEqual(['office', 'reviewer']);
    expect(authorsFor(USERS, '').map((u) => u.id)).toEqual(['reviewer']);
  });

  it('starts a row from its own 科室, with the one account that fits chosen', () => {
    expect(initialChoice(OWNERS[0]!, USERS)).toEqual({ toDepartment: '', authorUserId: '' });
    expect(initialChoice(OWNERS[1]!, [USERS[0]!])).toEqual({ toDepartment: '办公室', authorUserId: 'office' });
    expect(initialChoice(OWNERS[1]!, USERS)).toEqual({ toDepartment: '办公室', authorUserId: '' });
  });

  it('offers each 科室 name once', () => {
    expect(departmentOptions(['办公室', '法规科'], USERS, OWNERS)).toEqual(['办公室', '法规科', '法制科']);
  });

  it('sends only rows that still need a 录入人 and have both choices, and says what will happen', () => {
    const choices = {
      '': { toDepartment: ' 办公室 ', authorUserId: 'office' },
      办公室: { toDepartment: '办公室', authorUserId: '' },
      法制科: { toDepartment: '法制科', authorUserId: 'legal' },
    };
    const assignments = assignmentsFrom(OWNERS, choices);
    expect(assignments).toEqual([{ fromDepartment: '', toDepartment: '办公室', authorUserId: 'office' }]);
    expect(confirmationText(OWNERS, assignments)).toBe(
      '将为1个科室共5条尚无录入人的台账指定录入人。其中“未填写科室”的3条归入“办公室”。已有录入人的台账不变。保存前会自动备份，可在“备份与恢复”中撤销。',
    );
  });
});
