import { Alert, Button, Divider, Skeleton, Typography } from 'antd';
import { useOperation } from '../../hooks/useOperation';
import { AppInfoPanel } from './AppInfoPanel';
import { DocxSettingsCard } from './DocxSettingsCard';
import { MetricDefinitionsCard } from './MetricDefinitionsCard';
import { UnitProfileForm } from './UnitProfileForm';

export function SettingsPage() {
  const unit = useOperation('unit.get', {});
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        单位信息
      </Typography.Title>
      {unit.error && !unit.data ? (
        <Alert type="error" showIcon title={unit.error.message} action={<Button onClick={unit.reload}>重试</Button>} />
      ) : unit.data ? (
        <UnitProfileForm profile={unit.data} />
      ) : (
        <Skeleton active />
      )}
      <Divider />
      <MetricDefinitionsCard />
      <Divider />
      <DocxSettingsCard />
      <Divider />
      <Typography.Title level={4}>程序与数据</Typography.Title>
      <AppInfoPanel />
    </>
  );
}
