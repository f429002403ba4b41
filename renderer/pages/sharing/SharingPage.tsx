import { Alert, Button, Divider, Skeleton, Tag, Typography } from 'antd';
import { useSignedInUser } from '../../auth/signed-in-user';
import { useOperation } from '../../hooks/useOperation';
import { AdminStep } from './AdminStep';
import { OwnersStep } from './OwnersStep';
import { StartStep } from './StartStep';

// 局域网共享: moving this machine's 台账 into host mode, at the host's own desk. Three steps, each
// read from host.status: the first 管理员, the 科室 and 录入人 of the entries kept before accounts,
// and starting it (sharing.start; `fazhi serve` for a host without a screen). While it runs the
// app is replaced by the 局域网共享已开启 panel (SharingGate).

function StepTitle({ n, title, done }: { n: number; title: string; done: boolean }) {
  return (
    <Typography.Title level={4} style={n === 1 ? { marginTop: 0 } : undefined}>
      第{n}步 {title} {done && <Tag color="success">已完成</Tag>}
    </Typography.Title>
  );
}

export function SharingPage() {
  const signedIn = useSignedInUser();
  if (signedIn) return <Alert type="info" showIcon title="局域网共享只能在主机这台电脑上设置。" />;
  return <SharingSteps />;
}

function SharingSteps() {
  const status = useOperation('host.status', {});
  const users = useOperation('users.list', {});
  const info = useOperation('app.info', {});
  const unit = useOperation('unit.get', {});
  const failed = status.error ?? users.error;
  if (failed && !(status.data && users.data)) {
    const retry = () => {
      status.reload();
      users.reload();
    };
    return <Alert type="error" showIcon title={failed.message} action={<Button onClick={retry}>重试</Button>} />;
  }
  if (!status.data || !users.data) return <Skeleton active />;
  const s = status.data;
  const reload = () => {
    status.reload();
    users.reload();
  };
  return (
    <>
      {s.ready ? (
        <Alert type="success" showIcon title="已准备好，可以启用局域网共享。" style={{ marginBottom: 16 }} />
      ) : (
        <Alert type="info" showIcon title={`启用局域网共享前还需要：${s.steps.join('；')}`} style={{ marginBottom: 16 }} />
      )}
      <StepTitle n={1} title="创建管理员" done={s.hasActiveAdmin} />
      <AdminStep admins={s.users.admin} onCreated={reload} />
      <Divider />
      <StepTitle n={2} title="指定原有台账的归属科室和录入人" done={s.entries > 0 && s.withoutAuthor === 0} />
      <OwnersStep status={s} users={users.data} unitDepartments={unit.data?.departments ?? []} onSaved={reload} />
      <Divider />
      <StepTitle n={3} title="开启局域网共享" done={false} />
      {info.data ? <StartStep dataDir={info.data.dataDir} hasAdmin={s.hasActiveAdmin} ready={s.ready} /> : <Skeleton active paragraph={{ rows: 2 }} />}
    </>
  );
}
