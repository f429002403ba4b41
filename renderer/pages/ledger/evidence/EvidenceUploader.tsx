import { InboxOutlined } from '@ant-design/icons';
import type { UploadFile, UploadProps } from 'antd';
import { Upload } from 'antd';
import { useRef, useState } from 'react';
import { call } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import type { Attachment } from '../../../../shared/domain/attachment';
import { ACCEPT_EXTENSIONS, ATTACHMENT_LIMITS } from '../../../../shared/domain/attachment';
import type { AppError } from '../../../../shared/errors';
import { toAppError } from '../../../forms/to-app-error';
import { guessKind } from './guess-kind';

interface Props {
  activityId: string;
  onAdded: (attachment: Attachment) => void;
  onFailed: (fileName: string, error: AppError) => void;
}

const MAX_MB = Math.round(ATTACHMENT_LIMITS.maxFileBytes / 1024 / 1024);

/** Stages the bytes, then links them to the entry with a guessed kind; a staged file that cannot be linked is let go. */
async function addOne(activityId: string, file: File): Promise<Attachment> {
  const staged = await uploadFile(file);
  try {
    return await call('attachments.add', { activityId, stagedId: staged.stagedId, kind: guessKind(file.name), fileName: staged.fileName });
  } catch (err) {
    void call('attachments.discardStaged', { stagedId: staged.stagedId }).catch(() => undefined);
    throw err;
  }
}

/**
 * Drag files in or click to choose. Files go one after another, in the order chosen, so a batch of
 * photos keeps its order and a slow disk is not asked to write twenty files at once. Only files
 * still on their way are listed here; finished ones join the entry's list, failed ones are reported.
 */
export function EvidenceUploader({ activityId, onAdded, onFailed }: Props) {
  const [pending, setPending] = useState<UploadFile[]>([]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    const f = file as File;
    const run = () =>
      addOne(activityId, f).then(
        (attachment) => {
          onSuccess?.(attachment);
          onAdded(attachment);
        },
        (err: unknown) => {
          const error = toAppError(err);
          onError?.(error);
          onFailed(f.name, error);
        },
      );
    queue.current = queue.current.then(run, run);
  };

  return (
    <Upload.Dragger
      multiple
      // Dropped files are not filtered here: a refused type gets the server's Chinese reason instead of vanishing.
      accept={{ format: ACCEPT_EXTENSIONS, filter: 'native' }}
      customRequest={customRequest}
      fileList={pending}
      onChange={({ fileList }) => setPending(fileList.filter((f) => f.status === 'uploading'))}
      showUploadList={{ showRemoveIcon: false }}
      aria-label="上传佐证材料"
      style={{ padding: '4px 0' }}
    >
      <p className="ant-upload-drag-icon" style={{ marginBottom: 8 }}>
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">把文件拖到这里，或点击选择文件</p>
      <p className="ant-upload-hint">
        可一次选多个：现场照片、签到表、通知方案、会议纪要、课件、正式文件等。单个文件不超过{MAX_MB}MB，类型会自动识别，可再修改。
      </p>
    </Upload.Dragger>
  );
}
