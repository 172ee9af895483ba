// Draws the web app's icons (apps/web/public/icon-*.png): a white five-pointed star on Party red, the shell's
// header colour. Pure Node (zlib), no image library, and deterministic: the same bytes on every run, so the committed
// PNGs are what this script makes. Run `node apps/web/scripts/icons.mjs` after changing it.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const RED = [0xc8, 0x16, 0x1d];
const WHITE = [0xff, 0xff, 0xff];
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');

/** The star's ten corners around (0.5, 0.5), outer radius r (in parts of the side), one point straight up. */
function star(r) {
  const inner = r * 0.382;
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [0.5 + radius * Math.cos(angle), 0.5 + radius * Math.sin(angle)];
  });
}

function inside(polygon, x, y) {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** RGBA rows of a size×size icon; each pixel's star coverage from 4×4 samples (smooth edges). */
function draw(size, radius) {
  const polygon = star(radius);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  const S = 4;
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let covered = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++)
          if (inside(polygon, (x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size)) covered++;
      const a = covered / (S * S);
      const at = row + 1 + x * 4;
      for (let c = 0; c < 3; c++) rows[at + c] = Math.round(RED[c] * (1 - a) + WHITE[c] * a);
      rows[at + 3] = 0xff;
    }
  }
  return rows;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function png(size, radius) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bits per channel
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(draw(size, radius), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// "any": the star fills most of the square. "maskable": a launcher may cut the icon to a circle of 80% of the side,
// so the star stays inside the middle 40% radius.
const ICONS = [
  ['icon-192.png', 192, 0.36],
  ['icon-512.png', 512, 0.36],
  ['icon-maskable-512.png', 512, 0.26],
];
for (const [name, size, radius] of ICONS) {
  writeFileSync(join(OUT, name), png(size, radius));
  console.log(`${name}: ${size}×${size}`);
}
