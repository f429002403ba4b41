import { DownOutlined, FileAddOutlined } from '@ant-design/icons';
import { Button, Dropdown, Typography } from 'antd';
import type { ResolvedEntryTemplate } from '../../../shared/domain/entry-templates';

interface Props {
  templates: ResolvedEntryTemplate[];
  onPick: (template: ResolvedEntryTemplate) => void;
}

/** The entries every office writes again and again, one click from a filled-in form. */
export function TemplateMenu({ templates, onPick }: Props) {
  return (
    <Dropdown
      trigger={['click']}
      disabled={templates.length === 0}
      menu={{
        items: templates.map((t) => ({
          key: t.key,
          label: (
            <span style={{ display: 'flex', justifyContent: 'space-between', gap: 24 }}>
              <span>{t.name}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t.categoryName}
              </Typography.Text>
            </span>
          ),
        })),
        onClick: ({ key }) => {
          const t = templates.find((x) => x.key === key);
          if (t) onPick(t);
        },
      }}
    >
      <Button icon={<FileAddOutlined />}>
        从模板新建 <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
