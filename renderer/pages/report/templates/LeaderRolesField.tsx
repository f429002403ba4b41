import { Checkbox, Form } from 'antd';
import { LEADER_ROLES } from '../../../../shared/domain/activity';

/** Which kinds of the principal leader's involvement bring an entry here, before any category mapping. */
export function LeaderRolesField({ name, what }: { name: (string | number)[]; what: string }) {
  return (
    <Form.Item name={name} label="主要负责人参与方式" extra="台账中“主要负责人参与”为所选方式的，不论类别都写在这里；都不选则只按类别和标签写入">
      <Checkbox.Group aria-label={`${what}的主要负责人参与方式`} options={LEADER_ROLES.map((r) => ({ value: r, label: r }))} />
    </Form.Item>
  );
}
