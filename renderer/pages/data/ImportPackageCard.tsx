import { InboxOutlined } from '@ant-design/icons';
import type { UploadProps } from 'antd';
import { Alert, App, Button, Card, Radio, Space, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { uploadFile } from '../../api/upload';
import type { ImportMode, PackageImportResult, PackageSummary } from '../../../shared/domain/data-package';
import { toAppError } from '../../forms/to-app-error';
import { PackageSummaryView } from './PackageSummaryView';
import { ReplaceConfirm } from './ReplaceConfirm';

interface Props {
  /** After an import: the conflicts list and anything else showing the store must reload. */
  onImported: () => void;
}

interface Staged {
  stagedId: string;
  fileName: string;
  summary: PackageSummary;
}

/** A checked package nobody will import is let go at once rather than left for the daily clean-up. */
function discard(staged: Pick<Staged, 'stagedId' | 'fileName'> | undefined): void {
  if (staged) void call('package.discard', { stagedId: staged.stagedId, fileName: staged.fileName }).catch(() => undefined);
}

function describeResult(r: PackageImportResult): string {
  if (r.mode === 'replace') return `已用“${r.unitName || '数据包'}”的数据替换本机数据：现有台账 ${r.entries} 条，复制佐证材料文件 ${r.filesAdded} 个。`;
  const parts = [`已合并“${r.unitName}”的台账：新增 ${r.added} 条，更新 ${r.updated} 条，未变 ${r.unchanged} 条，冲突 ${r.conflicts} 条`];
  if (r.skippedTrashed) parts.push(`对方回收站中的 ${r.skippedTrashed} 条没有合并`);
  if (r.newCategories.length) parts.push(`新建类别：${r.newCategories.join('、')}`);
  return `${parts.join('；')}。`;
}

export function ImportPackageCard({ onImported }: Props) {
  const { message } = App.useApp();
  const [staged, setStaged] = useState<Staged>();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [result, setResult] = useState<PackageImportResult>();
  const [confirming, setConfirming] = useState(false);

  const choose = async (file: File) => {
    discard(staged);
    setStaged(undefined);
    setProblem(undefined);
    setResult(undefined);
    setBusy(true);
    try {
      const up = await uploadFile(file, undefined, 'package');
      try {
        const summary = await call('package.inspect', { stagedId: up.stagedId, fileName: up.fileName });
        setStaged({ stagedId: up.stagedId, fileName: up.fileName, summary });
        setMode('merge');
      } catch (err) {
        discard(up);
        throw err;
      }
    } catch (err) {
      setProblem(toAppError(err).message);
    } finally {
      setBusy(false);
    }
  };

  /** `confirm`: what the user typed in ReplaceConfirm (a merge needs none). */
  const run = async (confirm?: string) => {
    if (!staged) return;
    setBusy(true);
    try {
      const done = await call('package.import', { stagedId: staged.stagedId, fileName: staged.fileName, mode, confirm });
      setResult(done);
      setStaged(undefined);
      setConfirming(false);
      onImported();
    } catch (err) {
      void message.error(toAppError(err).message);
      setConfirming(false);
      setStaged(undefined);
    } finally {
      setBusy(false);
    }
  };

  const customRequest: UploadProps['customRequest'] = ({ file }) => void choose(file as File);

  return (
    <Card title="导入数据包" size="small">
      {!staged && (
        <Spin spinning={busy} tip="正在检查数据包…">
          <Upload.Dragger accept=".zip" multiple={false} showUploadList={false} customRequest={customRequest} disabled={busy} aria-label="选择数据包">
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖入数据包（.zip）</p>
            <p className="ant-upload-hint">先检查数据包的完整性并显示其中的内容，确认后才会导入。数据包不超过 4000 MB。</p>
          </Upload.Dragger>
        </Spin>
      )}
      {problem && <Alert style={{ marginTop: 12 }} type="error" showIcon title={problem} />}
      {result && <Alert style={{ marginTop: 12 }} type={result.conflicts ? 'warning' : 'success'} showIcon title={describeResult(result)} description={result.conflicts ? '冲突的条目两边都改过，本机内容没有被覆盖，请在下方“待处理冲突”中逐条选择。' : undefined} />}
      {staged && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text>
            已检查“{staged.fileName}”：文件完整，校验值全部一致。
          </Typography.Text>
          <PackageSummaryView summary={staged.summary} />
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as ImportMode)} aria-label="导入方式">
            <Space orientation="vertical">
              <Radio value="merge">合并（汇总下级单位或部门的台账）：本机台账保留，新增和更新对方的台账，两边都改过的列为冲突</Radio>
              <Radio value="replace">替换本机数据（迁移到新电脑）：本机现有数据全部换成数据包中的数据</Radio>
            </Space>
          </Radio.Group>
          <Space>
            <Button type="primary" danger={mode === 'replace'} loading={busy && !confirming} onClick={() => (mode === 'replace' ? setConfirming(true) : void run())}>
              {mode === 'replace' ? '替换本机数据…' : '开始合并'}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                discard(staged);
                setStaged(undefined);
              }}
            >
              取消
            </Button>
          </Space>
        </Space>
      )}
      <ReplaceConfirm open={confirming} unitName={staged?.summary.unitName ?? ''} busy={busy} onConfirm={(typed) => void run(typed)} onCancel={() => setConfirming(false)} />
    </Card>
  );
}
