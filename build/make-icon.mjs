// Writes build/icon.png (512×512): a seal-red square with a white inner frame, like an official
// stamp. Plain Node and zlib, so the icon can be remade on a machine with no image tools and no
// network. Run: node build/make-icon.mjs
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 512;
const RED = [0xc0, 0x1f, 0x26];
const WHITE = [0xff, 0xff, 0xff];

function pixel(x, y) {
  const edge = Math.min(x, y, SIZE - 1 - x, SIZE - 1 - y);
  // Outer white border, red field, then a white frame inside it: reads as a seal even at 16×16.
  if (edge < 16) return WHITE;
  if (edge >= 56 && edge < 80) return WHITE;
  return RED;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 2; // colour type: RGB
// bytes 10–12 (compression, filter, interlace) stay 0

const rows = Buffer.alloc(SIZE * (1 + SIZE * 3));
for (let y = 0; y < SIZE; y++) {
  const row = y * (1 + SIZE * 3); // each row starts with filter byte 0 (none)
  for (let x = 0; x < SIZE; x++) rows.set(pixel(x, y), row + 1 + x * 3);
}

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = fileURLToPath(new URL('icon.png', import.meta.url));
fs.writeFileSync(out, png);
process.stdout.write(`已生成 ${out}（${png.length} 字节）\n`);
