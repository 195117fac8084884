#!/usr/bin/env node
'use strict';
// Draws icons/stroom.png (128×128, the extension's icon; the Marketplace wants a PNG): three
// blue boxes joined by arrows over an orange wave. Plain Node, no packages: pixels in a
// buffer, written as a PNG with zlib. Run once after a change: node scripts/make-icon.js

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 128;
const pixels = Buffer.alloc(SIZE * SIZE * 4); // RGBA, transparent

function plot(x, y, [r, g, b], alpha = 255) {
  if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) return;
  const i = (y * SIZE + x) * 4;
  pixels[i] = r; pixels[i + 1] = g; pixels[i + 2] = b; pixels[i + 3] = Math.max(pixels[i + 3], alpha);
}
function fill(inside, colour) {
  for (let y = 0; y < SIZE; y += 1) {
    for (let x = 0; x < SIZE; x += 1) {
      // 4×4 samples per pixel for smooth edges.
      let hits = 0;
      for (let sy = 0; sy < 4; sy += 1) for (let sx = 0; sx < 4; sx += 1) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits += 1;
      if (hits) plot(x, y, colour, Math.round((255 * hits) / 16));
    }
  }
}
const roundedRect = (x0, y0, w, h, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x0 + w - r);
  const cy = Math.min(Math.max(y, y0 + r), y0 + h - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x0 + w && y >= y0 && y <= y0 + h;
};
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by); const d2 = s(bx, by, cx, cy); const d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

const BLUE = [28, 126, 214];
const ORANGE = [240, 140, 0];
fill(roundedRect(0, 0, 128, 128, 24), [255, 255, 255]);
for (const x0 of [10, 50, 90]) fill(roundedRect(x0, 30, 28, 40, 6), BLUE);
for (const x0 of [38, 78]) {
  fill(roundedRect(x0, 47, 6, 6, 0), BLUE);
  fill(triangle(x0 + 5, 41, x0 + 12, 50, x0 + 5, 59), BLUE);
}
fill((x, y) => Math.abs(y - (92 + 8 * Math.sin((x - 10) / 108 * 2 * Math.PI))) < 4 && x > 10 && x < 118, ORANGE);

function chunk(type, data) {
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function crc32(buffer) {
  let c = ~0;
  for (const byte of buffer) {
    c ^= byte;
    for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xEDB88320 & -(c & 1));
  }
  return ~c >>> 0;
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0); header.writeUInt32BE(SIZE, 4);
header[8] = 8; header[9] = 6; // 8 bits, RGBA
const rows = [];
for (let y = 0; y < SIZE; y += 1) rows.push(Buffer.from([0]), pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4));
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(path.join(__dirname, '..', 'icons', 'stroom.png'), png);
