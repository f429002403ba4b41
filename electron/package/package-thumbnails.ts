import type { AppContext } from '../app-context';
import { blobPath } from '../attachments/storage-paths';
import { hasThumbnail, makeThumbnail } from '../attachments/thumbnails';

/**
 * Thumbnails for the photos a package brought in, made one after another once the import has
 * answered: decoding hundreds of photos must not hold up the result. A photo that cannot be decoded
 * simply has none, as when it is attached by hand.
 */
export function thumbnailsLater(ctx: AppContext, sha256s: readonly string[]): Promise<void> {
  if (sha256s.length === 0) return Promise.resolve();
  const rows = ctx.db
    .prepare("SELECT sha256, mime FROM blobs WHERE sha256 IN (SELECT value FROM json_each(?)) AND mime LIKE 'image/%'")
    .all(JSON.stringify(sha256s)) as { sha256: string; mime: string }[];
  const run = async () => {
    for (const r of rows) {
      if (!hasThumbnail(ctx.dataDir, r.sha256)) await makeThumbnail(ctx.dataDir, r.sha256, blobPath(ctx.dataDir, r.sha256), r.mime);
    }
  };
  return run().catch(() => undefined);
}
