import { stageUpload } from '../../electron/attachments';
import type { OpenApp } from '../../electron/open-app';
import type { EvidenceKind } from '../../shared/domain/attachment';

async function* once(bytes: Buffer) {
  yield bytes;
}

let serial = 0;

/** Attaches a distinct small PDF of this kind to the entry, through the same staging an upload uses. */
export async function attachEvidence(app: OpenApp, activityId: string, kind: EvidenceKind) {
  const staged = await stageUpload(app.ctx.dataDir, once(Buffer.from(`%PDF-1.7\n% ${serial++}\n`, 'latin1')), `${kind.replace('/', '')}.pdf`);
  return app.registry.call('attachments.add', { activityId, stagedId: staged.stagedId, kind, fileName: staged.fileName });
}
