import type { Role } from './roles';

// The fields of an account that a person types, checked the same way on the host CLI, the store
// and (later) the user-management page.

export const USERNAME_MIN = 2;
export const USERNAME_MAX = 32;
export const DISPLAY_NAME_MAX = 32;
export const DEPARTMENT_MAX = 64;

// ASCII letters and digits, _ - . and 汉字: what units use for sign-in names (拼音, 工号, 姓名),
// and nothing that looks like another character or hides in a log line.
const USERNAME = /^[\p{Script=Han}A-Za-z0-9_.-]+$/u;

export function usernameProblem(username: string): string | null {
  const length = [...username].length;
  if (length === 0) return '请填写用户名';
  if (length < USERNAME_MIN || length > USERNAME_MAX) return `用户名应为${USERNAME_MIN}—${USERNAME_MAX}个字符（现在是${length}个）`;
  if (!USERNAME.test(username)) return '用户名只能由字母、数字、汉字和 _ - . 组成';
  return null;
}

export function displayNameProblem(displayName: string): string | null {
  const length = [...displayName].length;
  if (length === 0) return '请填写姓名';
  if (length > DISPLAY_NAME_MAX) return `姓名不能超过${DISPLAY_NAME_MAX}个字`;
  return null;
}

/**
 * An 录入员 keeps the entries of one 科室, so an empty 科室 would leave the account's scope
 * undecided; the other roles work across the unit and may leave it empty.
 */
export function departmentProblem(department: string, role: Role): string | null {
  if ([...department].length > DEPARTMENT_MAX) return `科室名称不能超过${DEPARTMENT_MAX}个字`;
  if (role === 'entry' && department.length === 0) return '录入员须填写所属科室';
  return null;
}
