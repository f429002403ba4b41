import type { AuditFilters, AuditListInput } from '../../../shared/domain/audit';

// The filter bar's values as audit.list / audit.export input: empty boxes are no filter, a typed
// name is trimmed (the host matches it whole, without letter case).

export interface AuditFilterValues {
  from?: string | undefined;
  to?: string | undefined;
  username?: string | undefined;
  operation?: string | undefined;
  result?: 'success' | 'failure' | undefined;
}

export const AUDIT_PAGE_SIZE = 50;

export function auditFilters(values: AuditFilterValues): AuditFilters {
  const filters: AuditFilters = {};
  if (values.from) filters.from = values.from;
  if (values.to) filters.to = values.to;
  const username = values.username?.trim();
  if (username) filters.username = username;
  if (values.operation) filters.operation = values.operation;
  if (values.result) filters.success = values.result === 'success';
  return filters;
}

/** One page of the list, 1-based as the table counts. */
export function auditListInput(values: AuditFilterValues, page: number): AuditListInput {
  return { ...auditFilters(values), limit: AUDIT_PAGE_SIZE, offset: (Math.max(1, page) - 1) * AUDIT_PAGE_SIZE };
}
