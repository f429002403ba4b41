import type { MetricDefinition } from '../../domain/metric-definition';
import {
  METRIC_DEFINITION_LABELS,
  metricDefinitionCreateInput,
  metricDefinitionListInput,
  metricDefinitionUpdateInput,
} from '../../domain/metric-definition';
import { op } from '../operation-spec';

const labels = METRIC_DEFINITION_LABELS;

export const metricOps = {
  'metrics.definitions.list': op<MetricDefinition[]>()({ input: metricDefinitionListInput, labels, summary: '列出常用指标（含已隐藏的）' }),
  'metrics.definitions.create': op<MetricDefinition>()({ input: metricDefinitionCreateInput, labels, summary: '新增常用指标' }),
  'metrics.definitions.update': op<MetricDefinition>()({ input: metricDefinitionUpdateInput, labels, summary: '修改常用指标（改名、单位、隐藏、排序）' }),
} as const;
