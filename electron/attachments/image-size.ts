// Reads an image's pixel size from its header, so a small file that would decode to gigabytes (a
// "decompression bomb", or just a huge scan) is never handed to the decoder.

export interface ImageSize {
  width: number;
  height: number;
}

function jpegSize(buf: Buffer): ImageSize | null {
  let i = 2;
  while (i + 9 < buf.length) {
    if (buf[i] !== 0xff) return null;
    const marker = buf[i + 1] as number;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const length = buf.readUInt16BE(i + 2);
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

/** null when the format is not one this knows or the header is cut short. */
export function imageSize(buf: Buffer, mime: string): ImageSize | null {
  try {
    switch (mime) {
      case 'image/png':
        return buf.length >= 24 ? { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) } : null;
      case 'image/gif':
        return buf.length >= 10 ? { width: buf.readUInt16LE(6), height: buf.readUInt16LE(8) } : null;
      case 'image/bmp':
        return buf.length >= 26 ? { width: Math.abs(buf.readInt32LE(18)), height: Math.abs(buf.readInt32LE(22)) } : null;
      case 'image/jpeg':
        return jpegSize(buf);
      default:
        return null;
    }
  } catch {
    return null;
  }
}
