import { Alert, Space, Typography } from 'antd';
import type { Activity } from '../../../shared/domain/activity';
import { localTime } from '../ledger/history/history-text';
import { ReviewStatusTag } from './ReviewStatusTag';

interface Props {
  entry: Activity;
}

/** The line at the top of an opened entry in host mode: its status, who wrote it, and why it came back. */
export function EntryReviewStatus({ entry }: Props) {
  const returned = entry.reviewStatus === 'returned';
  return (
    <div style={{ marginBottom: 12 }}>
      <Space size="large" wrap>
        <span>
          <Typography.Text type="secondary">状态：</Typography.Text>
          <ReviewStatusTag status={entry.reviewStatus} />
        </span>
        {entry.authorName && (
          <span>
            <Typography.Text type="secondary">录入人：</Typography.Text>
            {entry.authorName}
          </span>
        )}
        {entry.submittedAt && entry.reviewStatus === 'submitted' && (
          <span>
            <Typography.Text type="secondary">提交时间：</Typography.Text>
            {localTime(entry.submittedAt)}
          </span>
        )}
        {entry.reviewedBy && entry.reviewStatus === 'approved' && (
          <span>
            <Typography.Text type="secondary">审核人：</Typography.Text>
            {entry.reviewedBy}
            {entry.reviewedAt && `（${localTime(entry.reviewedAt)}）`}
          </span>
        )}
      </Space>
      {returned && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={`退回原因：${entry.reviewNote || '审核员未写原因'}`}
          description={`${entry.reviewedBy ? `${entry.reviewedBy}退回。` : ''}请按原因修改后，点“提交审核”重新提交。`}
        />
      )}
    </div>
  );
}
