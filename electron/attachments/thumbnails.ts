import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { imageSize } from './image-size';
import { thumbnailPath, thumbnailsDir } from './storage-paths';

export const THUMBNAIL_MAX_SIDE = 320;
/** Larger sources are not decoded: a thumbnail is not worth a long pause and hundreds of MB. */
export const THUMBNAIL_MAX_SOURCE_BYTES = 40 * 1024 * 1024;
export const THUMBNAIL_MAX_PIXELS = 60_000_000;

const DECODABLE = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/tiff']);

export function hasThumbnail(dataDir: string, sha256: string): boolean {
  return fs.existsSync(thumbnailPath(dataDir, sha256));
}

/**
 * Writes a JPEG of at most 320 px on its longer side to <dataDir>/thumbnails/<sha256>.jpg. Returns
 * false, and writes nothing, for anything it cannot or should not decode: the attachment is kept
 * either way, it just has no thumbnail.
 */
export async function makeThumbnail(
  dataDir: string,
  sha256: string,
  source: string,
  mime: string,
  maxPixels: number = THUMBNAIL_MAX_PIXELS,
): Promise<boolean> {
  if (!DECODABLE.has(mime)) return false;
  const temp = `${thumbnailPath(dataDir, sha256)}.${randomUUID()}.tmp`;
  try {
    if (fs.statSync(source).size > THUMBNAIL_MAX_SOURCE_BYTES) return false;
    const bytes = await fs.promises.readFile(source);
    const size = imageSize(bytes, mime);
    if (size && size.width * size.height > maxPixels) return false;
    // Loaded on first use: the decoder is large and most sessions never need it.
    const { Jimp } = await import('jimp');
    // Always a Buffer: given a string, Jimp.read would also accept a URL and fetch it.
    const image = await Jimp.read(bytes);
    if (image.width > THUMBNAIL_MAX_SIDE || image.height > THUMBNAIL_MAX_SIDE) {
      image.scaleToFit({ w: THUMBNAIL_MAX_SIDE, h: THUMBNAIL_MAX_SIDE });
    }
    // JPEG has no transparency: lay the picture on white rather than let clear pixels turn black.
    const canvas = new Jimp({ width: image.width, height: image.height, color: 0xffffffff });
    canvas.composite(image, 0, 0);
    const jpeg = await canvas.getBuffer('image/jpeg', { quality: 80 });
    fs.mkdirSync(thumbnailsDir(dataDir), { recursive: true });
    fs.writeFileSync(temp, jpeg);
    fs.renameSync(temp, thumbnailPath(dataDir, sha256));
    return true;
  } catch {
    fs.rmSync(temp, { force: true });
    return false;
  }
}
