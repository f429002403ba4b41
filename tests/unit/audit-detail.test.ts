import { describe, expect, it } from 'vitest';
import { auditDetailText, auditObjectText } from '../../renderer/pages/audit/audit-detail';
import { ERROR_CODES } from '../../shared/errors';

// The 审计日志's reason for a failure, as the 审计员 reads it: the host stores `code：message`; the
// page says the kind of failure in Chinese instead of the program's code.

describe('auditDetailText', () => {
  it('puts the kind of failure in words before the message', () => {
    expect(auditDetailText('forbidden：录入员不能进行“佐证材料完整性检查”的操作')).toBe('无权操作：录入员不能进行“佐证材料完整性检查”的操作');
    expect(auditDetailText('invalid_input：请填写退回原因')).toBe('填写有误：请填写退回原因');
  });

  it('names every code the host can record, with no Latin letters left', () => {
    for (const code of ERROR_CODES) expect(auditDetailText(`${code}：说明`)).toMatch(/^[^a-z_]+：说明$/);
  });

  it('leaves a detail of another shape as it is', () => {
    expect(auditDetailText('用户名或密码不正确')).toBe('用户名或密码不正确');
    expect(auditDetailText('something：else')).toBe('something：else');
    expect(auditDetailText('')).toBe('');
  });
});

describe('auditObjectText', () => {
  it("says a review's decision in words", () => {
    expect(auditObjectText('activities.review', '台账=1f2e；审核结果=approve')).toBe('台账=1f2e；审核结果=通过');
    expect(auditObjectText('activities.review', '台账=1f2e；审核结果=return；退回原因=请补充人数')).toBe('台账=1f2e；审核结果=退回；退回原因=请补充人数');
  });

  it('leaves the words a colleague typed, and other operations, as recorded', () => {
    expect(auditObjectText('activities.review', '台账=1f2e；审核结果=return；退回原因=审核结果=approve不对')).toBe('台账=1f2e；审核结果=退回；退回原因=审核结果=approve不对');
    expect(auditObjectText('users.update', '结果=approve')).toBe('结果=approve');
  });
});
