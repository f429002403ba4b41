import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Jimp } from 'jimp';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../electron/attachments/image-size';
import { makeThumbnail } from '../../electron/attachments/thumbnails';

describe('imageSize', () => {
  it.each(['image/png', 'image/jpeg', 'image/gif', 'image/bmp'] as const)('reads the size of a %s from its header', async (mime) => {
    const bytes = await new Jimp({ width: 37, height: 21, color: 0x112233ff }).getBuffer(mime);
    expect(imageSize(bytes, mime)).toEqual({ width: 37, height: 21 });
  });

  it('answers null for a cut-off header or an unknown format', () => {
    expect(imageSize(Buffer.from([0x89, 0x50]), 'image/png')).toBeNull();
    expect(imageSize(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]), 'image/jpeg')).toBeNull();
    expect(imageSize(Buffer.from('RIFF'), 'image/webp')).toBeNull();
  });
});

describe('makeThumbnail', () => {
  it('does not decode a picture with more pixels than the limit, as its header says', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-thumb-'));
    try {
      const source = path.join(dir, 'picture');
      fs.writeFileSync(source, await new Jimp({ width: 4, height: 4, color: 0xffffffff }).getBuffer('image/png'));
      expect(await makeThumbnail(dir, 'c'.repeat(64), source, 'image/png', 15)).toBe(false);
      expect(fs.existsSync(path.join(dir, 'thumbnails'))).toBe(false);
      expect(await makeThumbnail(dir, 'c'.repeat(64), source, 'image/png', 16)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
