import { Alert, App, Button, Modal, Space, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import type { ImportResult } from '../../../../shared/domain/ledger-io';
import { useOperation } from '../../../hooks/useOperation';
import { ColumnMappingStep } from './ColumnMappingStep';
import { importCounts, withColumnTarget, withHeaderRow, withMappingFile, withSheet } from './import-choices';
import { ImportHelp } from './ImportHelp';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportSettingsBar } from './ImportSettingsBar';
import { ImportSummary } from './ImportSummary';
import { downloadMappingFile } from './mapping-file-download';
import { useImportSession } from './useImportSession';

interface Props {
  open: boolean;
  onClose: () => void;
  onImported: (result: ImportResult) => void;
}

// Wide enough for the 对应列 table at 1280×800; the body scrolls so the buttons stay in view.
const MODAL_WIDTH = 1000;
const BODY_STYLE = { maxHeight: 'calc(100vh - 190px)', overflowY: 'auto', overflowX: 'hidden', paddingInlineEnd: 4 } as const;

export function ImportDialog({ open, onClose, onImported }: Props) {
  const { message } = App.useApp();
  const session = useImportSession();
  const { preview, choices, picked, busy } = session;
  const categories = useOperation('categories.list', {});
  const reloadCategories = categories.reload;
  // Categories may have been added in 设置 since the page loaded.
  useEffect(() => {
    if (open) reloadCategories();
  }, [open, reloadCategories]);
  const categoryList = categories.data ?? [];

  const cancel = () => {
    if (busy === 'file' || busy === 'commit') return;
    session.abandon();
    onClose();
  };

  const commit = async () => {
    const outcome = await session.commit();
    if ('result' in outcome) onImported(outcome.result);
    else void message.error(outcome.error);
  };

  const counts = preview ? importCounts(preview, picked) : { ready: 0, needsCategory: 0 };
  const blocked = !preview || preview.mappingProblem !== null || counts.ready === 0;
  const footer = preview ? (
    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
      <Button onClick={session.abandon} disabled={busy !== undefined}>
        重新选择文件
      </Button>
      <Space>
        <Button onClick={cancel} disabled={busy === 'commit'}>
          取消
        </Button>
        <Button type="primary" disabled={blocked || busy === 'refresh'} loading={busy === 'commit'} onClick={() => void commit()}>
          导入有效的{counts.ready}行
        </Button>
      </Space>
    </Space>
  ) : (
    <Button onClick={cancel} disabled={busy === 'file'}>
      取消
    </Button>
  );

  return (
    <Modal
      open={open}
      title={preview ? '导入预览' : '导入表格'}
      width={preview ? MODAL_WIDTH : 780}
      centered
      onCancel={cancel}
      footer={footer}
      mask={{ closable: false }}
      destroyOnHidden
      styles={{ body: BODY_STYLE }}
    >
      {preview ? (
        <Spin spinning={busy === 'refresh'} delay={250} description="正在重新预览…">
          {session.changeProblem && (
            <Alert type="error" showIcon closable={{ onClose: session.dismissChangeProblem }} style={{ marginBottom: 8 }} title={session.changeProblem} />
          )}
          <ImportSettingsBar
            preview={preview}
            categories={categoryList}
            busy={busy !== undefined}
            onSheet={(sheet) => void session.change(withSheet(choices, sheet), new Map())}
            onCategory={(categoryId) => void session.change({ ...choices, categoryId })}
            onYear={(year) => void session.change({ ...choices, year })}
            onHeaderRow={(row) => void session.change(withHeaderRow(choices, row), new Map())}
          />
          <ImportSummary preview={preview} ready={counts.ready} needsCategory={counts.needsCategory} />
          <ColumnMappingStep
            preview={preview}
            busy={busy !== undefined}
            onTarget={(index, target) => void session.change(withColumnTarget(choices, preview, index, target))}
            onExport={() => downloadMappingFile(preview, categoryList)}
            onMappingFile={(text) => void session.change(withMappingFile(choices, text))}
          />
          <ImportPreviewView preview={preview} categories={categoryList} picked={picked} needsCategory={counts.needsCategory} onPick={session.pick} />
          {(preview.errors.length > 0 || preview.duplicates.length > 0) && (
            <Alert
              type="info"
              style={{ marginTop: 16 }}
              title={
                <Typography.Text>
                  有错误的行不会导入。改正表格后可重新选择文件；也可以先导入有效的{counts.ready}行，改好后再导入同一个表格，已导入的行不会重复。
                </Typography.Text>
              }
            />
          )}
        </Spin>
      ) : (
        <ImportHelp busy={busy === 'file'} problem={session.fileProblem} onFile={(f) => void session.choose(f)} />
      )}
    </Modal>
  );
}
