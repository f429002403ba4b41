import { z } from 'zod';
import { line } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';

export const UNIT_TYPES = ['政府', '政府部门', '事业单位', '其他'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const UNIT_LIMITS = { name: 60, leader: 30, leaderTitle: 30, department: 30, departments: 50, operator: 30 } as const;

export interface UnitProfile {
  name: string;
  type: UnitType;
  /** The principal leader (主要负责人), whose 第一责任人 duties part 三 of the report covers. */
  leaderName: string;
  leaderTitle: string;
  departments: string[];
  /** Who is using this machine; recorded in the change history. */
  operatorName: string;
  updatedAt: string | null;
}

export const unitUpdateInput = z
  .object({
    name: line(UNIT_LIMITS.name).optional(),
    type: z.enum(UNIT_TYPES).optional(),
    leaderName: line(UNIT_LIMITS.leader).optional(),
    leaderTitle: line(UNIT_LIMITS.leaderTitle).optional(),
    departments: z
      .array(line(UNIT_LIMITS.department).pipe(z.string().min(1)))
      .max(UNIT_LIMITS.departments)
      .refine((list) => new Set(list).size === list.length, { message: '科室名称有重复' })
      .optional(),
    operatorName: line(UNIT_LIMITS.operator).optional(),
  })
  .strict();

export type UnitUpdateInput = z.input<typeof unitUpdateInput>;

export const UNIT_FIELD_LABELS: FieldLabels = {
  name: '单位名称',
  type: '单位类型',
  leaderName: '主要负责人',
  leaderTitle: '主要负责人职务',
  departments: '科室',
  operatorName: '操作人',
};
