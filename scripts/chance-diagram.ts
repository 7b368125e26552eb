/**
 * Draws the reliability diagram of the chance to hit (docs/chance-reliability.png): for each
 * daily-revenue process of the calibration benchmark (bench/chance.bench.ts, same seed, same
 * figures as `npm run bench -- chance`), the share of simulated sprints that reached their
 * target against the chance given, per bin of 10 points, one line per checkpoint (after 5,
 * 10, 15, 20, 25 of 30 working days), with the diagonal a perfectly calibrated chance would
 * follow. The SVG is rendered to PNG by headless Chromium (playwright-core).
 *
 *   npx tsx scripts/chance-diagram.ts [out.png]      # default docs/chance-reliability.png
 *
 * Needs Chromium at /usr/bin/chromium (override with CHROMIUM_PATH).
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { calibrate, CHECKPOINTS, SPRINTS, TARGET_SPREAD, type ProcessResult } from "../bench/chance.bench";

const OUT = resolve(process.argv[2] ?? join(__dirname, "..", "docs", "chance-reliability.png"));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Panel titles: the process in English and Chinese. */
const TITLES: Readonly<Record<string, string>> = {
  steady: "Steady · 稳定",
  lumpy: "Lumpy (few deals) · 大单不均",
  team: "Team of owners · 团队合计",
  slowing: "Slowing down · 越做越慢",
  push: "End-of-month push · 月底冲量",
};
/** One colour per checkpoint (day 5 … day 25), light to dark. */
const COLORS = ["#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"];

const PANEL = 300;
const PAD = { left: 52, right: 16, top: 40, bottom: 44 };
const COLS = 3;

