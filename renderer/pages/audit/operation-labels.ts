import { OPERATION_NAMES, operations } from '../../../shared/contract/operations';

// What the log's operation column says: the contract's own summary (查看审计日志, 新建用户…), so a
// new operation is named without touching this page; the sign-in routes, which are not registry
// operations (electron/server/host-audit.ts), by their own words; anything else as recorded.

const SIGN_IN_EVENTS: Readonly<Record<string, string>> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.password': '修改自己的密码',
};

export function operationLabel(name: string): string {
  if (Object.prototype.hasOwnProperty.call(SIGN_IN_EVENTS, name)) return SIGN_IN_EVENTS[name] as string;
  if (Object.prototype.hasOwnProperty.call(operations, name)) return operations[name as keyof typeof operations].summary;
  return name;
}

/** The operation filter's choices: sign-in first, then every operation in the contract's order. */
export function operationOptions(): { value: string; label: string }[] {
  return [...Object.keys(SIGN_IN_EVENTS), ...OPERATION_NAMES].map((value) => ({ value, label: operationLabel(value) }));
}
