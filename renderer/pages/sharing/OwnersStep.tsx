import { Alert, App, AutoComplete, Button, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { ROLE_NAMES } from '../../../shared/auth/roles';
import type { HostOwnerRow, HostStatus } from '../../../shared/domain/host-setup';
import { AUTHOR_ROLES, departmentName } from '../../../shared/domain/host-setup';
import type { UserListItem } from '../../../shared/domain/user-admin';
import { call } from '../../api/client';
import { toAppError } from '../../forms/to-app-error';
import type { OwnerChoice } from './owner-choices';
import { assignmentsFrom, authorsFor, confirmationText, departmentOptions, initialChoice } from './owner-choices';

// Step 2: the entries kept before accounts get a 归属科室 and a 录入人, 科室 by 科室 as found in the
// 台账. A 录入员 sees only their own 科室's entries, so one left without 科室 would be the 审核员's alone.

interface Props {
  status: HostStatus;
  users: readonly UserListItem[];
  unitDepartments: readonly string[];
  onSaved: () => void;
}

function choicesFor(owners: readonly HostOwnerRow[], users: readonly UserListItem[]): Record<string, OwnerChoice> {
  return Object.fromEntries(owners.map((row) => [row.department, initialChoice(row, users)]));
}

export function OwnersStep({ status, users, unitDepartments, onSaved }: Props) {
  const { message, modal } = App.useApp();
  const [choices, setChoices] = useState(() => choicesFor(status.owners, users));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  // A fresh status (after saving, or a reload) starts the choices again from what is stored.
  useEffect(() => setChoices(choicesFor(status.owners, users)), [status, users]);

  const departments = useMemo(() => departmentOptions(unitDepartments, users, status.owners).map((d) => ({ value: d })), [unitDepartments, users, status.owners]);
  const assignments = assignmentsFrom(status.owners, choices);
  const choose = (department: string, change: Partial<OwnerChoice>) =>
    setChoices((current) => {
      const next = { ...current[department]!, ...change };
      // A 录入员 of another 科室 no longer fits once the 归属科室 changes.
      if (change.toDepartment !== undefined && !authorsFor(users, next.toDepartment).some((u) => u.id === next.authorUserId)) next.authorUserId = '';
      return { ...current, [department]: next };
    });

  const save = async () => {
    setProblem(undefined);
    setSaving(true);
    try {
      const { changed } = await call('host.assignOwners', { assignments });
      void message.success(`已为 ${changed} 条台账指定录入人`);
      onSaved();
    } catch (err) {
      setProblem(toAppError(err).message);
    } finally {
      setSaving(false);
    }
  };
  const confirm = () =>
    void modal.confirm({ title: '保存归属科室和录入人？', content: confirmationText(status.owners, assignments), okText: '保存', cancelText: '取消', onOk: save });

  const columns: ColumnsType<HostOwnerRow> = [
    {
      title: '承办科室（台账中现有）',
      dataIndex: 'department',
      render: (d: string) => (d ? d : <Typography.Text type="warning">{departmentName(d)}</Typography.Text>),
    },
    { title: '条数', dataIndex: 'entries', align: 'right', width: 80 },
    {
      title: '无录入人',
      dataIndex: 'withoutAuthor',
      align: 'right',
      width: 100,
      render: (n: number, row) => (n === 0 ? <Tag color="success">已指定</Tag> : row.fromOtherUnits ? `${n}（含汇总来的${row.fromOtherUnits}条）` : n),
    },
    {
      title: '归属科室',
      width: 200,
      render: (_, row) =>
        row.withoutAuthor === 0 ? null : (
          <AutoComplete
            aria-label={`“${departmentName(row.department)}”的归属科室`}
            style={{ width: '100%' }}
            options={departments}
            value={choices[row.department]?.toDepartment ?? ''}
            placeholder="选择或输入科室"
            onChange={(value: string) => choose(row.department, { toDepartment: value })}
            filterOption={(input, option) => String(option?.value ?? '').includes(input)}
          />
        ),
    },
    {
      title: '录入人',
      width: 240,
      render: (_, row) => {
        if (row.withoutAuthor === 0) return null;
        const choice = choices[row.department];
        const fitting = authorsFor(users, choice?.toDepartment ?? '');
        return (
          <Select
            aria-label={`“${departmentName(row.department)}”的录入人`}
            style={{ width: '100%' }}
            value={choice?.authorUserId || undefined}
            placeholder={fitting.length ? '选择录入人' : '没有可选的录入员或审核员'}
            options={fitting.map((u) => ({ value: u.id, label: `${u.displayName}（${ROLE_NAMES[u.role]}${u.department ? `，${u.department}` : ''}）` }))}
            onChange={(id: string) => choose(row.department, { authorUserId: id })}
            showSearch={{ optionFilterProp: 'label' }}
          />
        );
      },
    },
  ];

  if (status.entries === 0) return <Alert type="success" showIcon title="本机还没有台账，不需要指定。" />;
  const noAuthors = !users.some((u) => !u.disabledAt && AUTHOR_ROLES.includes(u.role));
  return (
    <>
      <Typography.Paragraph type="secondary">
        单机使用时录入的台账没有录入人，有的也没有填写承办科室。局域网共享后，录入员只能看到本科室的台账，没有科室的只有审核员能看到。请为每个科室选择归属科室和录入人（录入员只能选本科室的，审核员都可以选）。
        已有录入人的台账保持不变；从其他单位汇总来的台账保留原承办科室，只指定录入人。
      </Typography.Paragraph>
      {noAuthors && status.withoutAuthor > 0 && (
        <Alert type="info" showIcon title="还没有录入员或审核员账号。请先由管理员在“用户管理”中添加（或在这台电脑上运行 fazhi users add），再回到这里指定。" style={{ marginBottom: 12 }} />
      )}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Table<HostOwnerRow> rowKey="department" size="small" pagination={false} columns={columns} dataSource={status.owners} style={{ marginBottom: 12 }} />
      <Space>
        <Button type="primary" disabled={assignments.length === 0} loading={saving} onClick={confirm}>
          保存
        </Button>
        {status.withoutAuthor > 0 && <Typography.Text type="secondary">尚有 {status.withoutAuthor} 条台账没有录入人</Typography.Text>}
      </Space>
    </>
  );
}
