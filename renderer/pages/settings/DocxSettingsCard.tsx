import { Alert, Button, Card, Skeleton, Typography } from 'antd';
import { useOperation } from '../../hooks/useOperation';
import { DocxSettingsForm } from './DocxSettingsForm';

/** 设置 → 公文格式: how the annual report (and the ledger's Word table) is written as .docx. */
export function DocxSettingsCard() {
  const current = useOperation('report.docxSettings.get', {});
  return (
    <Card title="公文格式（导出 Word）" role="region" aria-label="公文格式（导出 Word）" style={{ maxWidth: 880 }}>
      <Typography.Paragraph type="secondary">
        年度报告按 GB/T 9704—2012《党政机关公文格式》导出：A4，版心 156×225 毫米，每页 22 行、每行 28 字，“— 1 —”页码。下面几项各单位做法不一，可按本单位习惯调整；台账表格（Word）使用同样的字体。
      </Typography.Paragraph>
      {current.error && !current.data ? (
        <Alert type="error" showIcon title={current.error.message} action={<Button onClick={current.reload}>重试</Button>} />
      ) : current.data ? (
        <DocxSettingsForm view={current.data} />
      ) : (
        <Skeleton active />
      )}
    </Card>
  );
}
