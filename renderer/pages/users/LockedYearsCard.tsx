import { Card, Empty, List, Skeleton } from 'antd';
import { useOperation } from '../../hooks/useOperation';
import { YearLockControl } from '../report/YearLockControl';

/**
 * 已锁定的年度, on the administrator's page: the 审核员 locks a year on the 年报 page once its
 * report is filed, and only the administrator may unlock it (with a reason, in the audit log),
 * but in host mode the administrator has no 年报 page.
 */
export function LockedYearsCard() {
  const locks = useOperation('years.locks', {});
  return (
    <Card title="已锁定的年度" role="region" aria-label="已锁定的年度">
      {!locks.data ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : locks.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有锁定的年度（审核员在年报页报送后锁定）" />
      ) : (
        <List
          dataSource={locks.data}
          renderItem={(lock) => (
            <List.Item key={lock.year}>
              <span style={{ minWidth: 80 }}>{lock.year}年度</span>
              <YearLockControl year={lock.year} onChanged={locks.reload} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
