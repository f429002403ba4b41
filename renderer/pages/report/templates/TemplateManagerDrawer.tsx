import { ImportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, List, Typography } from 'antd';
import { useRef, useState } from 'react';
import { call } from '../../../api/client';
import type { ReportTemplateSummary } from '../../../../shared/domain/report-template';
import { toAppError } from '../../../forms/to-app-error';
import { useExportDownload } from '../../../hooks/useExportDownload';
import { CopyTemplateModal } from './CopyTemplateModal';
import { TemplateEditorDrawer } from './TemplateEditorDrawer';
import { TemplateListItem } from './TemplateListItem';
import { readTemplateFile } from './read-template-file';

interface Props {
  open: boolean;
  onClose: () => void;
  templates: ReportTemplateSummary[] | undefined;
  selectedId: number | undefined;
  /** The list changed (copied, edited, imported, deleted). */
  onChanged: () => void;
  onUse: (id: number) => void;
}

export function TemplateManagerDrawer({ open, onClose, templates, selectedId, onChanged, onUse }: Props) {
  const { message } = App.useApp();
  const [copying, setCopying] = useState<ReportTemplateSummary>();
  const [editing, setEditing] = useState<number>();
  const [working, setWorking] = useState(false);
  const exporter = useExportDownload();
  // One flag for the whole drawer: while any template is being exported, deleted or imported, the others wait.
  const busy = working || exporter.busy;
  const fileInput = useRef<HTMLInputElement>(null);

  async function run(work: () => Promise<void>) {
    setWorking(true);
    try {
      await work();
    } catch (err) {
      void message.error(toAppError(err).message);
    } finally {
      setWorking(false);
    }
  }

  const exportOne = (t: ReportTemplateSummary) => exporter.download(() => call('report.templates.download', { id: t.id }), (made) => `模板“${t.name}”已导出为 ${made.fileName}`);

  const deleteOne = (t: ReportTemplateSummary) =>
    run(async () => {
      await call('report.templates.delete', { id: t.id });
      void message.success(`已删除模板“${t.name}”`);
      onChanged();
    });

  const importFile = (file: File) =>
    run(async () => {
      const read = await readTemplateFile(file);
      if (!read.ok) {
        void message.error(read.message);
        return;
      }
      const made = await call('report.templates.import', { json: read.text });
      const renamed = read.nameInFile && read.nameInFile !== made.name ? `（已有同名模板，导入后名为“${made.name}”）` : '';
      void message.success(`已导入模板“${made.name}”${renamed}`);
      onChanged();
    });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={760}
      title="报告模板"
      extra={
        <Button icon={<ImportOutlined />} loading={busy} onClick={() => fileInput.current?.click()}>
          导入模板文件
        </Button>
      }
    >
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-label="选择模板文件"
        style={{ display: 'none' }}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="模板决定报告分几部分、每个小节的标题，以及哪些类别的台账写进哪个小节。"
        description={
          <Typography.Text style={{ fontSize: 13 }}>
            内置模板不能修改：先“复制”一份，再“编辑”副本。模板可以“导出”为 .json 文件，在另一台电脑上“导入”。
          </Typography.Text>
        }
      />
      <List
        aria-label="报告模板列表"
        loading={!templates}
        dataSource={templates ?? []}
        rowKey="id"
        renderItem={(t) => (
          <TemplateListItem
            template={t}
            selected={t.id === selectedId}
            busy={busy}
            onCopy={() => setCopying(t)}
            onEdit={() => setEditing(t.id)}
            onExport={() => void exportOne(t)}
            onDelete={() => void deleteOne(t)}
            onUse={() => onUse(t.id)}
          />
        )}
      />
      <CopyTemplateModal
        source={copying}
        onClose={() => setCopying(undefined)}
        onCopied={(made) => {
          setCopying(undefined);
          onChanged();
          setEditing(made.id);
        }}
      />
      <TemplateEditorDrawer
        templateId={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          onChanged();
          setEditing(undefined);
        }}
      />
    </Drawer>
  );
}
