import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useOperation } from '../../hooks/useOperation';
import { AuditExportButton } from './AuditExportButton';
import { AuditFilterBar } from './AuditFilterBar';
import type { AuditFilterValues } from './audit-query';
import { auditFilters, auditListInput } from './audit-query';
import { AuditTable } from './AuditTable';

/**
 * 审计日志, for the 审计员: who did what, from which address, on what, and whether it went through
 * (every change, every export, every refusal, every sign-in). Read only: the log cannot be edited here
 * or anywhere else.
 */
export function AuditPage() {
  const [values, setValues] = useState<AuditFilterValues>({});
  const [page, setPage] = useState(1);
  const list = useOperation('audit.list', auditListInput(values, page));

  const change = (patch: Partial<AuditFilterValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setPage(1);
  };

  return (
    <>
      <AuditFilterBar values={values} onChange={change} />
      {/* The export on a row of its own with the note: beside four filters it wraps under them at 1366 px. */}
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">记录每一次修改、导出、登录以及被拒绝的操作（只查看的操作不记录）。日志只能查看和导出，不能修改，至少保存六个月。</Typography.Text>
        <AuditExportButton filters={auditFilters(values)} />
      </Flex>
      {list.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={list.error.message} action={<Button onClick={list.reload}>重试</Button>} />}
      <AuditTable rows={list.data?.items ?? []} total={list.data?.total ?? 0} page={page} loading={list.loading} onPage={setPage} />
    </>
  );
}
