import type { EvidenceGap } from '../../domain/evidence-rules';
import type { AssemblyInput } from '../assembly/assembly-input';
import type { AssembledReport } from '../assembly/draft-blocks';
import type { ReportEdits } from '../edits/apply-edits';

// What the year-end check reads: the same input the report is assembled from, the assembly itself
// (subsections met, warnings), the user's saved edits of the year's draft (none when there is no
// draft), so what is checked is the text that will be sent, and the entries lacking evidence (the
// ledger's 佐证检查).

export interface ReadinessInput {
  assembly: AssemblyInput;
  assembled: AssembledReport;
  /** The year's saved draft edits, laid over `assembled` as the preview does; {} without a draft. */
  edits: ReportEdits;
  evidenceGaps: readonly EvidenceGap[];
}
