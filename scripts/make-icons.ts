/**
 * Draws the add-in icon and writes assets/icon-{16,32,64,80,128}.png.
 *
 *   npx tsx scripts/make-icons.ts            # writes assets/
 *   npx tsx scripts/make-icons.ts out-dir    # writes somewhere else (e.g. to compare)
 *
 * The icon: three rising white bars and an amber upward arrow on a blue rounded
 * square ("targets going up"). Shapes are described once in unit coordinates and
 * rasterised with 8×8 supersampling (anti-aliased edges); the PNG is encoded with
 * node:zlib and a hand-written CRC-32, so no native dependency is needed.
 * The 16 px icon drops the arrow and snaps the bars to whole pixels so it stays crisp.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deflateSync } from "node:zlib";

type RGBA = readonly [number, number, number, number];

/** A shape answers "is this point (unit coordinates, y down) inside me?". */
type Shape = (x: number, y: number) => boolean;

interface Layer {
  shape: Shape;
  color: RGBA;
}

const BLUE: RGBA = [15, 108, 189, 255]; // Fluent brand blue #0F6CBD
const WHITE: RGBA = [255, 255, 255, 255];
const AMBER: RGBA = [255, 185, 0, 255]; // #FFB900

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function rect(x0: number, y0: number, x1: number, y1: number): Shape {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** A thick line with round ends (a capsule) from (ax, ay) to (bx, by). */
function segment(ax: number, ay: number, bx: number, by: number, halfWidth: number): Shape {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2));
    const px = ax + t * dx - x;
    const py = ay + t * dy - y;
    return px * px + py * py <= halfWidth * halfWidth;
  };
}

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number): number =>
    (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const s1 = side(ax, ay, bx, by, x, y);
    const s2 = side(bx, by, cx, cy, x, y);
    const s3 = side(cx, cy, ax, ay, x, y);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };
}

/** The icon as layers, painted in order. `size` lets small sizes simplify. */
function scene(size: number): Layer[] {
  const layers: Layer[] = [{ shape: roundedRect(0, 0, 1, 1, 0.2), color: BLUE }];
  if (size <= 16) {
    // Whole-pixel bars at 16 px: x 3-5, 7-9, 11-13; bottoms at row 13.
    const px = (n: number): number => n / 16;
    layers.push({ shape: rect(px(3), px(9), px(5), px(13)), color: WHITE });
    layers.push({ shape: rect(px(7), px(6), px(9), px(13)), color: WHITE });
    layers.push({ shape: rect(px(11), px(3), px(13), px(13)), color: WHITE });
    return layers;
  }
  const r = 0.025; // slight rounding of the bars
  layers.push({ shape: roundedRect(0.17, 0.62, 0.33, 0.82, r), color: WHITE });
  layers.push({ shape: roundedRect(0.42, 0.5, 0.58, 0.82, r), color: WHITE });
  layers.push({ shape: roundedRect(0.67, 0.37, 0.83, 0.82, r), color: WHITE });
  // Arrow: shaft from lower left to upper right, above the bars, with a head.
  const [ax, ay, bx, by] = [0.17, 0.47, 0.66, 0.2];
  const ux = (bx - ax) / Math.hypot(bx - ax, by - ay);
  const uy = (by - ay) / Math.hypot(bx - ax, by - ay);
  const tipX = bx + ux * 0.13;
  const tipY = by + uy * 0.13;
  const headHalf = 0.095;
  layers.push({ shape: segment(ax, ay, bx, by, 0.045), color: AMBER });
  layers.push({
    shape: triangle(tipX, tipY, bx - uy * headHalf, by + ux * headHalf, bx + uy * headHalf, by - ux * headHalf),
    color: AMBER,
  });
  return layers;
}

/** Rasterises the scene into straight (non-premultiplied) RGBA bytes. */
export function render(size: number, samples = 8): Uint8Array {
  const layers = scene(size);
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          // Topmost opaque layer that covers the sample wins (all layers are opaque).
          let hit: RGBA | null = null;
          for (let i = layers.length - 1; i >= 0; i--) {
            if (layers[i].shape(x, y)) {
              hit = layers[i].color;
              break;
            }
          }
          if (hit) {
            r += hit[0];
            g += hit[1];
            b += hit[2];
            a += hit[3];
          }
        }
      }
      const n = samples * samples;
      const o = (py * size + px) * 4;
      const alpha = a / n;
      // Average colour over covered samples only (straight alpha).
      const covered = alpha > 0 ? a / 255 : 1;
      out[o] = Math.round(r / covered);
      out[o + 1] = Math.round(g / covered);
      out[o + 2] = Math.round(b / covered);
      out[o + 3] = Math.round(alpha);
    }
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** Encodes straight RGBA pixels as a PNG (colour type 6, 8 bits, no interlace). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

function main(): void {
  const outDir = resolve(process.argv[2] ?? join(__dirname, "..", "assets"));
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
