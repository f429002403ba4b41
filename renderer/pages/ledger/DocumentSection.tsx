import { Collapse, Form, Input } from 'antd';
import { ACTIVITY_LIMITS } from '../../../shared/domain/activity';

interface Props {
  /** Open from the start when the entry already names a document. */
  open: boolean;
}

// Most entries produce no document, so the two boxes stay folded; rendered even when folded so
// that what they hold is always saved with the rest of the form.
export function DocumentSection({ open }: Props) {
  return (
    <Collapse
      size="small"
      defaultActiveKey={open ? ['doc'] : []}
      style={{ marginBottom: 16 }}
      items={[
        {
          key: 'doc',
          label: '形成文件（印发了方案、通知、制度等时填写）',
          forceRender: true,
          children: (
            <>
              <Form.Item name="docTitle" label="文件标题" extra="书名号会自动加上，只填标题本身">
                <Input prefix="《" suffix="》" maxLength={ACTIVITY_LIMITS.docTitle} placeholder="例如：关于开展“八五”普法中期检查的通知" />
              </Form.Item>
              <Form.Item name="docNumber" label="文号" style={{ marginBottom: 0 }}>
                <Input maxLength={ACTIVITY_LIMITS.docNumber} placeholder="例如：某司发〔2025〕12号" style={{ maxWidth: 320 }} />
              </Form.Item>
            </>
          ),
        },
      ]}
    />
  );
}