function panel(result: ProcessResult, x0: number, y0: number): string {
  const sx = (p: number): number => x0 + PAD.left + p * PANEL;
  const sy = (p: number): number => y0 + PAD.top + (1 - p) * PANEL;
  const parts: string[] = [];
  parts.push(`<rect x="${sx(0)}" y="${sy(1)}" width="${PANEL}" height="${PANEL}" fill="#fff" stroke="#bbb"/>`);
  for (let g = 1; g < 10; g++) {
    parts.push(`<line x1="${sx(g / 10)}" y1="${sy(0)}" x2="${sx(g / 10)}" y2="${sy(1)}" stroke="#eee"/>`);
    parts.push(`<line x1="${sx(0)}" y1="${sy(g / 10)}" x2="${sx(1)}" y2="${sy(g / 10)}" stroke="#eee"/>`);
  }
  for (const g of [0, 0.5, 1]) {
    parts.push(`<text x="${sx(g)}" y="${sy(0) + 16}" text-anchor="middle" class="tick">${g * 100}%</text>`);
    parts.push(`<text x="${sx(0) - 6}" y="${sy(g) + 4}" text-anchor="end" class="tick">${g * 100}%</text>`);
  }
  parts.push(`<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(1)}" y2="${sy(1)}" stroke="#888" stroke-dasharray="5 4"/>`);
  result.checkpoints.forEach((c, i) => {
    const pts = c.bins.filter((b) => b.count >= 20).map((b) => [sx(b.meanChance), sy(b.reached)] as const);
    parts.push(`<polyline points="${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ")}" fill="none" stroke="${COLORS[i]}" stroke-width="2"/>`);
    for (const [x, y] of pts) parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="2.6" fill="${COLORS[i]}"/>`);
  });
  const ece = result.checkpoints.map((c) => `${c.day}d ${c.ece.toFixed(3)}`);
  parts.push(`<text x="${sx(0)}" y="${y0 + 18}" class="title">${TITLES[result.process.key] ?? result.process.key}</text>`);
  parts.push(`<text x="${sx(0) + 6}" y="${sy(1) + 16}" class="ece">ECE ${ece.slice(0, 3).join(" · ")}</text>`);
  parts.push(`<text x="${sx(0) + 6}" y="${sy(1) + 30}" class="ece">${"\u2003".repeat(2)}${ece.slice(3).join(" · ")}</text>`);
  parts.push(`<text x="${sx(0.5)}" y="${sy(0) + 34}" text-anchor="middle" class="axis">chance given · 给出的概率</text>`);
  parts.push(
    `<text transform="translate(${x0 + 14},${sy(0.5)}) rotate(-90)" text-anchor="middle" class="axis">share reached · 实际达成比例</text>`,
  );
  return parts.join("\n");
}

function legend(x0: number, y0: number): string {
  const parts = [`<text x="${x0}" y="${y0}" class="title">Checkpoint · 检查点</text>`];
  CHECKPOINTS.forEach((day, i) => {
    const y = y0 + 24 + i * 22;
    parts.push(`<line x1="${x0}" y1="${y - 4}" x2="${x0 + 28}" y2="${y - 4}" stroke="${COLORS[i]}" stroke-width="3"/>`);
    parts.push(`<text x="${x0 + 36}" y="${y}" class="legend">after ${day} of 30 working days · 第 ${day} 天</text>`);
  });
  const y = y0 + 24 + CHECKPOINTS.length * 22;
  parts.push(`<line x1="${x0}" y1="${y - 4}" x2="${x0 + 28}" y2="${y - 4}" stroke="#888" stroke-dasharray="5 4"/>`);
  parts.push(`<text x="${x0 + 36}" y="${y}" class="legend">perfectly calibrated · 完全校准</text>`);
  parts.push(`<text x="${x0}" y="${y + 34}" class="note">${SPRINTS.toLocaleString("en")} simulated sprints per process;</text>`);
  parts.push(`<text x="${x0}" y="${y + 52}" class="note">bins with ≥ 20 sprints; target spread ${TARGET_SPREAD}.</text>`);
  parts.push(`<text x="${x0}" y="${y + 70}" class="note">bench/chance.bench.ts, scripts/chance-diagram.ts</text>`);
  return parts.join("\n");
}

export function reliabilitySvg(results: readonly ProcessResult[]): string {
  const cellW = PAD.left + PANEL + PAD.right;
  const cellH = PAD.top + PANEL + PAD.bottom;
  const rows = Math.ceil((results.length + 1) / COLS);
  const width = COLS * cellW + 20;
  const height = rows * cellH + 56;
  const panels = results.map((r, i) => panel(r, 10 + (i % COLS) * cellW, 50 + Math.floor(i / COLS) * cellH));
  const li = results.length;
  panels.push(legend(10 + (li % COLS) * cellW + PAD.left, 50 + Math.floor(li / COLS) * cellH + PAD.top + 10));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<style>
  text { font-family: "Noto Sans CJK SC", "Noto Sans", sans-serif; fill: #222; }
  .head { font-size: 19px; font-weight: 600; }
  .title { font-size: 15px; font-weight: 600; }
  .tick { font-size: 11px; fill: #555; }
  .axis { font-size: 12px; fill: #444; }
  .ece { font-size: 11px; fill: #333; }
  .legend { font-size: 13px; }
  .note { font-size: 12px; fill: #555; }
</style>
<rect width="100%" height="100%" fill="#fafafa"/>
<text x="20" y="30" class="head">Is the chance calibrated? Chance given vs share of sprints that reached the target · 达成概率是否可信</text>
${panels.join("\n")}
</svg>`;
}

async function main(): Promise<void> {
  const svg = reliabilitySvg(calibrate());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    const box = await page.locator("svg").boundingBox();
    if (!box) throw new Error("the diagram did not render");
    await page.setViewportSize({ width: Math.ceil(box.width), height: Math.ceil(box.height) });
    const png = await page.locator("svg").screenshot({ type: "png" });
    writeFileSync(OUT, png);
    console.log(`wrote ${OUT} (${Math.round(box.width)}×${Math.round(box.height)})`);
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
