import type { FileTypeGroup } from '../../shared/domain/attachment';
import { AppError } from '../../shared/errors';

/** Why the intake turned a file away: each caller words it for its own situation. */
export type IntakeProblem =
  | { kind: 'no_name' }
  | { kind: 'not_allowed'; ext: string }
  | { kind: 'empty' }
  | { kind: 'mismatch'; group: FileTypeGroup };

/**
 * A file the intake refused. The message is the upload's (what a person choosing a file reads); a data
 * package rewords it from `problem`, naming the entry the file came with.
 */
export class IntakeRefusal extends AppError {
  constructor(
    readonly problem: IntakeProblem,
    /** The name as it may be shown (cleaned when cleaning left something, else only made printable). */
    readonly shown: string,
    message: string,
    fields: Record<string, string>,
  ) {
    super('invalid_input', message, fields);
  }
}
