import { Col, Divider, Row } from 'antd';
import { useOperation } from '../../hooks/useOperation';
import { ConflictList } from './ConflictList';
import { ExportPackageCard } from './ExportPackageCard';
import { ImportPackageCard } from './ImportPackageCard';

/** 数据包与汇总: move the data to a new computer, or consolidate departments' and subordinate units' 台账. */
export function DataPage() {
  const conflicts = useOperation('package.conflicts.list', {});
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <ExportPackageCard />
        </Col>
        <Col xs={24} xl={16}>
          <ImportPackageCard onImported={conflicts.reload} />
        </Col>
      </Row>
      <Divider />
      <ConflictList conflicts={conflicts} />
    </>
  );
}
