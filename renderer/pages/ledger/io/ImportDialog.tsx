import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import type { ImportPreview, ImportResult } from '../../../../shared/domain/ledger-io';
import { toAppError } from '../../../forms/to-app-error';
import { ImportHelp } from './ImportHelp';
import { ImportPreviewView } from './ImportPreviewView';

interface Props {
  open: boolean;
  onClose: () => void;
  onImported: (result: ImportResult) => void;
}

interface Staged {
  stagedId: string;
  fileName: string;
  preview: ImportPreview;
}

/** A staged file nobody will import is let go at once rather than left for the daily clean-up. */
function discard(stagedId: string | undefined): void {
  if (stagedId) void call('attachments.discardStaged', { stagedId }).catch(() => undefined);
}

export function ImportDialog({ open, onClose, onImported }: Props) {
  const { message } = App.useApp();
  const [staged, setStaged] = useState<Staged>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const reset = () => {
    setStaged(undefined);
    setProblem(undefined);
  };

  const choose = async (file: File) => {
    discard(staged?.stagedId);
    reset();
    setBusy(true);
    try {
      const up = await uploadFile(file);
      try {
        const preview = await call('ledger.import.preview', { stagedId: up.stagedId, fileName: up.fileName });
        setStaged({ stagedId: up.stagedId, fileName: up.fileName, preview });
      } catch (err) {
        discard(up.stagedId);
        throw err;
      }
    } catch (err) {
      setProblem(toAppError(err).message);
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    if (busy) return;
    discard(staged?.stagedId);
    reset();
    onClose();
  };

  const commit = async () => {
    if (!staged) return;
    setBusy(true);
    try {
      const result = await call('ledger.import.commit', { stagedId: staged.stagedId, fileName: staged.fileName });
      reset();
      onImported(result);
    } catch (err) {
      // The staged file may be gone now; a fresh choice starts over.
      void message.error(toAppError(err).message);
      reset();
    } finally {
      setBusy(false);
    }
  };

  const ready = staged?.preview.readyCount ?? 0;
  const footer = staged ? (
    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
      <Button
        onClick={() => {
          discard(staged?.stagedId);
          reset();
        }}
        disabled={busy}
      >
        重新选择文件
      </Button>
      <Space>
        <Button onClick={cancel} disabled={busy}>
          取消
        </Button>
        <Button type="primary" disabled={ready === 0} loading={busy} onClick={() => void commit()}>
          导入有效的{ready}行
        </Button>
      </Space>
    </Space>
  ) : (
    <Button onClick={cancel} disabled={busy}>
      取消
    </Button>
  );

  return (
    <Modal open={open} title={staged ? '导入预览' : '导入表格'} width={780} onCancel={cancel} footer={footer} mask={{ closable: false }} destroyOnHidden>
      {staged ? (
        <>
          <ImportPreviewView preview={staged.preview} />
          {(staged.preview.errors.length > 0 || staged.preview.duplicates.length > 0) && (
            <Alert
              type="info"
              style={{ marginTop: 16 }}
              title={
                <Typography.Text>
                  有错误的行不会导入。改正表格后可重新选择文件；也可以先导入有效的{ready}行，改好后再导入同一个表格，已导入的行不会重复。
                </Typography.Text>
              }
            />
          )}
        </>
      ) : (
        <ImportHelp busy={busy} problem={problem} onFile={(f) => void choose(f)} />
      )}
    </Modal>
  );
}
