import { Tag, Tooltip } from 'antd';
import type { ReviewStatus } from '../../../shared/domain/review';
import { statusLook, statusTooltip } from './review-status';

interface Props {
  status: ReviewStatus | undefined;
  /** The reason of a 退回, shown on hover. */
  note?: string | undefined;
}

export function ReviewStatusTag({ status, note }: Props) {
  const look = statusLook(status);
  const tip = statusTooltip(status, note);
  const tag = (
    <Tag color={look.color} style={{ marginInlineEnd: 0 }}>
      {look.text}
    </Tag>
  );
  return tip ? <Tooltip title={tip}>{tag}</Tooltip> : tag;
}
