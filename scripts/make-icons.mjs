// Draws Sourcelight's toolbar icon (a lamp-yellow disc over a highlighted line, on deep blue) at
// every size the stores ask for, as PNG, with no image library: pixels computed here, zlib-packed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../assets/public/icon');
mkdirSync(OUT, { recursive: true });

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4×4 supersampling for smooth edges.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const [pr, pg, pb, pa] = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        r += pr * pa; g += pg * pa; b += pb * pa; a += pa;
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / 16) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// Shapes in unit coordinates (0..1).
function icon(u, v) {
  const inRounded = (() => {
    const rad = 0.2, m = 0.02;
    const cx = Math.min(Math.max(u, m + rad), 1 - m - rad), cy = Math.min(Math.max(v, m + rad), 1 - m - rad);
    return (u - cx) ** 2 + (v - cy) ** 2 <= rad * rad;
  })();
  if (!inRounded) return [0, 0, 0, 0];
  if ((u - 0.5) ** 2 + (v - 0.4) ** 2 <= 0.21 ** 2) return [250, 196, 40, 1]; // the lamp
  if (v >= 0.7 && v <= 0.8 && u >= 0.2 && u <= 0.8) return [255, 255, 255, 1]; // the highlighted line
  return [15, 42, 61, 1]; // deep blue
}

for (const size of [16, 32, 48, 96, 128]) writeFileSync(join(OUT, `${size}.png`), png(size, icon));
console.log(`icons written to ${OUT}`);
