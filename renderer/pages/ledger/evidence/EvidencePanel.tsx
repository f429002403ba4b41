import { Alert, App, Button, Empty, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../../api/client';
import type { Activity } from '../../../../shared/domain/activity';
import type { EvidenceKind } from '../../../../shared/domain/attachment';
import { toAppError } from '../../../forms/to-app-error';
import { AttachmentCard } from './AttachmentCard';
import { EvidenceUploader } from './EvidenceUploader';
import type { AttachmentsState } from './useAttachments';

interface Props {
  /** null while the entry is not saved yet: files need an entry to belong to. */
  activity: Activity | null;
  attachments: AttachmentsState;
  missing: string[];
  onSaveFirst: () => void;
  /** Anything about this entry's evidence changed: the list's 佐证 column should follow. */
  onChanged: () => void;
}

interface Failure {
  id: number;
  fileName: string;
  message: string;
}

export function EvidencePanel({ activity, attachments, missing, onSaveFirst, onChanged }: Props) {
  const { message } = App.useApp();
  const [failures, setFailures] = useState<Failure[]>([]);

  if (!activity) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="先保存这条记录，再上传照片、签到表等佐证材料">
        <Button type="primary" onClick={onSaveFirst}>
          保存并上传佐证
        </Button>
      </Empty>
    );
  }

  const setKind = async (id: string, kind: EvidenceKind) => {
    try {
      const changed = await call('attachments.setKind', { id, kind });
      attachments.update((list) => list.map((a) => (a.id === id ? changed : a)));
      onChanged();
    } catch (err) {
      void message.error(toAppError(err).message);
    }
  };
  const remove = async (id: string) => {
    try {
      const removed = await call('attachments.remove', { id });
      attachments.update((list) => list.filter((a) => a.id !== id));
      void message.success(`已删除“${removed.originalName}”`);
      onChanged();
    } catch (err) {
      void message.error(toAppError(err).message);
    }
  };

  return (
    <Flex vertical gap={16}>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`按惯例还需要：${missing.join('、')}`}
          description="检查考核时缺少佐证材料通常会扣分。上传后把材料类型选对，这条提示会自动消失。"
        />
      )}
      <EvidenceUploader
        activityId={activity.id}
        onAdded={(a) => {
          attachments.update((list) => [...list, a]);
          onChanged();
        }}
        onFailed={(fileName, error) => setFailures((list) => [...list, { id: Date.now() + list.length, fileName, message: error.message }])}
      />
      {failures.map((f) => (
        <Alert
          key={f.id}
          type="error"
          showIcon
          title={`“${f.fileName}”没有上传成功`}
          description={f.message}
          closable={{ onClose: () => setFailures((list) => list.filter((x) => x.id !== f.id)) }}
        />
      ))}
      {attachments.error && <Alert type="error" showIcon title={attachments.error.message} action={<Button onClick={attachments.reload}>重试</Button>} />}
      <div>
        <Typography.Text strong>已有佐证材料（{attachments.list.length}）</Typography.Text>
        {attachments.loading && attachments.list.length === 0 ? (
          <div style={{ padding: 24, textAlign: 'center' }}>
            <Spin />
          </div>
        ) : attachments.list.length === 0 ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            还没有。现场照片建议2—4张，横幅和日期清晰可见。
          </Typography.Paragraph>
        ) : (
          <div role="list" aria-label="佐证材料" style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 8 }}>
            {attachments.list.map((a) => (
              <AttachmentCard key={a.id} attachment={a} onKindChange={(kind) => void setKind(a.id, kind)} onRemove={() => remove(a.id)} />
            ))}
          </div>
        )}
      </div>
    </Flex>
  );
}
