// Draws the mini-program's tab bar icons (miniprogram/images/tab/*.png, 81×81 as WeChat recommends)
// from a few shapes — a speech bubble, a document, a checklist, a person — in each colour of the tab
// bar, light and dark (theme.json). Nothing is downloaded: the shapes are distance functions here,
// sampled 4×4 per pixel for smooth edges, and written with fast-png. Run: npx tsx scripts/draw-tab-icons.ts

import { mkdirSync, writeFileSync } from "node:fs";
import { encode } from "fast-png";

const SIZE = 81;
const SAMPLES = 4;
const STROKE = 6;

/** A shape as a signed distance (negative inside) from a point, in pixels of the 81×81 icon. */
type Sdf = (x: number, y: number) => number;

const roundedRect =
  (cx: number, cy: number, hw: number, hh: number, r: number): Sdf =>
  (x, y) => {
    const qx = Math.abs(x - cx) - hw + r;
    const qy = Math.abs(y - cy) - hh + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
const circle =
  (cx: number, cy: number, r: number): Sdf =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;
const segment =
  (ax: number, ay: number, bx: number, by: number): Sdf =>
  (x, y) => {
    const t = Math.max(
      0,
      Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
  };

/** An outline (`stroke`) or a filled shape (`fill`); a line is a segment stroked. */
type Part = { stroke: Sdf } | { fill: Sdf } | { line: Sdf };

const ICONS: Record<string, Part[]> = {
  chat: [
    { stroke: roundedRect(40.5, 35, 30, 22, 10) },
    { line: segment(24, 57, 18, 70) },
    { line: segment(18, 70, 36, 57) },
    { fill: circle(28, 35, 4) },
    { fill: circle(40.5, 35, 4) },
    { fill: circle(53, 35, 4) },
  ],
  policy: [
    { stroke: roundedRect(40.5, 40.5, 24, 31, 5) },
    { line: segment(28, 26, 53, 26) },
    { line: segment(28, 40, 53, 40) },
    { line: segment(28, 54, 44, 54) },
  ],
  form: [
    { stroke: roundedRect(40.5, 40.5, 29, 30, 6) },
    { line: segment(21, 28, 26, 33) },
    { line: segment(26, 33, 34, 23) },
    { line: segment(41, 28, 59, 28) },
    { line: segment(21, 50, 26, 55) },
    { line: segment(26, 55, 34, 45) },
    { line: segment(41, 50, 59, 50) },
  ],
  mine: [
    { stroke: circle(40.5, 27, 13) },
    {
      stroke: (x, y) =>
        y > 70
          ? Math.max(roundedRect(40.5, 70, 28, 22, 20)(x, y), y - 70)
          : roundedRect(40.5, 70, 28, 22, 20)(x, y),
    },
  ],
};

/** Coverage of one point by the icon's parts. */
function inside(parts: Part[], x: number, y: number): boolean {
  return parts.some((p) =>
    "fill" in p
      ? p.fill(x, y) <= 0
      : "stroke" in p
        ? Math.abs(p.stroke(x, y)) <= STROKE / 2
        : p.line(x, y) <= STROKE / 2,
  );
}

function draw(parts: Part[], rgb: [number, number, number]): Uint8Array {
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++)
    for (let px = 0; px < SIZE; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++)
          if (inside(parts, px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
      const i = (py * SIZE + px) * 4;
      data.set([...rgb, Math.round((255 * hits) / (SAMPLES * SAMPLES))], i);
    }
  return data;
}

const hex = (h: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];

/** The tab bar's colours of theme.json: normal and selected, light and dark. */
const COLOURS: Record<string, string> = {
  "": "#666666",
  "-selected": "#c8102e",
  "-dark": "#9a9a9a",
  "-dark-selected": "#ff7a8a",
};

const out = new URL("../miniprogram/images/tab/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
for (const [name, parts] of Object.entries(ICONS))
  for (const [suffix, colour] of Object.entries(COLOURS)) {
    const png = encode({ width: SIZE, height: SIZE, data: draw(parts, hex(colour)), channels: 4, depth: 8 });
    writeFileSync(`${out}${name}${suffix}.png`, png);
  }
console.log(`已画好 ${Object.keys(ICONS).length * Object.keys(COLOURS).length} 个图标：${out}`);
