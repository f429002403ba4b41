import type { UnitProfile } from '../../domain/unit';
import { UNIT_FIELD_LABELS, unitUpdateInput } from '../../domain/unit';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

export const unitOps = {
  'unit.get': op<UnitProfile>()({ input: emptyInput, summary: '读取单位信息' }),
  'unit.update': op<UnitProfile>()({ input: unitUpdateInput, labels: UNIT_FIELD_LABELS, summary: '修改单位信息' }),
} as const;
