import type { EvidenceGap } from '../../domain/evidence-rules';
import type { AssemblyInput } from '../assembly/assembly-input';
import type { AssembledReport } from '../assembly/draft-blocks';

// What the year-end check reads: the same input the report is assembled from, the assembly itself
// (subsections met, warnings), and the entries lacking evidence (the ledger's 佐证检查).

export interface ReadinessInput {
  assembly: AssemblyInput;
  assembled: AssembledReport;
  evidenceGaps: readonly EvidenceGap[];
}
