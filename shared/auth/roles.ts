// Who may do what in a unit's shared log (局域网多人使用). Roles are fixed: they are the unit's own
// division of duties (等保2.0 三权分立: the administrator manages users but does not read the audit
// log; the auditor reads it and changes nothing).

export const ROLES = ['entry', 'reviewer', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  entry: '录入员',
  reviewer: '审核员',
  admin: '管理员',
  auditor: '审计员',
};

/** What each role is for, as the user-management page says it. */
export const ROLE_DUTIES: Readonly<Record<Role, string>> = {
  entry: '录入、修改本科室的台账',
  reviewer: '查看全部台账、审核、生成年度报告（一般为法制科）',
  admin: '管理用户和设置，不能查看审计日志',
  auditor: '只查看审计日志',
};
