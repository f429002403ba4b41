import type { z } from 'zod';
import type { FieldLabels } from '../validation/format-issues';

export interface OperationSpec<I extends z.ZodType, O> {
  input: I;
  labels: FieldLabels;
  /** Chinese, shown in logs and the CLI. */
  summary: string;
  /** Phantom: carries the output type; never set at run time. */
  readonly output?: O;
}

/** `op<Output>()({ input, labels, summary })`: the output type is given, the input type inferred. */
export function op<O>() {
  return <I extends z.ZodType>(spec: { input: I; labels?: FieldLabels; summary: string }): OperationSpec<I, O> => ({
    labels: {},
    ...spec,
  });
}
