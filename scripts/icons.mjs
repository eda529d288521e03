// Renders the page's PNG icons from their SVG sources with headless Chromium:
//   www/icons/icon.svg          -> icon-192.png, icon-512.png
//   www/icons/icon-maskable.svg -> icon-maskable-512.png
// Run after changing an SVG: node scripts/icons.mjs (the PNGs are committed).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../tests/js/helpers/browser.mjs";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "www", "icons");
const jobs = [
  ["icon.svg", "icon-192.png", 192],
  ["icon.svg", "icon-512.png", 512],
  ["icon-maskable.svg", "icon-maskable-512.png", 512],
];

const browser = await launch();
try {
  for (const [svg, png, size] of jobs) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: size, height: size });
    const data = Buffer.from(readFileSync(path.join(dir, svg))).toString("base64");
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style>` +
        `<img src="data:image/svg+xml;base64,${data}">`,
    );
    await page.evaluate(() => document.querySelector("img").decode());
    await page.screenshot({ path: path.join(dir, png), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`icons: ${png} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
