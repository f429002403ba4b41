import type { ErrorCode } from '../errors';

// The audit log is read by the 审计员 and exported for inspectors: what it records is in words, not
// in the program's codes. The host writes these words (electron/auth/audit-call.ts); the 审计日志
// page uses them too for rows written before it did.

/** The kind of failure, in front of the message the caller saw. */
export const FAILURE_KIND: Readonly<Record<ErrorCode, string>> = {
  invalid_input: '填写有误',
  not_found: '找不到对象',
  conflict: '与现有内容冲突',
  confirm_required: '未确认',
  unknown_operation: '未知操作',
  not_a_database: '数据文件无效',
  database_too_new: '数据文件版本过新',
  database_damaged: '数据文件损坏',
  forbidden: '无权操作',
  storage: '磁盘读写失败',
  internal: '程序错误',
  not_signed_in: '未登录',
  password_change_required: '须先修改密码',
  version_mismatch: '页面版本与主机不一致',
};

export const DETAIL_SEPARATOR = '：';

/** The 结果 column's reason for a failed call. */
export function failureDetail(code: ErrorCode, message: string): string {
  return `${FAILURE_KIND[code]}${DETAIL_SEPARATOR}${message}`;
}

/** A 审核 decision as the 审核员 chose it. */
export const DECISION_WORDS: Readonly<Record<string, string>> = { approve: '通过', return: '退回' };
