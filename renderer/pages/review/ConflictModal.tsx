import { Alert, Button, Input, Modal, Typography } from 'antd';

interface Props {
  open: boolean;
  /** The host's own words: who saved in between, and when. */
  message: string;
  /** What this person changed, one "名称：值" line each ('' when nothing). */
  edits: string;
  reloading: boolean;
  onReload: () => void;
  onKeepEditing: () => void;
}

/**
 * Someone else saved the entry after this form was opened. Nothing is overwritten either way:
 * 重新载入 shows their version (after this person has copied their own changes from the box),
 * 返回继续编辑 keeps every typed value on screen.
 */
export function ConflictModal({ open, message, edits, reloading, onReload, onKeepEditing }: Props) {
  return (
    <Modal
      open={open}
      title="这条台账已被他人修改"
      closable={false}
      maskClosable={false}
      onCancel={onKeepEditing}
      footer={[
        <Button key="keep" onClick={onKeepEditing}>
          返回继续编辑
        </Button>,
        <Button key="reload" type="primary" loading={reloading} onClick={onReload}>
          重新载入
        </Button>,
      ]}
    >
      <Alert type="warning" showIcon title={message} style={{ marginBottom: 12 }} />
      {edits ? (
        <>
          <Typography.Paragraph>
            您的修改尚未保存。点“重新载入”会显示对方保存后的内容，您的修改将不再显示在表单中，请先把下面的内容选中并复制（Ctrl+C），载入后再粘贴到相应的栏目：
          </Typography.Paragraph>
          <Input.TextArea aria-label="我的修改" readOnly value={edits} autoSize={{ minRows: 3, maxRows: 10 }} onFocus={(e) => e.target.select()} />
        </>
      ) : (
        <Typography.Paragraph>您没有改动任何内容，点“重新载入”查看对方保存后的内容。</Typography.Paragraph>
      )}
    </Modal>
  );
}
