import { Select } from 'antd';
import type { Role } from '../../../shared/auth/roles';
import { ROLE_DUTIES, ROLE_NAMES, ROLES } from '../../../shared/auth/roles';

/** The four roles, each with what it is for, so the administrator picks by duty rather than by name. */
export function RoleSelect(props: { id?: string; value?: Role; onChange?: (role: Role) => void }) {
  return (
    <Select<Role>
      {...props}
      style={{ width: '100%' }}
      placeholder="选择角色"
      optionLabelProp="label"
      options={ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r], duty: ROLE_DUTIES[r] }))}
      optionRender={(option) => (
        <div>
          <div>{ROLE_NAMES[option.value as Role]}</div>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)', whiteSpace: 'normal' }}>{ROLE_DUTIES[option.value as Role]}</div>
        </div>
      )}
    />
  );
}
