import type { Rule } from 'antd/es/form';
import { TEMPLATE_LIMITS } from '../../../../shared/domain/report-template';

/** A template's name, in the copy dialog and in the editor: required, within the stated limit. */
export const TEMPLATE_NAME_RULES: Rule[] = [
  { required: true, whitespace: true, message: '请填写模板名称' },
  { max: TEMPLATE_LIMITS.name, message: `不能超过${TEMPLATE_LIMITS.name}个字` },
];
